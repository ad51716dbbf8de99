import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourceCheckOutcome } from '../../src/extension/sourceCheckFeature';
import { closeAllEditors, eventually, hoverTextAt, positionOf, repoRoot, show, unescapeMarkdown, type OpenedDocument } from './helpers';

const fixtures = path.join(repoRoot, 'test/fixtures/sourceCheck');
const townHall = vscode.Uri.file(path.join(fixtures, 'town-hall.txt'));
const SOURCE_CHECK = 'On the Record: source check';

describe('Check Quotes Against Source', () => {
  let opened: OpenedDocument;
  let outcome: SourceCheckOutcome | undefined;
  before(async () => {
    opened = await show(await vscode.workspace.openTextDocument(path.join(fixtures, 'article.txt')));
    outcome = await vscode.commands.executeCommand<SourceCheckOutcome | undefined>('onTheRecord.checkQuotesAgainstSource', { sources: [townHall] });
  });
  after(closeAllEditors);

  it('checks every direct quote of the article', () => {
    assert.ok(outcome, 'the command returned its results');
    assert.deepEqual(
      outcome.checks.map((c) => c.status),
      ['matches', 'matches', 'matches', 'altered', 'matches', 'speaker-differs', 'not-found'],
    );
  });

  it('lists what differs as warnings in the Problems panel', () => {
    const diagnostics = vscode.languages.getDiagnostics(opened.document.uri).filter((d) => d.source === SOURCE_CHECK);
    assert.deepEqual(diagnostics.map((d) => [d.severity, d.code]), [
      [vscode.DiagnosticSeverity.Warning, 'altered'],
      [vscode.DiagnosticSeverity.Warning, 'speaker-differs'],
      [vscode.DiagnosticSeverity.Warning, 'not-found'],
    ]);
    assert.match(diagnostics[0].message, /^Quote altered \(negation\): dropped “not” \(negation\) — town-hall\.txt, line 16/);
    assert.equal(opened.document.getText(diagnostics[0].range), 'I will vote for a plan that asks the east side to pay and then leaves it behind,');
  });

  it('offers a quick fix that opens the source beside the article at the passage', async () => {
    const [altered] = vscode.languages.getDiagnostics(opened.document.uri).filter((d) => d.source === SOURCE_CHECK);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', opened.document.uri, altered.range);
    const open = actions.find((a) => a.title === 'Open source at passage');
    assert.ok(open?.command, `actions: ${actions.map((a) => a.title).join(', ')}`);
    await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? []));
    const editor = await eventually(() => {
      const found = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === townHall.toString());
      assert.ok(found, 'the source is shown');
      return found;
    });
    assert.equal(editor.selection.start.line, 15);
    assert.equal(editor.document.getText(editor.selection), 'I will not vote for a plan that asks the east side to pay and then leaves it behind');
    assert.notEqual(editor.viewColumn, opened.editor.viewColumn);
  });

  it('shows the result and the source passage in the hover', async () => {
    const card = unescapeMarkdown(await hoverTextAt(opened.document, positionOf(opened.document, 'I will vote for').translate(0, 3)));
    assert.match(card, /Source check: altered/);
    assert.match(card, /I will \*\*not\*\* vote for a plan/);
    assert.match(card, /town-hall.txt, line 16/);
  });

  it('forgets the results when the article is edited', async () => {
    const editor = await vscode.window.showTextDocument(opened.document, { viewColumn: opened.editor.viewColumn });
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Draft: '));
    await eventually(() => assert.equal(vscode.languages.getDiagnostics(opened.document.uri).filter((d) => d.source === SOURCE_CHECK).length, 0));
    await vscode.commands.executeCommand('undo');
  });
});
