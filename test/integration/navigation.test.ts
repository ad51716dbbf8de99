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

  /** Where the selection starts, checking that it covers a whole quotation. */
  function selectedStart(): number {
    const editor = vscode.window.activeTextEditor!;
    const start = editor.document.offsetAt(editor.selection.start);
    const end = editor.document.offsetAt(editor.selection.end);
    assert.ok(opened.analysis.quotes.some((q) => q.outer.start === start && q.outer.end === end), `selection ${start}-${end} is a quotation`);
    return start;
  }

  /** Through the workbench (not a local assignment), so no older selection event from it can overwrite this one. */
  async function placeCursor(offset: number): Promise<void> {
    const position = opened.document.positionAt(offset);
    await vscode.window.showTextDocument(opened.document, { selection: new vscode.Range(position, position), preview: false });
  }

  it('Next Quote selects the following quotations in document order', async () => {
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
});
