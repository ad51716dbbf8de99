import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analysisOf, closeAllEditors, entityNamed, eventually, positionOf, repoRoot, show, type OpenedDocument } from './helpers';

const fixture = (name: string): string => path.join(repoRoot, 'test/fixtures/people', name);
const textAt = (document: vscode.TextDocument, range: vscode.Range): string => document.getText(range);

describe('people: outline, references, highlights, definition and rename', () => {
  let opened: OpenedDocument;
  before(async () => {
    opened = await show(await vscode.workspace.openTextDocument(fixture('rename.txt')));
  });
  after(closeAllEditors);

  it('lists the speakers with their quotes in the Outline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', opened.document.uri);
    // The only entity of this article speaks: one group.
    assert.deepEqual(symbols.map((s) => [s.name, s.kind]), [['Speakers', vscode.SymbolKind.Module]]);
    const solvang = symbols[0].children.find((s) => s.name === 'Ingrid Solvang');
    assert.ok(solvang, `speakers: ${symbols[0].children.map((s) => s.name).join(', ')}`);
    assert.equal(solvang.kind, vscode.SymbolKind.Class);
    assert.equal(textAt(opened.document, solvang.selectionRange), 'Ingrid Solvang');
    assert.deepEqual(
      solvang.children.map((c) => c.name),
      ['“We will not spend another cent,”', 'Solvang\'s team "did everything by the book."'],
    );
    assert.ok(solvang.children.every((c) => c.kind === vscode.SymbolKind.String));
  });

  it('lists every mention on Shift+F12, pronouns and role nouns included', async () => {
    const entity = entityNamed(opened.analysis, 'Ingrid Solvang');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      opened.document.uri,
      positionOf(opened.document, 'Solvang told').translate(0, 2),
    );
    const found = locations.filter((l) => l.uri.toString() === opened.document.uri.toString()).map((l) => textAt(opened.document, l.range));
    assert.deepEqual(found, entity.mentions.map((m) => m.text));
    assert.ok(found.includes('She') && found.includes('The chair'), found.join(', '));
  });

  it('highlights the other mentions when the cursor is on one', async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      opened.document.uri,
      positionOf(opened.document, 'She added').translate(0, 1),
    );
    const texts = highlights.map((h) => textAt(opened.document, h.range));
    assert.deepEqual(texts, ['board chair Ingrid Solvang', 'Solvang', 'She', 'Solvang', 'The chair', 'Ingrid Solvang']);
    assert.equal(highlights[0].kind, vscode.DocumentHighlightKind.Write);
    const inQuote = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      opened.document.uri,
      positionOf(opened.document, 'another cent').translate(0, 2),
    );
    assert.deepEqual(inQuote ?? [], [], 'no highlights inside a quote');
  });

  it('goes to the first full mention on F12, from a surname or a quote', async () => {
    for (const from of [positionOf(opened.document, 'Solvang told').translate(0, 1), positionOf(opened.document, 'did everything').translate(0, 3)]) {
      const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', opened.document.uri, from);
      const ranges = definitions.map((d) => ('targetRange' in d ? d.targetRange : d.range));
      assert.deepEqual(ranges.map((r) => textAt(opened.document, r)), ['Ingrid Solvang']);
      assert.equal(ranges[0].start.line, 0);
    }
  });

  it('renames every naming mention in one edit, leaving pronouns and descriptions alone', async () => {
    const document = await vscode.workspace.openTextDocument({ content: fs.readFileSync(fixture('rename.txt'), 'utf8'), language: 'plaintext' });
    const { document: untitled } = await show(document);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      untitled.uri,
      positionOf(untitled, 'Solvang told').translate(0, 2),
      'Ingrid Solberg',
    );
    const edits = edit.get(untitled.uri);
    assert.deepEqual(edits.map((e) => [textAt(untitled, e.range), e.newText]), [
      ['Ingrid Solvang', 'Ingrid Solberg'],
      ['Solvang', 'Solberg'],
      ['Solvang', 'Solberg'],
      ['Ingrid Solvang', 'Ingrid Solberg'],
    ]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const renamed = untitled.getText();
    assert.ok(renamed.includes('"We will not spend another cent," Solberg told reporters. She added that Solberg\'s team'), renamed);
    assert.ok(renamed.includes('The chair thanked the volunteers. Ingrid Solberg then left'), renamed);
    assert.ok(!renamed.includes('Solvang'));
    const analysis = await analysisOf(opened.api, untitled);
    assert.ok(analysis.entities.some((e) => e.name === 'Ingrid Solberg'));
  });

  it('renames in Markdown too, beside the Markdown features', async () => {
    const content = `# The harbour board\n\n${fs.readFileSync(fixture('rename.txt'), 'utf8')}`;
    const { document } = await show(await vscode.workspace.openTextDocument({ content, language: 'markdown' }));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      document.uri,
      positionOf(document, 'Solvang told').translate(0, 2),
      'Ingrid Solberg',
    );
    assert.deepEqual(edit.get(document.uri).map((e) => e.newText), ['Ingrid Solberg', 'Solberg', 'Solberg', 'Ingrid Solberg']);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const speakers = symbols.find((s) => s.name === 'Speakers');
    assert.ok(speakers?.children.some((s) => s.name === 'Ingrid Solvang'), `symbols: ${symbols.map((s) => s.name).join(', ')}`);
  });

  it('refuses to rename at a pronoun', async () => {
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand('vscode.prepareRename', opened.document.uri, positionOf(opened.document, 'She added').translate(0, 1)),
      ),
      /pronoun/,
    );
  });

  it('finds a person across the workspace articles with Go to Symbol in Workspace', async () => {
    const workspace = process.env.ON_THE_RECORD_TEST_WORKSPACE;
    assert.ok(workspace, 'the test workspace is set');
    fs.writeFileSync(path.join(workspace, 'harbour-story.txt'), fs.readFileSync(fixture('sourcing.txt'), 'utf8'));
    const symbols = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Teodora');
      const quist = found.filter((s) => s.name === 'Teodora Quist');
      assert.ok(quist.length > 0, `symbols: ${found.map((s) => s.name).join(', ')}`);
      return quist;
    }, 20_000);
    assert.ok(symbols[0].location.uri.fsPath.endsWith('harbour-story.txt'));
    const document = await vscode.workspace.openTextDocument(symbols[0].location.uri);
    assert.equal(document.getText(symbols[0].location.range), 'Teodora Quist');
  });
});

describe('sourcing diagnostics and their quick fixes', () => {
  after(closeAllEditors);

  /**
   * A copy of the sourcing fixture in the test workspace, under a name of its own: an untitled document may
   * get the name of one closed just before, whose late close would clear the new one's diagnostics.
   */
  const openCopy = async (name: string): Promise<OpenedDocument> => {
    const workspace = process.env.ON_THE_RECORD_TEST_WORKSPACE;
    assert.ok(workspace, 'the test workspace is set');
    const file = path.join(workspace, name);
    fs.writeFileSync(file, fs.readFileSync(fixture('sourcing.txt'), 'utf8'));
    return show(await vscode.workspace.openTextDocument(file));
  };

  const sourcingDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
    vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'On the Record' && typeof d.code === 'string' && d.code !== 'unbalanced-quote');

  it('lists each kind in the Problems panel, as information or hint', async () => {
    const { document } = await openCopy('sourcing-kinds.txt');
    const diagnostics = await eventually(() => {
      const found = sourcingDiagnostics(document.uri);
      assert.ok(found.length > 0);
      return found;
    });
    const byCode = (code: string): string[] => diagnostics.filter((d) => d.code === code).map((d) => document.getText(d.range));
    // The quote-only paragraph after "Critics say …" (a group) has no single speaker to continue.
    assert.deepEqual(byCode('unattributed'), ['"Nobody in this town trusts the numbers anymore."', '"Someone has to pay for this, and it will not be the fishermen."']);
    assert.equal(byCode('unnamed-source').length, 2);
    assert.deepEqual(byCode('name-spelling'), ['Nunez', 'Muhammad']);
    assert.deepEqual(byCode('title-change'), ['Rep.']);
    assert.deepEqual(byCode('headline-quote'), ['"Dead in the Water"']);
    // Only the quote three paragraphs from the speaker's name passes the default of two.
    assert.deepEqual(byCode('distant-speaker'), ['"The river decides, not us."']);
    assert.ok(diagnostics.filter((d) => d.code !== 'distant-speaker').every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    assert.equal(diagnostics.find((d) => d.code === 'distant-speaker')!.severity, vscode.DiagnosticSeverity.Hint);
    const spelling = diagnostics.find((d) => d.code === 'name-spelling')!;
    assert.equal(document.getText(spelling.relatedInformation![0].location.range), 'Núñez');
  });

  it('offers quick fixes that make a spelling or a title agree', async () => {
    const { document } = await openCopy('sourcing-fixes.txt');
    const at = await eventually(() => {
      const found = sourcingDiagnostics(document.uri).find((d) => d.code === 'title-change');
      assert.ok(found);
      return found.range;
    });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, at, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((a) => /everywhere/.test(a.title));
    assert.deepEqual(fixes.map((a) => a.title), ['Write "Sen." everywhere (1 change)', 'Write "Rep." everywhere (1 change)']);
    assert.equal(fixes[0].isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!));
    assert.ok(document.getText().includes('Sen. Quist later added'));
    await eventually(() => assert.equal(sourcingDiagnostics(document.uri).filter((d) => d.code === 'title-change').length, 0));
  });

  it('follows the settings: a kind turned off disappears', async () => {
    const { document } = await openCopy('sourcing-settings.txt');
    const config = vscode.workspace.getConfiguration('onTheRecord.diagnostics');
    await eventually(() => assert.ok(sourcingDiagnostics(document.uri).some((d) => d.code === 'unnamed-source')));
    await config.update('unnamedSource', 'off', vscode.ConfigurationTarget.Global);
    try {
      await eventually(() => assert.ok(!sourcingDiagnostics(document.uri).some((d) => d.code === 'unnamed-source')));
      assert.ok(sourcingDiagnostics(document.uri).some((d) => d.code === 'name-spelling'));
    } finally {
      await config.update('unnamedSource', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
