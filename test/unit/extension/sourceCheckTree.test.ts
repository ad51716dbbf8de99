import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/engine/analyze';
import { buildSourceIndex, checkOfQuote, checkQuotes, quotesToCheck, readSource } from '../../../src/engine/sourceCheck';
import type { Quote } from '../../../src/engine/types';
import { keepsQuote, REVIEW_FILTERS } from '../../../src/extension/reviewTree';
import { withSourceCheck } from '../../../src/extension/sourceCheckTree';
import { verificationSource } from '../../../src/extension/sourceCheckText';
import { buildQuoteTree } from '../../../src/extension/treeModel';

const FIXTURES = join(__dirname, '../../fixtures/sourceCheck');
const analysis = analyze(readFileSync(join(FIXTURES, 'article.txt'), 'utf8'));
const checks = checkQuotes(quotesToCheck(analysis), buildSourceIndex([readSource('transcripts/town-hall.txt', readFileSync(join(FIXTURES, 'town-hall.txt'), 'utf8'))]));
const quoteWith = (words: string, kind: Quote['kind'] = 'direct'): Quote => {
  const quote = analysis.quotes.find((q) => q.kind === kind && q.text.includes(words));
  if (!quote) throw new Error(`no ${kind} quote with "${words}"`);
  return quote;
};
const themeIcon = (id: string, color?: string) => ({ id, color }) as never;

describe('source check in the Quotes view', () => {
  it('finds each quote\'s check, and for a partly quoted sentence its quoted words\' worst result', () => {
    assert.equal(checkOfQuote(checks, quoteWith('I will vote for'))?.status, 'altered');
    assert.equal(checkOfQuote(checks, quoteWith('never raise fares'))?.status, 'not-found');
    const mixed = quoteWith('about eight dollars', 'mixed');
    const inside = checks.filter((c) => c.quote.start >= mixed.start && c.quote.end <= mixed.end);
    assert.ok(inside.length >= 2, 'the premise: a sentence with two quoted parts');
    assert.equal(checkOfQuote(checks, mixed), inside.find((c) => c.status !== 'matches') ?? inside[0]);
    assert.equal(checkOfQuote([], quoteWith('I will vote for')), undefined);
  });

  it('filters altered, speaker differs and not found', () => {
    assert.deepEqual(REVIEW_FILTERS.slice(-3).map((f) => f.label), ['Altered', 'Speaker differs', 'Not found']);
    const listed = (filter: 'altered' | 'speaker-differs' | 'not-found'): string[] =>
      buildQuoteTree(analysis, 'inOrder', { showReportedSpeech: true }, (q) => keepsQuote(filter, q, undefined, checkOfQuote(checks, q)?.status))
        .map((node) => (node.kind === 'quote' ? node.quote.text : ''));
    assert.deepEqual(listed('altered'), [quoteWith('I will vote for').text]);
    assert.deepEqual(listed('not-found'), [quoteWith('never raise fares').text]);
    assert.equal(listed('speaker-differs').length, 1);
    assert.match(listed('speaker-differs')[0], /Hiring drivers/);
    assert.equal(keepsQuote('altered', quoteWith('I will vote for'), undefined, undefined), false, 'no check ran: in no result filter');
  });

  it('gives a checked quote the result\'s icon unless a person\'s verdict sets one, and says the result', () => {
    const altered: { iconPath?: unknown; description?: string } = { description: 'line 7' };
    withSourceCheck(altered as never, checkOfQuote(checks, quoteWith('I will vote for')), false, themeIcon);
    assert.deepEqual(altered.iconPath, { id: 'diff', color: 'problemsWarningIcon.foreground' });
    assert.equal(altered.description, 'line 7 · source: altered');
    const verified: { iconPath?: unknown; description?: string } = { iconPath: 'pass', description: 'line 3 · verified' };
    withSourceCheck(verified as never, checkOfQuote(checks, quoteWith('Our buses')), true, themeIcon);
    assert.deepEqual([verified.iconPath, verified.description], ['pass', 'line 3 · verified · source: matches']);
    const unchecked: { iconPath?: unknown; description?: string } = { description: 'line 3' };
    withSourceCheck(unchecked as never, undefined, false, themeIcon);
    assert.deepEqual(unchecked, { description: 'line 3' });
  });

  it('records where the matching passage is as the verification\'s source', () => {
    assert.equal(verificationSource(checkOfQuote(checks, quoteWith('Our buses'))!), 'transcripts/town-hall.txt, line 6, 0:41');
  });
});
