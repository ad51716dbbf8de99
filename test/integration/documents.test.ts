import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lavrov, pompeo } from './facts';
import { closeAllEditors, hoverTextAt, note, openUntitled, positionOf, sampleArticlePath, show, shown, unescapeMarkdown } from './helpers';

const markdownArticle = [
  '---',
  'title: "Front matter is not a quotation"',
  '---',
  '',
  '# Talks in Sochi',
  '',
  'Secretary of State Mike Pompeo met Russian Foreign Minister Sergey Lavrov on Tuesday.',
  '',
  '"We have disagreement," Pompeo said.',
  '',
  '```text',
  '"A code sample is not a quotation," the log said.',
  '```',
  '',
  '"Democracy cannot be done by force," Lavrov countered. See [the transcript](https://example.invalid/"quoted").',
  '',
].join('\n');

function keys(opened: { api: { decorationsFor(e: vscode.TextEditor): { key: string }[] }; editor: vscode.TextEditor }): string[] {
  return opened.api.decorationsFor(opened.editor).map((s) => s.key);
}

describe('documents of every kind', () => {
  afterEach(closeAllEditors);

  it('Markdown: prose quotations are found, code and front matter are not', async () => {
    const workspace = process.env.ON_THE_RECORD_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0].uri.fsPath;
    const file = path.join(workspace, 'talks.md');
    fs.writeFileSync(file, markdownArticle);
    const opened = await show(await vscode.workspace.openTextDocument(file));
    assert.equal(opened.document.languageId, 'markdown');
    const texts = opened.analysis.quotes.map((q) => q.text);
    assert.ok(texts.some((t) => t.startsWith('We have disagreement')), `quotes: ${texts.join(' | ')}`);
    assert.ok(texts.some((t) => t.startsWith('Democracy cannot be done by force')), `quotes: ${texts.join(' | ')}`);
    assert.ok(!texts.some((t) => t.includes('code sample') || t.includes('Front matter')), `quotes: ${texts.join(' | ')}`);
    // Names are the engine's business (checked on the sample article); here: Markdown gets the same views.
    assert.ok(keys(opened).some((key) => /^speaker:.*Lavrov/.test(key)), `decorations: ${keys(opened).join(', ')}`);
    assert.ok(keys(opened).some((key) => /^speaker:.*Pompeo/.test(key)), `decorations: ${keys(opened).join(', ')}`);
    const card = unescapeMarkdown(await hoverTextAt(opened.document, positionOf(opened.document, 'Lavrov countered').translate(0, 1)));
    assert.match(card, /Lavrov/);
    assert.match(card, /\b1 quote\b/);
  });

  it('untitled: an unsaved new document is annotated and exported', async () => {
    const opened = await openUntitled(fs.readFileSync(sampleArticlePath, 'utf8'), 'plaintext');
    assert.equal(opened.document.uri.scheme, 'untitled');
    assert.ok(opened.analysis.quotes.length > 0);
    assert.ok(keys(opened).includes(`speaker:${pompeo.name}`), `decorations: ${keys(opened).join(', ')}`);
    const json = await vscode.commands.executeCommand<vscode.TextDocument>('onTheRecord.extractQuotes', { format: 'json' });
    assert.equal(JSON.parse(json.getText()).files[0].quotes.length, shown(opened.analysis).length);
  });

  it('untitled: a document typed from scratch is analysed as it is typed', async () => {
    const opened = await openUntitled('', 'plaintext');
    await opened.editor.edit((edit) => edit.insert(new vscode.Position(0, 0), `Sergey Lavrov, the Russian Foreign Minister, spoke.\n\n"${lavrov.quote}" Lavrov said.\n`));
    await opened.api.whenIdle();
    const analysis = await opened.api.analysisFor(opened.document.uri);
    assert.equal(analysis?.quotes.length, 1);
    assert.match(analysis?.quotes[0].attribution.speaker ?? '', /Lavrov/);
    assert.ok(keys(opened).some((key) => /^speaker:.*Lavrov/.test(key)), `decorations: ${keys(opened).join(', ')}`);
  });

  it('unbalanced: an unpaired quotation mark is listed in the Problems panel, and the rest is still read', async () => {
    const text = 'Dana Reyes spoke first. "We will not wait, she said.\n\nTom Barrow answered: "The budget is fine."\n';
    const opened = await openUntitled(text, 'plaintext');
    const diagnostics = vscode.languages.getDiagnostics(opened.document.uri);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics.map((d) => d.message)));
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Information);
    assert.match(diagnostics[0].message, /not closed/);
    assert.equal(opened.document.offsetAt(diagnostics[0].range.start), text.indexOf('"We'));
    assert.ok(shown(opened.analysis).some((q) => q.text.startsWith('The budget is fine') && q.attribution.speaker === 'Tom Barrow'));
    assert.equal(opened.document.getText(), text, 'the document is left as it was');
  });

  it('large: a document past the size limit is analysed up to the limit', async function () {
    this.timeout(120_000);
    // A lower limit than the default keeps the run short; the path is the same as for a 2 MB article.
    const limitKB = 512;
    const settings = vscode.workspace.getConfiguration('onTheRecord');
    await settings.update('maxFileSizeKB', limitKB, vscode.ConfigurationTarget.Global);
    try {
      const sample = fs.readFileSync(sampleArticlePath, 'utf8');
      const copies = Math.ceil((2 * limitKB * 1024) / sample.length);
      const started = Date.now();
      const opened = await openUntitled(Array(copies).fill(sample).join('\n\n'), 'plaintext');
      const seconds = (Date.now() - started) / 1000;
      const { analysis } = opened;
      assert.ok(analysis.textLength > limitKB * 1024);
      assert.ok(analysis.analyzedLength <= limitKB * 1024, `analysed ${analysis.analyzedLength} characters`);
      assert.ok(analysis.problems.some((p) => p.kind === 'truncated'), 'the truncation is reported');
      const perCopy = opened.analysis.quotes.filter((q) => q.outer.end <= sample.length).length;
      assert.ok(analysis.quotes.length >= perCopy * Math.floor((limitKB * 1024) / (sample.length + 2)), `${analysis.quotes.length} quotes`);
      assert.ok(analysis.quotes.every((q) => q.outer.end <= analysis.analyzedLength));
      const drawn = opened.api.decorationsFor(opened.editor).filter((s) => s.key !== 'low-confidence').reduce((n, s) => n + s.ranges.length, 0);
      assert.equal(drawn, shown(analysis).length);
      note(`      large document: ${(analysis.textLength / 1024).toFixed(0)} KB, ${analysis.quotes.length} quotes in the first ${limitKB} KB, ${seconds.toFixed(1)} s`);
    } finally {
      await settings.update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
