// One definition of the quotes a reader is shown: the tree, the status bar, every export and the CLI
// count the same quotes on a real article (the seed the editor tests open).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/engine';
import { exportQuotes } from '../../../src/export';
import { shownQuotes } from '../../../src/engine/shown';
import { buildQuoteTree, quoteCounts } from '../../../src/extension/treeModel';
import { run } from '../../../src/cli/run';

const file = path.join(__dirname, '../../../seeds/000_70231c3abc8c0ee5.txt');
const text = fs.readFileSync(file, 'utf8');

describe('the quotes a reader is shown, counted everywhere', () => {
  const analysis = analyze(text);
  const shown = shownQuotes(analysis, { showReportedSpeech: true });
  const input = [{ file: 'sample.txt', text, analysis }];

  it('holds partly quoted sentences whose fragments are quotations of their own', () => {
    const nested = analysis.quotes.filter((q) => q.depth === 0 && q.usage === 'speech' && !shown.includes(q));
    assert.ok(nested.length > 0, 'the sample has fragments inside mixed quotes (else this test proves nothing)');
  });

  it('the tree and the status bar count the shown quotes', () => {
    const tree = buildQuoteTree(analysis, 'bySpeaker', { showReportedSpeech: true });
    const inTree = tree.reduce((n, node) => n + (node.kind === 'speaker' ? node.quotes.length : 1), 0);
    assert.equal(inTree, shown.length);
    assert.equal(quoteCounts(analysis, { showReportedSpeech: true }).quotes, shown.length);
  });

  it('Markdown states the same total and the same count per speaker as the tree', () => {
    const markdown = exportQuotes(input, 'markdown');
    assert.match(markdown, new RegExp(`^${shown.length} quotes from`, 'm'));
    const tree = buildQuoteTree(analysis, 'bySpeaker', { showReportedSpeech: true });
    for (const node of tree) {
      if (node.kind !== 'speaker' || node.speaker === null) continue;
      assert.match(markdown, new RegExp(`^### ${node.speaker}.*\\(${node.quotes.length} quotes?\\)$`, 'm'));
    }
  });

  it('JSON lists the shown quotes, each fragment under its sentence', () => {
    const json = JSON.parse(exportQuotes(input, 'json')) as { files: Array<{ quotes: Array<{ start: number; kind: string; fragments: Array<{ start: number; end: number }> }> }> };
    const quotes = json.files[0].quotes;
    assert.deepEqual(quotes.map((q) => q.start), shown.map((q) => q.start));
    const withFragments = quotes.filter((q) => q.fragments.length > 0);
    assert.ok(withFragments.length > 0);
    for (const quote of withFragments) {
      const container = shown.find((q) => q.start === quote.start)!;
      for (const fragment of quote.fragments) assert.ok(fragment.start >= container.outer.start && fragment.end <= container.outer.end);
    }
  });

  it('CSV has one row per shown quote', () => {
    const rows = exportQuotes(input, 'csv').trimEnd().split(/\r?\n(?=sample\.txt,)/);
    assert.equal(rows.length - 1, shown.length);
  });

  it('the CLI says how many it wrote by the same count', async () => {
    const out = path.join(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'otr-')), 'quotes.md');
    let stderr = '';
    await run(['extract', '--output', out, file], { stdout: () => undefined, stderr: (t) => void (stderr += t) });
    assert.match(stderr, new RegExp(`; ${shown.length} quotes written to `));
  });
});
