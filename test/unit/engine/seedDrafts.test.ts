import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../../src/engine/analyze';
import { assertOffsetsMatch, direct, directSpeech, entityNamed, quoteWith, slice } from '../../fixtures/engine/helpers';

const seed = (name: string): string => readFileSync(join(__dirname, '../../../seeds', name), 'utf8');

describe('engine: seeds/draft-city-council.md (Markdown)', () => {
  const text = seed('draft-city-council.md');
  const a = analyze(text, { language: 'markdown' });

  it('ignores front matter, code blocks, inline code and link targets', () => {
    const frontMatterEnd = text.indexOf('\n---', 4);
    const ignored = ['status = "pending"', '"Harbor Bridge repairs"', '"defer"', 'doc="bridge"', "q='pier'"].map((s) => text.indexOf(s));
    assert.ok(ignored.every((at) => at > 0));
    for (const q of a.quotes) {
      assert.ok(q.outer.start > frontMatterEnd, `front matter quote: ${q.text}`);
      for (const at of ignored) assert.ok(q.outer.end <= at || q.outer.start > at + 25, `masked quote: ${q.text}`);
    }
    assert.deepStrictEqual(a.problems, []);
    assertOffsetsMatch(text, a);
  });

  it('reads the same file as plain text differently (the masking is what hides the code)', () => {
    const plain = analyze(text);
    assert.ok(direct(plain).some((q) => q.text === 'pending' || q.text === 'defer'));
  });

  it('finds the seven spoken quotations and the title of a memo', () => {
    assert.strictEqual(directSpeech(a).length, 7, JSON.stringify(directSpeech(a).map((q) => q.text.slice(0, 30))));
    const memo = quoteWith(a, 'Load Assessment');
    assert.strictEqual(memo.usage, 'title');
    assert.strictEqual(memo.attribution.speaker, null);
  });

  it('credits the mayor through her surname and through "She added"', () => {
    const varga = entityNamed(a, 'Elena Varga');
    assert.strictEqual(varga.role, 'Mayor');
    assert.ok(varga.aliases.includes('Varga'));
    assert.strictEqual(quoteWith(a, 'eleven years').attribution.speaker, 'Elena Varga');
    assert.strictEqual(quoteWith(a, 'in a drawer').attribution.speaker, 'Elena Varga');
    const added = quoteWith(a, 'not ambiguous').attribution;
    assert.strictEqual(added.speaker, 'Elena Varga');
    assert.strictEqual(slice(text, added.speakerSpan), 'She');
    assert.strictEqual(quoteWith(a, 'every member of this council').attribution.speaker, 'Elena Varga');
  });

  it('credits the council member through "he said" and the multi-paragraph quote', () => {
    const pronoun = quoteWith(a, 'Nobody asked').attribution;
    assert.strictEqual(pronoun.speaker, 'Victor Hale');
    assert.strictEqual(slice(text, pronoun.speakerSpan), 'he');
    const long = quoteWith(a, 'ferry lines');
    assert.strictEqual(long.multiParagraph, true);
    assert.ok(long.text.includes('commute doubles') && long.text.endsWith('one more month of study,'));
    assert.strictEqual(long.attribution.speaker, 'Victor Hale');
  });

  it('credits the engineer through "according to"', () => {
    const a2 = quoteWith(a, 'north pier').attribution;
    assert.strictEqual(a2.speaker, 'Priya Lund');
    assert.strictEqual(a2.cue, 'according to');
  });
});

describe('engine: seeds/draft-senate-hearing.txt (CRLF plain text)', () => {
  const text = seed('draft-senate-hearing.txt');
  const a = analyze(text);

  it('is written with CRLF line endings and keeps offsets and lines right', () => {
    assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text));
    assertOffsetsMatch(text, a);
    assert.strictEqual(quoteWith(a, 'What changed?').line, 5);
    assert.strictEqual(quoteWith(a, 'empty reservoir').line, 19);
  });

  it('finds the eleven quotations in curly marks and takes no apostrophe for one', () => {
    assert.strictEqual(direct(a).length, 11, JSON.stringify(direct(a).map((q) => q.text.slice(0, 30))));
    assert.deepStrictEqual(a.problems, []);
    assert.ok(direct(a).every((q) => /^[“‘]/.test(text.slice(q.outer.start))));
    assert.strictEqual(quoteWith(a, 'snowpack').text, 'The snowpack changed. We don’t control the weather, and we can’t pretend the ’90s rainfall is coming back.');
  });

  it('finds the nested quote at depth 1 inside the grower’s letter', () => {
    const inner = direct(a).find((q) => q.text === 'fair shares for every valley')!;
    assert.ok(inner);
    const outer = quoteWith(a, 'delivered a lottery');
    assert.strictEqual(inner.depth, 1);
    assert.strictEqual(outer.depth, 0);
    assert.strictEqual(inner.text, 'fair shares for every valley');
  });

  it('attributes named, pronoun, "told" and unnamed speakers', () => {
    assert.strictEqual(quoteWith(a, 'last resort').attribution.speaker, 'Rosa Delgado');
    assert.strictEqual(quoteWith(a, 'What changed?').attribution.speaker, 'Rosa Delgado');
    const told = quoteWith(a, 'snowpack').attribution;
    assert.strictEqual(told.speaker, 'Martin Okafor');
    assert.strictEqual(told.cue, 'told');
    const she = quoteWith(a, 'not unusual').attribution;
    assert.strictEqual(she.speaker, 'Rosa Delgado');
    assert.strictEqual(slice(text, she.speakerSpan), 'she');
    const aide = quoteWith(a, 'rushed').attribution;
    assert.strictEqual(aide.speaker, 'a senior aide');
    assert.strictEqual(aide.entityId, null);
    assert.strictEqual(quoteWith(a, 'wanted rationing').attribution.speaker, 'Paul Whitcombe');
  });

  it('lets the quote-only paragraph continue the previous speaker', () => {
    const next = quoteWith(a, 'empty reservoir').attribution;
    assert.strictEqual(next.speaker, 'Paul Whitcombe');
    assert.strictEqual(next.cue, null);
    assert.ok(next.confidence < quoteWith(a, 'wanted rationing').attribution.confidence);
  });

  it('finds the people with their roles and surnames', () => {
    const okafor = entityNamed(a, 'Martin Okafor');
    assert.strictEqual(okafor.role, 'Water Board Chair');
    assert.ok(okafor.aliases.includes('Okafor'));
    assert.ok(entityNamed(a, 'Rosa Delgado').aliases.includes('Delgado'));
    assert.ok(entityNamed(a, 'Paul Whitcombe').aliases.includes('Whitcombe'));
  });
});
