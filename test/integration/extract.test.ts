import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseCsv } from './csv';
import { lavrov, pompeo } from './facts';
import { closeAllEditors, openSampleArticle, shown, type OpenedDocument } from './helpers';

async function extract(opened: OpenedDocument, format: 'markdown' | 'json' | 'csv'): Promise<vscode.TextDocument> {
  await vscode.window.showTextDocument(opened.document);
  const result = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('onTheRecord.extractQuotes', { format });
  assert.ok(result, `Extract Quotes (${format}) returned a document`);
  assert.notEqual(result.uri.toString(), opened.document.uri.toString());
  return result;
}

describe('Extract Quotes on the sample article', () => {
  let opened: OpenedDocument;
  before(async () => {
    opened = await openSampleArticle();
  });

  it('exports Markdown grouped by speaker', async () => {
    const result = await extract(opened, 'markdown');
    assert.equal(result.languageId, 'markdown');
    // Save puts it beside the article under a name that says what it is.
    assert.equal(result.uri.scheme, 'untitled');
    assert.match(result.uri.path, /\/000_70231c3abc8c0ee5-quotes(-\d+)?\.md$/);
    const text = result.getText();
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    assert.ok(headings.some((h) => h.includes(lavrov.name)), `headings: ${headings.join(' | ')}`);
    assert.ok(headings.some((h) => h.includes(pompeo.name)), `headings: ${headings.join(' | ')}`);
    assert.ok(text.includes(lavrov.quote.replace(/\.$/, '')), 'the "force" quote is exported');
  });

  it('exports JSON with every quote and its speaker', async () => {
    const result = await extract(opened, 'json');
    assert.equal(result.languageId, 'json');
    const exported = JSON.parse(result.getText()) as { files: { quotes: { text: string; speaker: string | null }[] }[] };
    assert.equal(exported.files.length, 1);
    const quotes = exported.files[0].quotes;
    // The quotes the tree and the status bar count: a partly quoted sentence's fragments sit inside it.
    assert.equal(quotes.length, shown(opened.analysis).length);
    assert.equal(quotes.find((q) => q.text.includes(lavrov.quote))?.speaker, lavrov.name);
    assert.equal(quotes.find((q) => q.text.includes(pompeo.quote))?.speaker, pompeo.name);
  });

  it('exports CSV with a header and one row per quote', async () => {
    const result = await extract(opened, 'csv');
    assert.match(result.uri.path, /-quotes(-\d+)?\.csv$/);
    const csvKnown = (await vscode.languages.getLanguages()).includes('csv');
    assert.equal(result.languageId, csvKnown ? 'csv' : 'plaintext');
    const [header, ...rows] = parseCsv(result.getText().trimEnd());
    const speakerColumn = header.indexOf('speaker');
    const textColumn = header.findIndex((name) => name === 'text' || name === 'quote');
    assert.ok(speakerColumn >= 0 && textColumn >= 0, `header: ${header.join(',')}`);
    assert.equal(rows.length, shown(opened.analysis).length);
    assert.ok(rows.every((row) => row.length === header.length), 'every row has every column');
    assert.equal(rows.find((row) => row[textColumn].includes(lavrov.quote))?.[speakerColumn], lavrov.name);
  });

  it('leaves its own result unannotated: an export is not an article', async () => {
    const result = await extract(opened, 'markdown');
    assert.ok(result.getText().includes('"'), 'the export holds quotation marks that could be mistaken for quotes');
    await opened.api.whenIdle();
    assert.equal(await opened.api.analysisFor(result.uri), undefined);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === result);
    assert.ok(editor, 'the export is shown');
    assert.deepEqual(opened.api.decorationsFor(editor), []);
  });

  after(closeAllEditors);
});
