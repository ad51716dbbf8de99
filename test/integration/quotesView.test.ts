import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lavrov, pompeo } from './facts';
import { closeAllEditors, eventually, hoverTextAt, openSampleArticle, positionOf, shown, speakerItem, type OpenedDocument } from './helpers';

describe('the Quotes view as a reader uses it', () => {
  let opened: OpenedDocument;
  before(async () => {
    await closeAllEditors();
    opened = await openSampleArticle();
  });
  after(closeAllEditors);

  it('follows the cursor: the quote under it is selected in the view', async () => {
    await vscode.commands.executeCommand('onTheRecord.quotes.focus');
    const quote = shown(opened.analysis).find((q) => opened.document.getText().slice(q.outer.start, q.outer.end).includes(lavrov.quote))!;
    const inside = opened.document.positionAt(quote.outer.start + 3);
    await vscode.window.showTextDocument(opened.document, { selection: new vscode.Range(inside, inside), preserveFocus: true });
    await eventually(() => {
      const selected = opened.api.quotesView.selection as Array<{ kind: string; quote?: { outer: { start: number } } }>;
      assert.equal(selected[0]?.quote?.outer.start, quote.outer.start);
    });
  });

  it("copies all of a speaker's quotes from the speaker's row", async () => {
    const group = await speakerItem(opened.api, pompeo.name);
    assert.equal(group.item.contextValue, 'speaker');
    await vscode.commands.executeCommand('onTheRecord.copySpeakerQuotes', group.element);
    const copied = await vscode.env.clipboard.readText();
    const count = shown(opened.analysis).filter((q) => q.attribution.speaker === pompeo.name).length;
    assert.equal(copied.trim().split('\n\n').length, count);
    assert.ok(copied.includes(`“${pompeo.quote}” — ${pompeo.name}`), copied.slice(0, 200));
  });

  it("extracts only that speaker's quotes, named for saving beside the article", async () => {
    const group = await speakerItem(opened.api, lavrov.name);
    const result = await vscode.commands.executeCommand<vscode.TextDocument>('onTheRecord.extractSpeakerQuotes', group.element, { format: 'markdown' });
    assert.equal(result.languageId, 'markdown');
    assert.equal(result.uri.scheme, 'untitled');
    assert.match(result.uri.path, /\/000_70231c3abc8c0ee5-sergey-lavrov-quotes\.md$/);
    const headings = result.getText().split('\n').filter((line) => line.startsWith('### '));
    assert.deepEqual(headings.map((h) => h.replace(/ \(.*$/, '').replace(/ — .*$/, '')), [`### ${lavrov.name}`]);
  });

  it('links "and N more" on an entity card to the speaker in the view', async () => {
    await vscode.window.showTextDocument(opened.document);
    const text = await hoverTextAt(opened.document, positionOf(opened.document, 'Lavrov said', 0).translate(0, 2));
    assert.match(text, /\[and \d+ more\]\(command:onTheRecord\.showSpeakerQuotes\?/);
    await vscode.commands.executeCommand('onTheRecord.showSpeakerQuotes', lavrov.name);
    await eventually(() => {
      const selected = opened.api.quotesView.selection as Array<{ kind: string; speaker?: string }>;
      assert.equal(selected[0]?.speaker, lavrov.name);
    });
  });
});
