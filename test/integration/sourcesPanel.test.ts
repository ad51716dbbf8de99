import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourcesPicture } from '../../src/engine/ledger';
import { closeAllEditors, eventually, repoRoot, show, type OpenedDocument } from './helpers';

const article = path.join(repoRoot, 'test/fixtures/ledger/newsroom/council-vote.txt');

describe('Sources panel', () => {
  let opened: OpenedDocument;
  before(async () => {
    opened = await show(await vscode.workspace.openTextDocument(article));
  });
  after(async () => {
    await vscode.commands.executeCommand('onTheRecord.clearSourceFilter');
    await vscode.workspace.getConfiguration('onTheRecord').update('sourceTags', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('opens beside the article with its sources, named and unnamed, and the user\'s tags', async () => {
    await vscode.workspace.getConfiguration('onTheRecord').update('sourceTags', { 'Priya Lund': ['expert'] }, vscode.ConfigurationTarget.Global);
    const picture = await vscode.commands.executeCommand<SourcesPicture | undefined>('onTheRecord.showSources');
    assert.ok(picture, 'the panel shows the active article');
    assert.deepEqual(picture.sources.map((s) => [s.speaker, s.named]), [['Dana Whitfield', true], ['Priya Lund', true], ['Officials', false], ['Omar Hale', true]]);
    assert.deepEqual(picture.sources.find((s) => s.speaker === 'Priya Lund')!.tags, ['expert']);
    await eventually(() => {
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      const panel = tabs.find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Sources: council-vote.txt');
      assert.ok(panel, `tabs: ${tabs.map((t) => t.label).join(', ')}`);
    });
  });

  it('a bar\'s source filters the Quotes view, and Show Every Source clears it', async () => {
    const roots = async () => ((await opened.api.quotesTree.getChildren()) ?? []) as Array<{ label: string }>;
    await vscode.commands.executeCommand('onTheRecord.filterQuotesBySource', 'Officials');
    assert.deepEqual((await roots()).map((r) => r.label), ['Officials']);
    await vscode.commands.executeCommand('onTheRecord.clearSourceFilter');
    assert.deepEqual((await roots()).map((r) => r.label), ['Dana Whitfield', 'Priya Lund', 'Omar Hale', 'Officials']);
  });
});
