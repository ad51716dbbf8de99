import * as assert from 'node:assert/strict';
import { speakerColorsFor } from '../../../src/extension/speakerColors';
import { buildQuoteTree, quoteCounts, type SpeakerNode } from '../../../src/extension/treeModel';
import { makeAnalysis } from './fixture';

describe('quotes tree model', () => {
  const analysis = makeAnalysis();
  const withReported = { showReportedSpeech: true };

  it('groups quotes by speaker, most quoted first, unattributed last', () => {
    const roots = buildQuoteTree(analysis, 'bySpeaker', withReported) as SpeakerNode[];
    assert.deepEqual(
      roots.map((r) => [r.label, r.description]),
      [
        ['Mike Pompeo', '4 quotes'],
        ['Sergey Lavrov', '2 quotes'],
        ['Unattributed', '1 quote'],
      ],
    );
    assert.equal(roots[2].speaker, null);
  });

  it('lists a speaker’s quotes in document order with trimmed text and line, nested quotes left out', () => {
    const [pompeo] = buildQuoteTree(analysis, 'bySpeaker', withReported) as SpeakerNode[];
    assert.deepEqual(
      pompeo.quotes.map((q) => [q.label, q.description]),
      [
        ['“We would not tolerate that,”', 'line 2'],
        ['“It is a 🎉 day,”', 'line 4'],
        ['“and \'a new start\' for us.”', 'line 4'],
        ['Russia must stop interfering', 'line 6 · reported'],
      ],
    );
  });

  it('leaves out quotations that are not speech (scare quotes, titles)', () => {
    const listed = buildQuoteTree(analysis, 'inOrder', withReported).map((n) => (n.kind === 'quote' ? n.quote.usage : 'group'));
    assert.equal(listed.length, 7);
    assert.ok(listed.every((usage) => usage === 'speech'));
  });

  it('leaves reported speech out when the setting says so', () => {
    const [pompeo] = buildQuoteTree(analysis, 'bySpeaker', { showReportedSpeech: false }) as SpeakerNode[];
    assert.equal(pompeo.description, '3 quotes');
    assert.ok(pompeo.quotes.every((q) => q.quote.kind !== 'reported'));
  });

  it('lists every top-level quote in order, each led by its speaker', () => {
    const nodes = buildQuoteTree(analysis, 'inOrder', withReported);
    assert.ok(nodes.every((n) => n.kind === 'quote'));
    assert.deepEqual(
      nodes.map((n) => [n.label.slice(0, n.label.indexOf(':')), n.description]),
      [
        ['Mike Pompeo', 'line 2'],
        ['Sergey Lavrov', 'line 3'],
        ['Mike Pompeo', 'line 4'],
        ['Mike Pompeo', 'line 4'],
        ['Unattributed', 'line 5'],
        ['Mike Pompeo', 'line 6 · reported'],
        ['Sergey Lavrov', 'line 7 · uncertain'],
      ],
    );
  });

  it('gives groups and quotes the same colour slot as the decorations, and unique ids', () => {
    const colors = speakerColorsFor(analysis.quotes);
    const roots = buildQuoteTree(analysis, 'bySpeaker', withReported) as SpeakerNode[];
    for (const root of roots) {
      const expected = root.speaker === null ? null : colors.get(root.speaker);
      assert.equal(root.colorSlot, expected);
      for (const quote of root.quotes) assert.equal(quote.colorSlot, expected);
    }
    const ids = roots.flatMap((r) => [r.id, ...r.quotes.map((q) => q.id)]);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('lists the Unattributed group first when asked', () => {
    const roots = buildQuoteTree(analysis, 'bySpeaker', { showReportedSpeech: true, unattributedFirst: true }) as SpeakerNode[];
    assert.deepEqual(roots.map((r) => r.label), ['Unattributed', 'Mike Pompeo', 'Sergey Lavrov']);
  });

  it('is empty for a document without quotes', () => {
    const empty = { quotes: [], entities: [], problems: [], analyzedLength: 0, textLength: 0 };
    assert.deepEqual(buildQuoteTree(empty, 'bySpeaker', withReported), []);
    assert.deepEqual(buildQuoteTree(empty, 'inOrder', withReported), []);
  });

  it('counts shown quotes and named speakers for the status bar', () => {
    assert.deepEqual(quoteCounts(analysis, withReported), { quotes: 7, speakers: 2 });
    assert.deepEqual(quoteCounts(analysis, { showReportedSpeech: false }), { quotes: 6, speakers: 2 });
  });
});
