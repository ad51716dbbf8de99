import * as assert from 'node:assert/strict';
import { mentionAt, quoteAt } from '../../../src/extension/lookup';
import { adjacentQuote, shownQuotes } from '../../../src/extension/quoteFilter';
import { makeAnalysis, spanOf } from './fixture';

describe('quote navigation and lookup', () => {
  const analysis = makeAnalysis();
  const quotes = shownQuotes(analysis, { showReportedSpeech: true });

  it('moves to the next and previous quote, wrapping around the document', () => {
    const first = quotes[0];
    const last = quotes[quotes.length - 1];
    assert.equal(adjacentQuote(quotes, 0, 'next'), first);
    assert.equal(adjacentQuote(quotes, first.outer.start, 'next'), quotes[1]);
    assert.equal(adjacentQuote(quotes, last.outer.start, 'next'), first);
    assert.equal(adjacentQuote(quotes, quotes[1].outer.start, 'previous'), first);
    assert.equal(adjacentQuote(quotes, first.outer.start, 'previous'), last);
    assert.equal(adjacentQuote([], 10, 'next'), undefined);
  });

  it('skips nested quotes when navigating', () => {
    assert.ok(quotes.every((q) => q.depth === 0));
    assert.equal(quotes.length, 7);
  });

  it('treats a quote inside another (the fragment of a mixed quote) as nested even at depth 0', () => {
    const fragment = analysis.quotes[1]; // "negotiations"
    const container = {
      ...fragment,
      kind: 'mixed' as const,
      outer: spanOf('they held "negotiations" on Venezuela'),
      text: 'they held "negotiations" on Venezuela',
    };
    const withContainer = { ...analysis, quotes: [...analysis.quotes, container] };
    const shown = shownQuotes(withContainer, { showReportedSpeech: true });
    assert.equal(shown.length, 7);
    assert.ok(shown.includes(container));
    assert.ok(!shown.includes(fragment));
    assert.deepEqual(
      shown.map((q) => q.outer.start),
      [...shown.map((q) => q.outer.start)].sort((a, b) => a - b),
    );
  });

  it('finds the entity mention under the cursor', () => {
    const lavrov = spanOf('Lavrov', 2);
    assert.equal(mentionAt(analysis, lavrov.start)?.entity.name, 'Sergey Lavrov');
    assert.equal(mentionAt(analysis, lavrov.end - 1)?.mention.start, lavrov.start);
    assert.equal(mentionAt(analysis, lavrov.end), undefined);
    assert.equal(mentionAt(analysis, spanOf('Mike').start)?.mention.kind, 'title');
    assert.equal(mentionAt(analysis, spanOf('Venezuela').start), undefined);
  });

  it('finds the innermost quote, including the position just after its closing mark', () => {
    const outer = analysis.quotes[3];
    const nested = analysis.quotes[4];
    assert.equal(quoteAt(analysis.quotes, nested.start), nested);
    assert.equal(quoteAt(analysis.quotes, outer.outer.start), outer);
    assert.equal(quoteAt(analysis.quotes, outer.outer.end), outer);
    assert.equal(quoteAt(analysis.quotes, spanOf('Sochi').start), undefined);
  });
});
