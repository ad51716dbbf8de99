import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lavrov, pompeo } from './facts';
import { openSampleArticle, shown, speakerItem, treeItems, type OpenedDocument } from './helpers';

describe('quotes tree on the sample article', () => {
  let opened: OpenedDocument;
  before(async () => {
    opened = await openSampleArticle();
  });

  it('lists the speakers as expandable groups', async () => {
    const roots = await treeItems(opened.api);
    const labels = roots.map((r) => r.label);
    assert.ok(labels.includes(lavrov.name), `roots: ${labels.join(', ')}`);
    assert.ok(labels.includes(pompeo.name), `roots: ${labels.join(', ')}`);
    for (const root of roots) assert.notEqual(root.item.collapsibleState, vscode.TreeItemCollapsibleState.None, root.label);
  });

  it("lists each of Lavrov's quotes under him", async () => {
    const group = await speakerItem(opened.api, lavrov.name);
    const children = await treeItems(opened.api, group.element);
    const expected = shown(opened.analysis).filter((q) => q.attribution.speaker === lavrov.name);
    assert.ok(expected.length >= lavrov.minQuotes, `the analysis gives Lavrov ${expected.length} quotes`);
    assert.equal(children.length, expected.length);
    assert.ok(children.some((child) => child.label.includes(lavrov.quote)), 'his "force" quote is listed');
  });

  it('holds every shown quote exactly once', async () => {
    let total = 0;
    for (const root of await treeItems(opened.api)) total += (await treeItems(opened.api, root.element)).length;
    assert.equal(total, shown(opened.analysis).length);
  });

  it('reveals a quote in the editor when its item is opened, without selecting it', async () => {
    const group = await speakerItem(opened.api, pompeo.name);
    const child = (await treeItems(opened.api, group.element)).find((c) => c.label.includes(pompeo.quote));
    assert.ok(child?.item.command, 'the quote item has a command');
    await vscode.commands.executeCommand(child.item.command.command, ...(child.item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), opened.document.uri.toString());
    assert.ok(editor.selection.isEmpty, `selected: ${editor.document.getText(editor.selection)}`);
    const text = editor.document.getText();
    const quote = shown(opened.analysis).find((q) => text.slice(q.outer.start, q.outer.end).includes(pompeo.quote))!;
    assert.equal(editor.document.offsetAt(editor.selection.active), quote.outer.start);
  });
});
