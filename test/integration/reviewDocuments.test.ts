import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReview } from '../../src/engine/review/format';
import { analysisOf, closeAllEditors, eventually, positionOf, show, treeItems } from './helpers';
import { ARTICLE, onQuote, openArticle, quoteWith, readReview, reviewFileOf, workspace } from './reviewHelpers';

/** How many ranges the editor draws for quotes credited to `speaker`. */
function drawnFor(api: Awaited<ReturnType<typeof show>>['api'], editor: vscode.TextEditor, speaker: string): number {
  return api.decorationsFor(editor).filter((d) => d.key === `speaker:${speaker}`).reduce((n, d) => n + d.ranges.length, 0);
}

describe('review: decisions as a user handles documents', () => {
  afterEach(closeAllEditors);

  it('two editors on one document: a decision made in one shows in the other', async () => {
    const opened = await openArticle('two-editors.txt');
    const second = await vscode.window.showTextDocument(opened.document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    assert.notEqual(second.viewColumn, opened.editor.viewColumn);
    await analysisOf(opened.api, opened.document);
    assert.equal(drawnFor(opened.api, opened.editor, 'Dan Whitfield'), 0, 'the premise: nothing is credited to Whitfield');
    // Decided in the second editor, by its cursor.
    const at = positionOf(opened.document, 'Nobody else');
    second.selection = new vscode.Selection(at, at);
    assert.equal(await vscode.commands.executeCommand<boolean>('onTheRecord.setSpeaker', undefined, { speaker: 'Dan Whitfield' }), true);
    await analysisOf(opened.api, opened.document);
    await eventually(() => {
      assert.equal(drawnFor(opened.api, second, 'Dan Whitfield'), 1);
      assert.equal(drawnFor(opened.api, opened.editor, 'Dan Whitfield'), 1, 'the first editor shows it too');
    });
    // And one made in the first shows in the second.
    await vscode.window.showTextDocument(opened.document, { viewColumn: opened.editor.viewColumn, preview: false });
    await onQuote(opened, 'onTheRecord.notQuotation', 'Nobody else');
    await analysisOf(opened.api, opened.document);
    await eventually(() => {
      assert.equal(drawnFor(opened.api, opened.editor, 'Dan Whitfield'), 0);
      assert.equal(drawnFor(opened.api, second, 'Dan Whitfield'), 0);
    });
    assert.equal(readReview(opened.document).decisions.length, 1, 'one decision, whichever editor made it');
  });

  it('renaming the article moves its review file, and the decisions still apply', async () => {
    const opened = await openArticle('before-rename.txt');
    await onQuote(opened, 'onTheRecord.setSpeaker', 'plan is sound', { speaker: 'Dan Whitfield' });
    await onQuote(opened, 'onTheRecord.markVerified', 'fund it');
    const oldReview = reviewFileOf(opened.document);
    const renamed = vscode.Uri.file(path.join(workspace, 'after-rename.txt'));
    fs.rmSync(renamed.fsPath, { force: true });
    fs.rmSync(renamed.fsPath + '.review.json', { force: true });
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(opened.document.uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await eventually(() => assert.ok(fs.existsSync(renamed.fsPath + '.review.json') && !fs.existsSync(oldReview), 'the review file moved'));
    const moved = await show(await vscode.workspace.openTextDocument(renamed));
    await eventually(async () => {
      const analysis = await analysisOf(moved.api, moved.document);
      assert.equal(quoteWith(analysis, 'plan is sound').attribution.speaker, 'Dan Whitfield');
      assert.equal(quoteWith(analysis, 'fund it').attribution.speaker, 'Dan Whitfield', 'the pronoun still follows the correction');
      assert.match(moved.api.statusBarText(), /1 of 3 checked/);
    });
    // Decisions recorded after the rename go to the moved file.
    await onQuote(moved, 'onTheRecord.markVerified', 'plan is sound');
    assert.equal(readReview(moved.document).decisions.length, 2);
    assert.equal(readReview(moved.document).article.name, 'after-rename.txt');
  });

  it('a review file edited by hand is read again; one made unusable by hand is reported and left alone', async () => {
    const opened = await openArticle('by-hand.txt');
    await onQuote(opened, 'onTheRecord.setSpeaker', 'plan is sound', { speaker: 'Dan Whitfield' });
    const file = reviewFileOf(opened.document);
    const review = JSON.parse(fs.readFileSync(file, 'utf8'));
    review.decisions[0].speaker = { entityId: null, name: 'A council clerk' };
    review.decisions[0].status = 'verified';
    fs.writeFileSync(file, JSON.stringify(review, null, 2));
    await eventually(async () => {
      assert.equal(quoteWith(await analysisOf(opened.api, opened.document), 'plan is sound').attribution.speaker, 'A council clerk');
      assert.match(opened.api.statusBarText(), /1 of 3 checked/);
    });
    const newer = JSON.stringify({ ...review, version: 99 }, null, 2);
    fs.writeFileSync(file, newer);
    await eventually(async () => assert.equal(quoteWith(await analysisOf(opened.api, opened.document), 'plan is sound').attribution.speaker, 'Tom Barrow'));
    assert.equal(await onQuote(opened, 'onTheRecord.markVerified', 'fund it'), false, 'nothing is recorded into a file from a newer version');
    assert.equal(fs.readFileSync(file, 'utf8'), newer);
  });

  it('an undo that restores a deleted quote brings its status back', async () => {
    const opened = await openArticle('undo-status.txt');
    await onQuote(opened, 'onTheRecord.markVerified', 'fund it', { note: 'budget page 4' });
    assert.match(opened.api.statusBarText(), /1 of 3 checked/);
    const quote = '"We will fund it next year," he added.';
    const start = opened.document.getText().indexOf(quote);
    await opened.editor.edit((edit) => edit.delete(new vscode.Range(opened.document.positionAt(start), opened.document.positionAt(start + quote.length))));
    await analysisOf(opened.api, opened.document);
    await eventually(() => assert.match(opened.api.statusBarText(), /0 of 2 checked/));
    assert.equal(readReview(opened.document).decisions[0].note, 'budget page 4', 'the decision of a deleted quote is kept');
    await vscode.commands.executeCommand('undo');
    assert.equal(opened.document.getText(), ARTICLE);
    await analysisOf(opened.api, opened.document);
    await eventually(() => assert.match(opened.api.statusBarText(), /1 of 3 checked/));
    await vscode.commands.executeCommand('onTheRecord.showInOrder');
    try {
      const fund = (await treeItems(opened.api)).find((i) => i.label.includes('fund it'));
      assert.match(String(fund?.item.description), /verified/);
    } finally {
      await vscode.commands.executeCommand('onTheRecord.showBySpeaker');
    }
  });

  it('an untitled document saved to a file takes its decisions into the review file beside it', async () => {
    const file = path.join(workspace, 'saved-untitled.txt');
    fs.rmSync(file, { force: true });
    fs.rmSync(file + '.review.json', { force: true });
    const untitled = await vscode.workspace.openTextDocument(vscode.Uri.file(file).with({ scheme: 'untitled' }));
    const editor = await vscode.window.showTextDocument(untitled, { preview: false });
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), ARTICLE));
    const opened = await show(untitled);
    await onQuote(opened, 'onTheRecord.setSpeaker', 'plan is sound', { speaker: 'Dan Whitfield' });
    await onQuote(opened, 'onTheRecord.markVerified', 'fund it');
    assert.ok(!fs.existsSync(file + '.review.json'), 'an untitled document keeps its decisions in the workspace storage');
    assert.ok(await untitled.save(), 'the untitled document is saved to its file');
    await eventually(() => assert.ok(fs.existsSync(file + '.review.json'), 'the decisions moved beside the file'));
    const parsed = parseReview(fs.readFileSync(file + '.review.json', 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
    assert.equal(parsed.review.article.name, 'saved-untitled.txt');
    assert.deepEqual(parsed.review.decisions.map((d) => [d.speaker?.name, d.status]), [['Dan Whitfield', undefined], [undefined, 'verified']]);
    const saved = await show(await vscode.workspace.openTextDocument(vscode.Uri.file(file)));
    await eventually(async () => {
      assert.equal(quoteWith(await analysisOf(saved.api, saved.document), 'plan is sound').attribution.speaker, 'Dan Whitfield');
      assert.match(saved.api.statusBarText(), /1 of 3 checked/);
    });
  });
});
