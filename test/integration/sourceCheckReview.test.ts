import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReview } from '../../src/engine/review/format';
import type { SourceCheckOutcome } from '../../src/extension/sourceCheckFeature';
import { closeAllEditors, hoverTextAt, positionOf, repoRoot, show, treeItems, unescapeMarkdown, type OpenedDocument } from './helpers';

const fixtures = path.join(repoRoot, 'test/fixtures/sourceCheck');
const workspace = process.env.ON_THE_RECORD_TEST_WORKSPACE ?? fs.mkdtempSync(path.join(os.tmpdir(), 'otr-source-review-'));
const CHECK = 'onTheRecord.checkQuotesAgainstSource';

function readReview(document: vscode.TextDocument) {
  const parsed = parseReview(fs.readFileSync(document.uri.fsPath + '.review.json', 'utf8'));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
  return parsed.review;
}

describe('Check Quotes Against Source and the review file', () => {
  let opened: OpenedDocument;
  let source: vscode.Uri;
  before(async () => {
    const folder = path.join(workspace, 'source-review');
    fs.mkdirSync(path.join(folder, 'transcripts'), { recursive: true });
    const article = path.join(folder, 'story.txt');
    fs.copyFileSync(path.join(fixtures, 'article.txt'), article);
    fs.rmSync(article + '.review.json', { force: true });
    fs.copyFileSync(path.join(fixtures, 'town-hall.txt'), path.join(folder, 'transcripts', 'town-hall.txt'));
    source = vscode.Uri.file(path.join(folder, 'transcripts', 'town-hall.txt'));
    opened = await show(await vscode.workspace.openTextDocument(article));
  });
  after(async () => {
    await vscode.commands.executeCommand('onTheRecord.filterQuotes', 'all');
    await vscode.commands.executeCommand('onTheRecord.showBySpeaker');
    await closeAllEditors();
  });

  it('remembers the sources for the article in its review file, relative to it, and checks against them again', async () => {
    const first = await vscode.commands.executeCommand<SourceCheckOutcome>(CHECK, { sources: [source], remember: true });
    assert.deepEqual(readReview(opened.document).sources, ['transcripts/town-hall.txt']);
    assert.equal(readReview(opened.document).decisions.length, 0, 'remembering decides nothing about the quotes');
    const again = await vscode.commands.executeCommand<SourceCheckOutcome>(CHECK, { sources: 'remembered' });
    assert.ok(first && again);
    assert.deepEqual(again.checks.map((c) => c.status), first.checks.map((c) => c.status));
    assert.deepEqual(again.checks.map((c) => c.status), ['matches', 'matches', 'matches', 'altered', 'matches', 'speaker-differs', 'not-found']);
  });

  it('offers Mark Verified (matches source) on a matching quote, recording the source passage', async () => {
    const at = positionOf(opened.document, 'Our buses are older').translate(0, 2);
    const hover = unescapeMarkdown(await hoverTextAt(opened.document, at));
    assert.match(hover, /Mark Verified \(matches source\)/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', opened.document.uri, new vscode.Range(at, at));
    const verify = actions.find((a) => a.title === 'Mark Verified (matches source)');
    assert.ok(verify?.command, `actions: ${actions.map((a) => a.title).join(', ')}`);
    const altered = positionOf(opened.document, 'I will vote for').translate(0, 2);
    const onAltered = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', opened.document.uri, new vscode.Range(altered, altered));
    assert.ok(!onAltered.some((a) => a.title === 'Mark Verified (matches source)'), 'not for a quote the source does not match');

    assert.equal(await vscode.commands.executeCommand(verify.command.command, ...(verify.command.arguments ?? [])), true);
    const [decision] = readReview(opened.document).decisions;
    assert.equal(decision.status, 'verified');
    assert.equal(decision.anchor.quote, 'Our buses are older than most of the kids who ride them,');
    assert.equal(decision.source, 'transcripts/town-hall.txt, line 6, 0:41', 'named from the article, as its remembered sources are');
  });

  it('marks the other matching quotes verified in one step', async () => {
    const marked = await vscode.commands.executeCommand<number>('onTheRecord.markMatchingQuotesVerified', opened.document.uri.toString());
    // Four quoted passages match, in three quotations: one was verified already, and a sentence with two quoted
    // parts is one quotation, verified once with both passages as its source.
    assert.equal(marked, 2);
    const review = readReview(opened.document);
    assert.equal(review.decisions.filter((d) => d.status === 'verified').length, 3);
    assert.ok(review.decisions.every((d) => /town-hall\.txt, line \d+/.test(d.source ?? '')), JSON.stringify(review.decisions));
    const sentence = review.decisions.find((d) => d.anchor.quote.includes('about eight dollars a month'));
    assert.match(sentence?.source ?? '', /town-hall\.txt, line \d+.*; .*town-hall\.txt, line \d+/, JSON.stringify(review.decisions));
    assert.deepEqual(review.sources, ['transcripts/town-hall.txt'], 'the remembered sources stay');
    assert.equal(await vscode.commands.executeCommand('onTheRecord.markMatchingQuotesVerified', opened.document.uri.toString()), 0);
  });

  it('shows an icon per result in the Quotes view and filters the quotes that differ', async () => {
    await vscode.commands.executeCommand('onTheRecord.showInOrder');
    const items = await treeItems(opened.api);
    const altered = items.find((i) => i.label.includes('I will vote for'));
    assert.ok(altered, items.map((i) => i.label).join(' | '));
    assert.equal((altered.item.iconPath as vscode.ThemeIcon).id, 'diff');
    assert.match(String(altered.item.description), /source: altered/);
    const verified = items.find((i) => i.label.includes('Our buses'))!;
    assert.equal((verified.item.iconPath as vscode.ThemeIcon).id, 'pass', 'a person\'s verdict keeps its icon');
    for (const [filter, words] of [['altered', 'I will vote for'], ['not-found', 'never raise fares'], ['speaker-differs', 'Hiring drivers']] as const) {
      await vscode.commands.executeCommand('onTheRecord.filterQuotes', filter);
      const labels = (await treeItems(opened.api)).map((i) => i.label);
      assert.equal(labels.length, 1, `${filter}: ${labels.join(' | ')}`);
      assert.match(labels[0], new RegExp(words));
    }
  });
});
