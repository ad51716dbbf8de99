import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { pompeo } from './facts';
import { closeAllEditors, eventually, openSampleArticle, speakerItem, treeItems, type OpenedDocument } from './helpers';

/**
 * What the Quotes view does when a row is opened. The workbench runs the row's command and, for
 * `vscode.open`, hands it the open event: a single click asks to keep the focus where it is (a preview),
 * Enter and a double-click ask for the editor. The extension host cannot click, so this runs the row's
 * command the way the workbench does for each gesture.
 */
async function openRow(command: vscode.Command, gesture: 'click' | 'enter'): Promise<void> {
  const args = command.arguments ?? [];
  if (command.command !== 'vscode.open') {
    await vscode.commands.executeCommand(command.command, ...args);
    return;
  }
  const [uri, options] = args as [vscode.Uri, vscode.TextDocumentShowOptions];
  const selection = options.selection;
  // The converted form of vscode.open's arguments that the workbench's own open command takes.
  const editorOptions = {
    preserveFocus: options.preserveFocus,
    preview: options.preview,
    selection: selection && {
      startLineNumber: selection.start.line + 1,
      startColumn: selection.start.character + 1,
      endLineNumber: selection.end.line + 1,
      endColumn: selection.end.character + 1,
    },
  };
  // The workbench counts editor groups from 0, the API's view columns from 1.
  const group = options.viewColumn !== undefined && options.viewColumn > 0 ? options.viewColumn - 1 : undefined;
  const event = { editorOptions: { preserveFocus: gesture === 'click', pinned: gesture !== 'click' }, sideBySide: false };
  await vscode.commands.executeCommand('_workbench.open', uri, [group, editorOptions], undefined, event);
}

describe('a click in the Quotes view', () => {
  let opened: OpenedDocument;
  let command: vscode.Command;
  let rowElement: unknown;
  before(async () => {
    await closeAllEditors();
    opened = await openSampleArticle();
    const group = await speakerItem(opened.api, pompeo.name);
    const row = (await treeItems(opened.api, group.element)).find((c) => c.label.includes(pompeo.quote));
    assert.ok(row?.item.command, 'the quote row has a command');
    command = row.item.command;
    rowElement = row.element;
  });
  after(closeAllEditors);

  it('previews the quote: typing afterwards leaves the article unchanged', async () => {
    const before = opened.document.getText();
    await vscode.commands.executeCommand('onTheRecord.quotes.focus');
    await openRow(command, 'click');
    await vscode.commands.executeCommand('type', { text: 'x' });
    assert.equal(opened.document.getText(), before, 'the keystroke went to the article');
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === opened.document);
    assert.equal(editors.length, 1, 'the article is shown where it was, not opened again');
    const editor = editors[0];
    const quote = opened.analysis.quotes.find((q) => opened.document.getText().slice(q.outer.start, q.outer.end).includes(pompeo.quote))!;
    // The editor's selection reaches the extension host a moment after the workbench moved it.
    await eventually(() => assert.equal(opened.document.offsetAt(editor.selection.active), quote.outer.start, 'the cursor waits at the quote'));
    assert.ok(editor.selection.isEmpty, 'nothing is selected that a keystroke could replace');
  });

  it('highlights the quote of the selected row in the article', async () => {
    // The cursor left in the quote by the steps before would have the view select its row again (the view
    // follows the cursor, after a short wait): put it outside every quote and let that wait pass first.
    await vscode.window.showTextDocument(opened.document, { selection: new vscode.Range(0, 0, 0, 0), preserveFocus: true });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const group = await speakerItem(opened.api, pompeo.name);
    const other = (await treeItems(opened.api, group.element)).find((c) => !c.label.includes(pompeo.quote))!;
    await opened.api.quotesView.reveal(other.element, { select: true, focus: true });
    await opened.api.quotesView.reveal(rowElement, { select: true, focus: true });
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === opened.document)!;
    await eventually(() => {
      const range = opened.api.previewRangeIn(editor);
      assert.ok(range, 'a highlight is drawn');
      assert.ok(opened.document.getText(range).includes(pompeo.quote), opened.document.getText(range));
    });
    assert.ok(editor.selection.isEmpty, 'the highlight is not a selection');
  });

  it('Enter goes to the editor without selecting the quote', async () => {
    await vscode.commands.executeCommand('onTheRecord.quotes.focus');
    await openRow(command, 'enter');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document, opened.document);
    assert.ok(editor.selection.isEmpty, 'a keystroke in the editor cannot replace the quote');
    const before = opened.document.getText();
    await vscode.commands.executeCommand('type', { text: 'x' });
    assert.equal(opened.document.getText().length, before.length + 1, 'the editor has the focus');
    assert.ok(opened.document.getText().includes(pompeo.quote), 'the quote is still whole');
    await vscode.commands.executeCommand('undo');
    assert.equal(opened.document.getText(), before);
  });
});
