import * as assert from 'node:assert/strict';
import { quoteLabel, quoteWithAttribution, surnameOf, trimQuoteText } from '../../../src/extension/labels';
import { makeAnalysis } from './fixture';

describe('extension labels', () => {
  const analysis = makeAnalysis();
  const [tolerate, negotiations, , , , nobody, reported, uncertain] = analysis.quotes;

  it('takes the surname, skipping generational suffixes', () => {
    assert.equal(surnameOf('Mike Pompeo'), 'Pompeo');
    assert.equal(surnameOf('Martin Luther King Jr.'), 'King');
    assert.equal(surnameOf('Madonna'), 'Madonna');
  });

  it('names the speaker in full or by surname', () => {
    assert.equal(quoteLabel(tolerate, analysis, 'fullName'), '— Mike Pompeo');
    assert.equal(quoteLabel(tolerate, analysis, 'surname'), '— Pompeo');
    assert.equal(quoteLabel(negotiations, analysis, 'surname'), '— Lavrov');
  });

  it('keeps an unnamed source phrase whole even in surname style', () => {
    const official = { ...tolerate, attribution: { ...tolerate.attribution, speaker: 'a senior State Department official', entityId: null } };
    assert.equal(quoteLabel(official, analysis, 'surname'), '— a senior State Department official');
  });

  it('marks unattributed and uncertain quotes in the label text', () => {
    assert.equal(quoteLabel(nobody, analysis, 'fullName'), '— unattributed');
    assert.equal(quoteLabel(uncertain, analysis, 'fullName'), '— Sergey Lavrov (?)');
    assert.equal(quoteLabel(reported, analysis, 'surname'), '— Pompeo');
  });

  it('trims long quotes on a word boundary and never splits an emoji', () => {
    assert.equal(trimQuoteText('  short\n quote '), 'short quote');
    const long = 'word '.repeat(40);
    const trimmed = trimQuoteText(long, 30);
    assert.ok(trimmed.length <= 30, trimmed);
    assert.ok(trimmed.endsWith('word…'), trimmed);
    const emoji = `${'a'.repeat(8)}🎉${'b'.repeat(20)}`;
    const cut = trimQuoteText(emoji, 10); // the cut falls between the emoji's two UTF-16 units
    assert.equal(cut, `${'a'.repeat(8)}…`);
  });

  it('copies a quote with its speaker and line', () => {
    assert.equal(quoteWithAttribution(tolerate, analysis), '“We would not tolerate that,” — Mike Pompeo (line 2)');
    assert.equal(quoteWithAttribution(reported, analysis), 'Russia must stop interfering — Mike Pompeo (line 6)');
    assert.equal(quoteWithAttribution(uncertain, analysis), '“we never interfered.” — Sergey Lavrov (line 7, uncertain)');
    assert.equal(quoteWithAttribution(nobody, analysis), '“Nobody knows what comes next.” — unattributed (line 5)');
    const mixed = { ...negotiations, text: 'they held "negotiations"' };
    assert.equal(quoteWithAttribution(mixed, analysis), 'they held "negotiations" — Sergey Lavrov (line 3)');
  });
});
