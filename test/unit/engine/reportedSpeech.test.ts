/** Reported (indirect) speech: paraphrased content given to its speaker, next to or instead of quotations. */
import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import type { Quote } from '../../../src/engine/types';
import { direct } from '../../fixtures/engine/helpers';
import { shownQuotes } from '../../../src/engine/shown';

const reportedItems = (text: string): Quote[] => analyze(text).quotes.filter((q) => q.kind !== 'direct');

/** The only reported item of `text`, checked to point at the text it claims. */
function onlyReported(text: string): Quote {
  const items = reportedItems(text);
  assert.strictEqual(items.length, 1, JSON.stringify(items.map((q) => q.text)));
  const item = items[0];
  assert.strictEqual(text.slice(item.start, item.end), item.text);
  assert.strictEqual(item.usage, 'speech');
  return item;
}

describe('engine: reported speech', () => {
  it('"X said …": the clause after the cue', () => {
    const item = onlyReported('Dana Reyes said the budget would pass.');
    assert.strictEqual(item.kind, 'reported');
    assert.strictEqual(item.text, 'the budget would pass');
    assert.strictEqual(item.attribution.speaker, 'Dana Reyes');
    assert.strictEqual(item.attribution.cue, 'said');
    assert.ok(item.attribution.rule.startsWith('reported speech'), item.attribution.rule);
    assert.deepStrictEqual(item.outer, { start: item.start, end: item.end });
  });

  it('"…, X said.": the content before the tag', () => {
    const item = onlyReported('The budget would pass, Dana Reyes said.');
    assert.strictEqual(item.kind, 'reported');
    assert.strictEqual(item.text, 'The budget would pass');
    assert.strictEqual(item.attribution.speaker, 'Dana Reyes');
  });

  it('"According to X, …": the clause after the source', () => {
    const item = onlyReported('According to Dana Reyes, the budget will pass.');
    assert.strictEqual(item.text, 'the budget will pass');
    assert.strictEqual(item.attribution.speaker, 'Dana Reyes');
    assert.strictEqual(item.attribution.cue, 'according to');
  });

  it('"…, according to X.": the clause before the source', () => {
    const item = onlyReported('The budget will pass, according to Dana Reyes.');
    assert.strictEqual(item.text, 'The budget will pass');
    assert.strictEqual(item.attribution.speaker, 'Dana Reyes');
    assert.strictEqual(item.attribution.cue, 'according to');
  });

  it('a paraphrase holding a quoted fragment is mixed', () => {
    const text = 'Dana Reyes said the plan was "a disaster" for the city.';
    const item = onlyReported(text);
    assert.strictEqual(item.kind, 'mixed');
    assert.strictEqual(item.text, 'the plan was "a disaster" for the city');
    assert.strictEqual(item.attribution.speaker, 'Dana Reyes');
    assert.deepStrictEqual(direct(analyze(text)).map((q) => q.text), ['a disaster']);
  });

  it('"adding that …" after a quotation’s tag reports more', () => {
    const item = onlyReported('"We counted every ballot," Dana Reyes said, adding that the vote was close.');
    assert.strictEqual(item.kind, 'reported');
    assert.strictEqual(item.text, 'the vote was close');
    assert.strictEqual(item.attribution.speaker, 'Dana Reyes');
  });

  it('circumstances between the cue and "that" are skipped', () => {
    const item = onlyReported('Dana Reyes said at a meeting in Eastport that taxes would rise.');
    assert.strictEqual(item.text, 'taxes would rise');
    assert.strictEqual(item.attribution.speaker, 'Dana Reyes');
  });

  it('a tag after a quotation does not report the quotation’s own sentence again ("citing …")', () => {
    const text = '"Taxes will rise," Dana Reyes said, citing the deficit.';
    assert.deepStrictEqual(reportedItems(text).filter((q) => q.text.includes('citing') || q.text.includes('deficit')), []);
    assert.strictEqual(direct(analyze(text))[0].attribution.speaker, 'Dana Reyes');
  });

  it('a paraphrase stops before a quotation introduced as one: that quotation stays a direct quote', () => {
    const text = 'When Dana Reyes noted that the bridge was late, Omar Fields shot back, "That makes me careful."';
    const shown = shownQuotes(analyze(text), { showReportedSpeech: true });
    const quote = shown.find((q) => q.text === 'That makes me careful.');
    assert.ok(quote, JSON.stringify(shown.map((q) => q.text)));
    assert.strictEqual(quote.kind, 'direct');
    assert.strictEqual(quote.attribution.speaker, 'Omar Fields');
    assert.ok(!shown.some((q) => q.kind !== 'direct' && q.outer.end > text.indexOf('"')), 'no paraphrase runs into the quotation');
  });

  it('"says of X, …" has the quotation as its content, not a paraphrase', () => {
    const text = 'The mayor, Dana Reyes, says of the council, "They will regret this vote."';
    const shown = shownQuotes(analyze(text), { showReportedSpeech: true });
    assert.deepStrictEqual(shown.map((q) => [q.kind, q.text]), [['direct', 'They will regret this vote.']]);
  });

  it('a quotation that runs on from the clause ("… who, "in fits and starts …"") stays a fragment of it', () => {
    const text = 'Dana Reyes said the crews, "in fits and starts, are getting there."';
    const item = onlyReported(text);
    assert.strictEqual(item.kind, 'mixed');
    assert.ok(item.text.endsWith('getting there."'), item.text);
    assert.deepStrictEqual(shownQuotes(analyze(text), { showReportedSpeech: true }).map((q) => q.kind), ['mixed']);
  });

  it('the option reported: false leaves reported speech out', () => {
    assert.deepStrictEqual(analyze('Dana Reyes said the budget would pass.', { reported: false }).quotes, []);
  });
});
