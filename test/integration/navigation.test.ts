import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Quote } from '../../src/engine/types';
import { eventually, openSampleArticle, shown, type OpenedDocument } from './helpers';

describe('quote navigation on the sample article', () => {
  let opened: OpenedDocument;
  let quotes: Quote[];
  before(async () => {
    opened = await openSampleArticle();
    quotes = shown(opened.analysis).sort((a, b) => a.outer.start - b.outer.start);
    assert.ok(quotes.length >= 3, 'the article has quotes to move between');
  });

  /** Where the cursor stands, checking that nothing is selected and that it is at a quotation's opening mark. */
  function selectedStart(): number {
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.selection.isEmpty, 'nothing is selected: a keystroke cannot replace the quote');
    const start = editor.document.offsetAt(editor.selection.start);
    assert.ok(opened.analysis.quotes.some((q) => q.outer.start === start), `the cursor (${start}) is at a quotation's opening mark`);
    return start;
  }

  /** Through the workbench (not a local assignment), so no older selection event from it can overwrite this one. */
  async function placeCursor(offset: number): Promise<void> {
    const position = opened.document.positionAt(offset);
    await vscode.window.showTextDocument(opened.document, { selection: new vscode.Range(position, position), preview: false });
  }

  it('Next Quote moves to the following quotations in document order', async () => {
    await placeCursor(0);
    for (const quote of quotes.slice(0, 3)) {
      await vscode.commands.executeCommand('onTheRecord.nextQuote');
      assert.equal(selectedStart(), quote.outer.start);
    }
  });

  it('Previous Quote goes back', async () => {
    await placeCursor(quotes[2].outer.start);
    await vscode.commands.executeCommand('onTheRecord.previousQuote');
    assert.equal(selectedStart(), quotes[1].outer.start);
  });

  it('wraps around at either end', async () => {
    await placeCursor(opened.document.getText().length);
    await vscode.commands.executeCommand('onTheRecord.nextQuote');
    assert.equal(selectedStart(), quotes[0].outer.start);
    await vscode.commands.executeCommand('onTheRecord.previousQuote');
    assert.equal(selectedStart(), quotes[quotes.length - 1].outer.start);
  });

  it('reveals the selected quotation', async () => {
    await placeCursor(quotes[quotes.length - 2].outer.end);
    await vscode.commands.executeCommand('onTheRecord.nextQuote');
    const editor = vscode.window.activeTextEditor!;
    // The visible ranges reach the extension host a moment after the editor scrolled.
    await eventually(() => assert.ok(editor.visibleRanges.some((range) => range.contains(editor.selection.start)), 'the quote is scrolled into view'));
  });

  it('leaves the quote whole when the user types after Next Quote', async () => {
    await placeCursor(0);
    await vscode.commands.executeCommand('onTheRecord.nextQuote');
    const before = opened.document.getText();
    const editor = vscode.window.activeTextEditor!;
    await vscode.commands.executeCommand('type', { text: 'x' });
    try {
      const after = opened.document.getText();
      assert.equal(after.length, before.length + 1, 'one character was inserted, none replaced');
      assert.ok(after.includes(quotes[0].text), 'the quote is still there');
    } finally {
      await vscode.commands.executeCommand('undo');
    }
    assert.equal(editor.document.getText(), before);
  });
});
