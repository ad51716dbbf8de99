import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { SET_BY_PERSON } from '../../src/engine/types';
import { analysisOf, closeAllEditors, eventually, hoverTextAt, show, treeItems, unescapeMarkdown, type OpenedDocument } from './helpers';
import { ARTICLE, labelsIn, onQuote, openArticle, quoteWith, readReview, reviewFileOf } from './reviewHelpers';

describe('review: correcting attributions and recording checks', () => {
  afterEach(closeAllEditors);

  it('Set Speaker sets the speaker, marks it set by you, and later quotes follow it', async () => {
    const opened = await openArticle('set-speaker.txt');
    assert.equal(quoteWith(opened.analysis, 'fund it').attribution.speaker, 'Tom Barrow', 'the premise: the engine credits Barrow');
    assert.ok(!fs.existsSync(reviewFileOf(opened.document)), 'no review file before a decision');
    assert.equal(await onQuote(opened, 'onTheRecord.setSpeaker', 'plan is sound', { speaker: 'Dan Whitfield' }), true);
    const analysis = await analysisOf(opened.api, opened.document);
    assert.equal(quoteWith(analysis, 'plan is sound').attribution.speaker, 'Dan Whitfield');
    assert.equal(quoteWith(analysis, 'plan is sound').attribution.rule, SET_BY_PERSON);
    assert.equal(quoteWith(analysis, 'fund it').attribution.speaker, 'Dan Whitfield', 'the pronoun follows the correction');
    assert.deepEqual(readReview(opened.document).decisions[0].speaker, { entityId: 'dan-whitfield', name: 'Dan Whitfield' });
    const labels = await labelsIn(opened.document);
    assert.ok(labels.some((l) => l.includes('Dan Whitfield ✎')), `labels: ${labels.join(' | ')}`);
    const hover = unescapeMarkdown(await hoverTextAt(opened.document, opened.document.positionAt(quoteWith(analysis, 'plan is sound').start + 2)));
    assert.match(hover, /Speaker set by you/);
    assert.equal(opened.document.getText(), ARTICLE, 'the article is never changed');
  });

  it('Set Speaker to someone typed, or to nobody; Reset to Automatic gives the engine back the quote', async () => {
    const opened = await openArticle('typed-speaker.txt');
    await onQuote(opened, 'onTheRecord.setSpeaker', 'Nobody else', { speaker: 'A council clerk' });
    assert.equal(quoteWith(await analysisOf(opened.api, opened.document), 'Nobody else').attribution.speaker, 'A council clerk');
    await onQuote(opened, 'onTheRecord.setSpeaker', 'Nobody else', { speaker: null });
    assert.equal(quoteWith(await analysisOf(opened.api, opened.document), 'Nobody else').attribution.speaker, null);
    assert.equal(readReview(opened.document).decisions[0].speaker, null);
    await onQuote(opened, 'onTheRecord.resetToAutomatic', 'Nobody else');
    assert.equal(quoteWith(await analysisOf(opened.api, opened.document), 'Nobody else').attribution.speaker, 'Tom Barrow');
    assert.equal(readReview(opened.document).decisions.length, 0);
  });

  it('Not a Quotation takes the quote out of the views; Reset brings it back', async () => {
    const opened = await openArticle('not-quotation.txt');
    const before = opened.api.decorationsFor(opened.editor).reduce((n, d) => n + (d.key.startsWith('low') ? 0 : d.ranges.length), 0);
    await onQuote(opened, 'onTheRecord.notQuotation', 'Nobody else');
    const analysis = await analysisOf(opened.api, opened.document);
    assert.equal(quoteWith(analysis, 'Nobody else').usage, 'term');
    const after = opened.api.decorationsFor(opened.editor).reduce((n, d) => n + (d.key.startsWith('low') ? 0 : d.ranges.length), 0);
    assert.equal(after, before - 1);
    await onQuote(opened, 'onTheRecord.resetToAutomatic', 'Nobody else');
    assert.equal(quoteWith(await analysisOf(opened.api, opened.document), 'Nobody else').usage, 'speech');
  });

  it('Mark Verified, Mark Disputed and Clear Status show in the tree, the hover, the status bar and the file', async () => {
    const opened = await openArticle('status.txt');
    await onQuote(opened, 'onTheRecord.markVerified', 'plan is sound');
    await onQuote(opened, 'onTheRecord.markDisputed', 'fund it', { note: 'budget says 2028', source: 'https://example.org/budget' });
    assert.match(opened.api.statusBarText(), /2 of 3 checked/);
    await vscode.commands.executeCommand('onTheRecord.showInOrder');
    const items = await treeItems(opened.api);
    const plan = items.find((i) => i.label.includes('plan is sound'))!;
    const fund = items.find((i) => i.label.includes('fund it'))!;
    assert.match(String(plan.item.description), /verified/);
    assert.equal((plan.item.iconPath as vscode.ThemeIcon).id, 'pass');
    assert.match(String(fund.item.description), /disputed/);
    const review = readReview(opened.document);
    assert.deepEqual(review.decisions.map((d) => [d.status, d.note, d.source]), [['verified', undefined, undefined], ['disputed', 'budget says 2028', 'https://example.org/budget']]);
    const analysis = await analysisOf(opened.api, opened.document);
    const hover = unescapeMarkdown(await hoverTextAt(opened.document, opened.document.positionAt(quoteWith(analysis, 'fund it').start + 2)));
    assert.match(hover, /Disputed\*\* · budget says 2028 · source: https:\/\/example.org\/budget/);
    const labels = await labelsIn(opened.document);
    assert.ok(labels.some((l) => l.endsWith('✓')), `the verified quote's label says so: ${labels.join(' | ')}`);
    assert.ok(labels.some((l) => l.endsWith('⚑ disputed')), `the disputed quote's label says so: ${labels.join(' | ')}`);
    await onQuote(opened, 'onTheRecord.clearStatus', 'fund it');
    assert.ok(!(await labelsIn(opened.document)).some((l) => l.includes('disputed')), 'a cleared status leaves the label');
    assert.match(opened.api.statusBarText(), /1 of 3 checked/);
    assert.equal(readReview(opened.document).decisions.length, 1);
    await vscode.commands.executeCommand('onTheRecord.showBySpeaker');
  });

  it('a verified quote whose words change is unchecked again, and the hover says what changed', async () => {
    const opened = await openArticle('changed.txt');
    await onQuote(opened, 'onTheRecord.markVerified', 'fund it');
    const at = opened.document.getText().indexOf('next year');
    await opened.editor.edit((edit) => edit.replace(new vscode.Range(opened.document.positionAt(at), opened.document.positionAt(at + 'next year'.length)), 'in 2027'));
    const analysis = await analysisOf(opened.api, opened.document);
    assert.match(opened.api.statusBarText(), /0 of 3 checked/);
    const hover = unescapeMarkdown(await hoverTextAt(opened.document, opened.document.positionAt(quoteWith(analysis, 'fund it').start + 2)));
    assert.match(hover, /The words changed since it was verified: it was “We will fund it next year,”, now “We will fund it in 2027,”/);
  });

  it('a decision follows its quote through edits before it, and an undo that restores a deleted quote restores it', async () => {
    const opened = await openArticle('edits.txt');
    await onQuote(opened, 'onTheRecord.setSpeaker', 'Nobody else', { speaker: 'Dan Whitfield' });
    await opened.editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'CITY HALL — '));
    assert.equal(quoteWith(await analysisOf(opened.api, opened.document), 'Nobody else').attribution.speaker, 'Dan Whitfield');
    const start = opened.document.getText().indexOf('"Nobody else will."');
    await opened.editor.edit((edit) => edit.delete(new vscode.Range(opened.document.positionAt(start), opened.document.positionAt(start + 19))));
    await analysisOf(opened.api, opened.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(quoteWith(await analysisOf(opened.api, opened.document), 'Nobody else').attribution.speaker, 'Dan Whitfield');
  });

  it('offers the commands as code actions on a quote', async () => {
    const opened = await openArticle('actions.txt');
    const quote = quoteWith(opened.analysis, 'plan is sound');
    const position = opened.document.positionAt(quote.start + 2);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', opened.document.uri, new vscode.Range(position, position));
    const titles = actions.map((a) => a.title);
    for (const title of ['Set Speaker…', 'Not a Quotation', 'Mark Verified', 'Mark Disputed…']) assert.ok(titles.includes(title), `actions: ${titles.join(', ')}`);
  });

  it('filters the Quotes view to what is left to check', async () => {
    const opened = await openArticle('filter.txt');
    await onQuote(opened, 'onTheRecord.markVerified', 'plan is sound');
    await vscode.commands.executeCommand('onTheRecord.showInOrder');
    try {
      await vscode.commands.executeCommand('onTheRecord.filterQuotes', 'leftToCheck');
      const labels = (await treeItems(opened.api)).map((i) => i.label);
      assert.ok(!labels.some((l) => l.includes('plan is sound')), `listed: ${labels.join(' | ')}`);
      assert.ok(labels.some((l) => l.includes('fund it')));
    } finally {
      await vscode.commands.executeCommand('onTheRecord.filterQuotes', 'all');
      await vscode.commands.executeCommand('onTheRecord.showBySpeaker');
    }
    assert.ok((await treeItems(opened.api)).length > 0);
  });

  it('never overwrites a review file it cannot read, and reloads one changed on disk', async () => {
    const opened = await openArticle('on-disk.txt');
    const file = reviewFileOf(opened.document);
    fs.writeFileSync(file, '{ not json');
    assert.equal(await onQuote(opened, 'onTheRecord.markVerified', 'plan is sound'), false);
    assert.equal(fs.readFileSync(file, 'utf8'), '{ not json');
    // Someone else's checkout brings a valid file: its decisions show without reopening the article.
    fs.rmSync(file);
    const other = await openArticle('other.txt');
    await onQuote(other, 'onTheRecord.setSpeaker', 'plan is sound', { speaker: 'Dan Whitfield' });
    fs.writeFileSync(file, fs.readFileSync(reviewFileOf(other.document), 'utf8'));
    await vscode.window.showTextDocument(opened.document);
    await eventually(async () => assert.equal(quoteWith(await analysisOf(opened.api, opened.document), 'plan is sound').attribution.speaker, 'Dan Whitfield'));
  });

  it('keeps the decisions of an untitled document in the workspace storage', async () => {
    const opened = await show(await vscode.workspace.openTextDocument({ content: ARTICLE, language: 'plaintext' }));
    await onQuote(opened, 'onTheRecord.setSpeaker', 'plan is sound', { speaker: 'Dan Whitfield' });
    assert.equal(quoteWith(await analysisOf(opened.api, opened.document), 'plan is sound').attribution.speaker, 'Dan Whitfield');
  });

  it('exports the fact-check worksheet with the decisions', async () => {
    const opened = await openArticle('worksheet.txt');
    await onQuote(opened, 'onTheRecord.setSpeaker', 'plan is sound', { speaker: 'Dan Whitfield' });
    await onQuote(opened, 'onTheRecord.markVerified', 'fund it');
    await vscode.window.showTextDocument(opened.document);
    const result = await vscode.commands.executeCommand<vscode.TextDocument>('onTheRecord.extractQuotes', { format: 'worksheet-csv' });
    const rows = result.getText().split(/\r?\n/);
    assert.equal(rows[0], 'file,line,quote,speaker,set by person,cue,confidence,status,note,source');
    assert.ok(rows.some((r) => r.startsWith('worksheet.txt,3,"The plan is sound,",Dan Whitfield,yes,')), rows.join('\n'));
    assert.ok(rows.some((r) => /"We will fund it next year,",Dan Whitfield,no,added,[\d.]+,verified/.test(r)), rows.join('\n'));
  });

  describe('on a name', () => {
    const NAMES = ARTICLE + '\n"We like it," Danny Whitfield said.\n';

    async function onName(opened: OpenedDocument, command: string, name: string, answer: Record<string, unknown> = {}): Promise<boolean> {
      const start = opened.document.getText().indexOf(name) + 1;
      return vscode.commands.executeCommand<boolean>(command, { uri: opened.document.uri.toString(), start }, answer);
    }

    it('Same Person As merges two entities the engine kept apart', async () => {
      const opened = await openArticle('same-person.txt', NAMES);
      assert.equal(quoteWith(opened.analysis, 'We like it').attribution.speaker, 'Danny Whitfield');
      assert.equal(await onName(opened, 'onTheRecord.samePersonAs', 'Danny Whitfield', { sameAs: 'Dan Whitfield' }), true);
      const analysis = await analysisOf(opened.api, opened.document);
      assert.equal(quoteWith(analysis, 'We like it').attribution.speaker, 'Dan Whitfield');
      assert.ok(!analysis.entities.some((e) => e.name === 'Danny Whitfield'));
      assert.deepEqual(readReview(opened.document).entities, [{ name: 'Danny Whitfield', sameAs: 'Dan Whitfield', decided: readReview(opened.document).entities![0].decided }]);
    });

    it('Not the Same Person splits a mention (and the pronoun after it) from the entity the engine merged it into', async () => {
      const MERGED = ['Mayor Dan Whitfield met voters on Monday.', '"The plan is sound," Dan Whitfield said.', '"It will not pass," Whitfield said.', '"Nobody wants it," he added.'].join('\n\n') + '\n';
      const opened = await openArticle('split.txt', MERGED);
      assert.equal(quoteWith(opened.analysis, 'Nobody wants').attribution.speaker, 'Dan Whitfield', 'the premise: the engine merged them');
      const start = MERGED.indexOf('Whitfield said', MERGED.indexOf('not pass')) + 1;
      const position = opened.document.positionAt(start);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', opened.document.uri, new vscode.Range(position, position));
      const title = 'Not the Same Person as Dan Whitfield: Whitfield';
      assert.ok(actions.some((a) => a.title === title), `actions: ${actions.map((a) => a.title).join(', ')}`);
      assert.equal(await vscode.commands.executeCommand<boolean>('onTheRecord.notSamePerson', { uri: opened.document.uri.toString(), start }), true);
      const analysis = await analysisOf(opened.api, opened.document);
      assert.equal(quoteWith(analysis, 'not pass').attribution.speaker, 'Whitfield');
      assert.equal(quoteWith(analysis, 'Nobody wants').attribution.speaker, 'Whitfield', 'the pronoun resolved through the mention goes with it');
      assert.equal(quoteWith(analysis, 'plan is sound').attribution.speaker, 'Dan Whitfield');
      const [decision] = readReview(opened.document).entities!;
      assert.deepEqual([decision.name, decision.split?.mention, decision.split?.at], ['Dan Whitfield', 'Whitfield', start - 1]);
      const labels = await labelsIn(opened.document);
      assert.ok(labels.some((l) => l.includes('Whitfield') && !l.includes('Dan')), `labels: ${labels.join(' | ')}`);
      // Reset on the split-off name undoes the split.
      await vscode.commands.executeCommand<boolean>('onTheRecord.resetName', { uri: opened.document.uri.toString(), start });
      assert.equal(quoteWith(await analysisOf(opened.api, opened.document), 'not pass').attribution.speaker, 'Dan Whitfield');
      assert.equal(readReview(opened.document).entities, undefined);
      assert.equal(opened.document.getText(), MERGED, 'the article is never changed');
    });

    it('Not a Person leaves its quotes unattributed; Reset Name to Automatic brings it back', async () => {
      const opened = await openArticle('not-person.txt', NAMES);
      const position = opened.document.positionAt(opened.document.getText().indexOf('Tom Barrow') + 1);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', opened.document.uri, new vscode.Range(position, position));
      assert.ok(actions.some((a) => a.title === 'Not a Person: Tom Barrow'), `actions: ${actions.map((a) => a.title).join(', ')}`);
      await onName(opened, 'onTheRecord.notAPerson', 'Tom Barrow');
      let analysis = await analysisOf(opened.api, opened.document);
      assert.equal(quoteWith(analysis, 'plan is sound').attribution.speaker, null);
      assert.ok(!analysis.entities.some((e) => e.name === 'Tom Barrow'));
      await onName(opened, 'onTheRecord.resetName', 'Tom Barrow');
      analysis = await analysisOf(opened.api, opened.document);
      assert.equal(quoteWith(analysis, 'plan is sound').attribution.speaker, 'Tom Barrow');
      assert.equal(readReview(opened.document).entities, undefined);
    });
  });
});
