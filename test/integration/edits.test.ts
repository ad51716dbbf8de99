import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyzeFromScratch } from '../../src/engine/analyze';
import { parseCsv } from './csv';
import { lavrov, pompeo } from './facts';
import {
  analysisOf, closeAllEditors, entityNamed, hoverTextAt, positionOf, quotesOf, sampleArticlePath, show, speakerItem, treeItems,
  unescapeMarkdown, type OpenedDocument,
} from './helpers';

const addedQuote = 'Peace in the region is within reach.';

/** What every view says about one speaker, read through the real API. */
async function viewsOf(opened: OpenedDocument, speaker: string) {
  const analysis = await analysisOf(opened.api, opened.document);
  const editor = vscode.window.activeTextEditor!;
  const surname = speaker.split(' ').pop()!;
  const card = unescapeMarkdown(await hoverTextAt(opened.document, positionOf(opened.document, `${surname} said`).translate(0, 1)));
  const group = await speakerItem(opened.api, speaker);
  const csv = await vscode.commands.executeCommand<vscode.TextDocument>('onTheRecord.extractQuotes', { format: 'csv' });
  await vscode.window.showTextDocument(opened.document);
  return {
    analysisCount: quotesOf(analysis, entityNamed(analysis, speaker)).length,
    hoverCount: Number(/(\d+) quotes?\b/.exec(card)?.[1]),
    treeCount: (await treeItems(opened.api, group.element)).length,
    decorated: opened.api.decorationsFor(editor).find((s) => s.key === `speaker:${speaker}`)?.ranges.map((r) => opened.document.getText(r)) ?? [],
    exportedTexts: parseCsv(csv.getText()).map((row) => row.join(',')),
  };
}

describe('editing an article updates every view', () => {
  let opened: OpenedDocument;
  before(async () => {
    // A copy in the test workspace: the edits are never saved over the sample.
    const workspace = process.env.ON_THE_RECORD_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0].uri.fsPath;
    const copy = path.join(workspace, 'edited-article.txt');
    fs.copyFileSync(sampleArticlePath, copy);
    opened = await show(await vscode.workspace.openTextDocument(copy));
  });
  after(closeAllEditors);

  it('a quote typed at the end is counted, listed, decorated and exported', async () => {
    const before = await viewsOf(opened, lavrov.name);
    assert.equal(before.hoverCount, before.analysisCount);
    const editor = await vscode.window.showTextDocument(opened.document);
    const end = opened.document.positionAt(opened.document.getText().length);
    await editor.edit((edit) => edit.insert(end, `\n\n"${addedQuote}" Lavrov said.\n`));

    const after = await viewsOf(opened, lavrov.name);
    assert.equal(after.analysisCount, before.analysisCount + 1);
    assert.equal(after.hoverCount, before.hoverCount + 1);
    assert.equal(after.treeCount, before.treeCount + 1);
    assert.equal(after.decorated.length, before.decorated.length + 1);
    assert.ok(after.decorated.some((text) => text.includes(addedQuote)), 'the new quote is tinted');
    assert.ok(after.exportedTexts.some((row) => row.includes(addedQuote) && row.includes(lavrov.name)), 'the new quote is exported');
  });

  it('deleting a paragraph removes its quote and keeps the other decorations on their quotes', async () => {
    const before = await viewsOf(opened, pompeo.name);
    const start = positionOf(opened.document, `On Venezuela — the country`);
    const end = positionOf(opened.document, 'Venezuelan President Nicolas Maduro has');
    const editor = await vscode.window.showTextDocument(opened.document);
    await editor.edit((edit) => edit.delete(new vscode.Range(start, end)));

    const after = await viewsOf(opened, pompeo.name);
    assert.equal(after.analysisCount, before.analysisCount - 1);
    assert.equal(after.hoverCount, before.hoverCount - 1);
    assert.equal(after.treeCount, before.treeCount - 1);
    assert.ok(!after.decorated.some((text) => text.includes(pompeo.quote)), 'the deleted quote is no longer drawn');
    assert.ok(!after.exportedTexts.some((row) => row.includes(pompeo.quote)), 'the deleted quote is no longer exported');
    // The other quotes moved up: their decorations must have moved with them, covering the same words.
    assert.deepEqual(after.decorated, before.decorated.filter((text) => !text.includes(pompeo.quote)));
  });

  it('follows several changes at once, keystrokes and undo exactly', async () => {
    const editor = await vscode.window.showTextDocument(opened.document);
    const document = opened.document;
    const expectCurrent = async (step: string): Promise<void> => {
      assert.deepEqual(await analysisOf(opened.api, document), analyzeFromScratch(document.getText()), step);
    };
    // Two cursors: one change event with two changes, the later one first.
    await editor.edit((edit) => {
      edit.insert(positionOf(document, 'Lavrov said'), 'Foreign Minister ');
      edit.replace(new vscode.Range(positionOf(document, 'Pompeo later said'), positionOf(document, 'Pompeo later said').translate(0, 'Pompeo'.length)), 'The secretary');
    });
    await expectCurrent('two changes in one edit');
    for (const letter of 'abc') {
      await editor.edit((edit) => edit.insert(positionOf(document, 'the two spoke'), letter));
      await expectCurrent(`typed ${letter}`);
    }
    await vscode.commands.executeCommand('undo');
    await expectCurrent('undo');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Draft\r\n\r\n'));
    await expectCurrent('a CRLF heading typed at the top');
  });
});
