import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { assertOffsetsMatch, direct, quoteWith, slice } from '../../fixtures/engine/helpers';

/** Deterministic pseudo-random bytes, read as Latin-1 characters, led by a NUL. */
function junk(length: number): string {
  let seed = 7;
  let out = '\u0000';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(seed % 256);
  }
  return out;
}

describe('engine: robustness', () => {
  it('returns an empty analysis for an empty string', () => {
    const a = analyze('');
    assert.deepStrictEqual([a.quotes, a.entities, a.analyzedLength, a.textLength], [[], [], 0, 0]);
  });

  it('returns an empty analysis for whitespace only', () => {
    const text = '   \n\n\t  \r\n';
    const a = analyze(text);
    assert.deepStrictEqual([a.quotes, a.entities], [[], []]);
    assert.strictEqual(a.textLength, text.length);
  });

  it('survives binary junk and keeps its offsets inside the text', () => {
    const text = junk(5000);
    const a = analyze(text);
    assert.strictEqual(a.textLength, text.length);
    assertOffsetsMatch(text, a);
    for (const p of a.problems) assert.ok(p.start >= 0 && p.end <= text.length);
  });

  it("reads the names of an object's own members (constructor, toString, __proto__) as words like any other", () => {
    const text =
      '"We build," said Constructor Hasownproperty. "It holds," the constructor told Valueof.\n\n' +
      '"Fine," said __proto__ Tostring, the prototype maker.';
    const a = analyze(text);
    assert.deepStrictEqual(direct(a).map((q) => q.text), ['We build,', 'It holds,', 'Fine,']);
    assert.strictEqual(quoteWith(a, 'We build').attribution.speaker, 'Constructor Hasownproperty');
    assertOffsetsMatch(text, a);
  });

  it("reads every member name of Object.prototype as it reads an invented word (never a pronoun or a lexicon entry)", () => {
    const article = (word: string): string => {
      const capital = word[0].toUpperCase() + word.slice(1);
      return `Dana Whitfield opened the session.\n\n"We agree," ${word} said. "We do," said ${word}. ${capital} said that it was fine.\n\n` +
        `Mr. Whitfield spoke. ${capital} Whitfield said so.`;
    };
    const shape = (word: string): string[] =>
      analyze(article(word)).quotes.map((q) => `${q.kind} ${q.attribution.speaker?.replace(new RegExp(word, 'i'), 'W') ?? '-'} ${q.attribution.rule}`);
    const invented = shape('zorblat');
    for (const name of [...Object.getOwnPropertyNames(Object.prototype), '__proto__']) {
      if (!/^[a-z]/i.test(name)) continue; // "__proto__" and its kin are no words: checked above, without a crash
      assert.deepStrictEqual(shape(name.toLowerCase()), invented, name);
    }
  });

  it('keeps offsets right with CRLF line endings', () => {
    const text = 'Mayor Dana Whitfield opened the session.\r\n\r\n"We are ready," Whitfield said.\r\n\r\nCouncil member Tom Barrow said, "Not yet."\r\n';
    const a = analyze(text);
    assertOffsetsMatch(text, a);
    const ready = quoteWith(a, 'ready');
    assert.strictEqual(ready.text, 'We are ready,');
    assert.strictEqual(ready.line, 3);
    assert.strictEqual(ready.attribution.speaker, 'Dana Whitfield');
    assert.strictEqual(slice(text, ready.attribution.speakerSpan), 'Whitfield');
    const notYet = quoteWith(a, 'Not yet');
    assert.strictEqual(notYet.line, 5);
    assert.strictEqual(notYet.attribution.speaker, 'Tom Barrow');
  });

  it('counts UTF-16 units, so emoji before a quote do not shift it', () => {
    const text = '🎉🎉 Mayor Dana Whitfield 🎉 said, "We are ready 🚀 now." Then "fine," Tom Barrow said.';
    const a = analyze(text);
    assertOffsetsMatch(text, a);
    const ready = quoteWith(a, 'ready');
    assert.strictEqual(ready.start, text.indexOf('We are'));
    assert.strictEqual(ready.text, 'We are ready 🚀 now.');
    assert.strictEqual(ready.attribution.speaker, 'Dana Whitfield');
    assert.strictEqual(slice(text, ready.attribution.speakerSpan), 'Mayor Dana Whitfield');
    assert.strictEqual(quoteWith(a, 'fine').attribution.speaker, 'Tom Barrow');
  });

  it('finds quotations in French text', () => {
    const text = 'Le maire Jean Dupuis a déclaré : « Nous sommes prêts pour la suite. »\n\nPuis il est parti.';
    const a = analyze(text);
    assertOffsetsMatch(text, a);
    const q = quoteWith(a, 'Nous sommes');
    assert.strictEqual(q.text, 'Nous sommes prêts pour la suite.');
    assert.strictEqual(slice(text, q.outer), '« Nous sommes prêts pour la suite. »');
  });

  it('reads German umlauts and sharp s inside English quote marks', () => {
    const text = 'Anna Keller sagte: "Wir sind bereit für die Straße." Dann ging sie.';
    const a = analyze(text);
    assertOffsetsMatch(text, a);
    assert.strictEqual(quoteWith(a, 'bereit').text, 'Wir sind bereit für die Straße.');
  });

  it('finishes a text of about 1 MB', function () {
    this.timeout(300_000); // measured, not asserted: the report carries the timing
    const paragraph = 'Mayor Dana Whitfield said, "We are ready for the vote." Council member Tom Barrow said the budget was "not finished."\n\n';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const a = analyze(text);
    assert.strictEqual(a.analyzedLength, text.length);
    assert.strictEqual(direct(a).length, 2 * Math.ceil(1_000_000 / paragraph.length));
  });

  it('honours maxLength with a truncated problem, cutting at a paragraph break', () => {
    const paragraph = 'Mayor Dana Whitfield said, "We are ready for the vote."\n\n';
    const text = paragraph.repeat(10);
    const a = analyze(text, { maxLength: 200 });
    assert.ok(a.analyzedLength <= 200 && a.analyzedLength > 0);
    assert.strictEqual(a.textLength, text.length);
    const truncated = a.problems.filter((p) => p.kind === 'truncated');
    assert.strictEqual(truncated.length, 1);
    assert.deepStrictEqual([truncated[0].start, truncated[0].end], [a.analyzedLength, text.length]);
    assert.ok(direct(a).length >= 1);
    assert.ok(a.quotes.every((q) => q.outer.end <= a.analyzedLength));
    assert.ok(text.slice(0, a.analyzedLength).endsWith('"'), 'no quotation is cut in half');
  });

  it('reports nothing truncated when the text fits', () => {
    const a = analyze('"Short," she said.', { maxLength: 1000 });
    assert.ok(!a.problems.some((p) => p.kind === 'truncated'));
  });
});
