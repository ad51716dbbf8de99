import * as assert from 'assert';
import { maskMarkdown, maskPlainText, paragraphs, maskPlainTextAfterEdit } from '../../../src/engine/text/segment';
import { sentences, tokenize } from '../../../src/engine/text/tokens';

describe('engine: segmenting', () => {
  it('maskMarkdown blanks code, front matter and link targets but keeps every offset', () => {
    const text = '---\ntitle: "Front"\n---\n\nSee [the "report"](https://x.example/?q="a") and `code "b"`.\n\n```\n"fenced"\n```\n\n"Kept," she said.';
    const masked = maskMarkdown(text);
    assert.strictEqual(masked.length, text.length);
    assert.strictEqual(masked.split('\n').length, text.split('\n').length);
    assert.ok(!masked.includes('Front') && !masked.includes('https') && !masked.includes('code') && !masked.includes('fenced'));
    assert.ok(masked.includes('[the "report"]'), 'link text is article text');
    assert.strictEqual(masked.slice(masked.indexOf('"Kept,"')), '"Kept," she said.');
  });

  it('maskPlainText blanks URLs only', () => {
    const text = 'Visit https://example.org/"x" today, "she" said.';
    const masked = maskPlainText(text);
    assert.strictEqual(masked.length, text.length);
    assert.ok(!masked.includes('example'));
    assert.ok(masked.endsWith('today, "she" said.'));
  });

  it('paragraphs split at blank lines and at one-sentence-per-line breaks, not at hard wraps', () => {
    const text = 'First paragraph runs\nonto a wrapped line.\n\nSecond one.\nThird starts here.';
    assert.deepStrictEqual(paragraphs(text).map((p) => text.slice(p.start, p.end)), [
      'First paragraph runs\nonto a wrapped line.',
      'Second one.',
      'Third starts here.',
    ]);
  });

  it('tokenize keeps apostrophe words whole, drops the possessive, and collapses quotations', () => {
    const text = `Russia's O'Brien said "it's done," and the U.S. agreed.`;
    const words = tokenize(text, 0, text.length).filter((t) => t.kind === 'word').map((t) => t.text);
    assert.ok(words.includes('Russia') && words.includes("'s") && words.includes("O'Brien") && words.includes('U.S.'), JSON.stringify(words));
    const open = text.indexOf('"');
    const close = text.indexOf('"', open + 1) + 1;
    const collapsed = tokenize(text, 0, text.length, [{ start: open, end: close }]);
    const quote = collapsed.filter((t) => t.kind === 'quote');
    assert.deepStrictEqual(quote.map((t) => [t.start, t.end]), [[open, close]]);
    assert.ok(!collapsed.some((t) => t.text === 'done'));
  });

  it('tokenize ends a plain ASCII word where the word expression would, and hands every other case to it', () => {
    const text = 'A. Smith, U.S. al-Assad x&y rock-solid Zoë café3 ab’s O’Neil 3.5 x.y 2024, then A';
    const words = tokenize(text, 0, text.length).filter((t) => t.kind === 'word').map((t) => t.text);
    assert.deepStrictEqual(words, ['A', 'Smith', 'U.S.', 'al-Assad', 'x&y', 'rock-solid', 'Zoë', 'café3', 'ab', '’s', 'O’Neil', '3', '5', 'x', 'y', '2024', 'then', 'A']);
    const lower = tokenize('Senate senate SENATE', 0, 20).map((t) => [t.lower, t.capitalized]);
    assert.deepStrictEqual(lower, [['senate', true], ['senate', false], ['senate', true]]);
  });

  it('sentences ignore full stops inside quotations and after abbreviations', () => {
    const text = 'Dr. Lee said "Stop. Now." and left. Then Mr. Park arrived.';
    const open = text.indexOf('"');
    const close = text.indexOf('"', open + 1) + 1;
    const found = sentences(text, { start: 0, end: text.length }, [{ start: open, end: close }]).map((s) => text.slice(s.start, s.end).trim());
    assert.deepStrictEqual(found, ['Dr. Lee said "Stop. Now." and left.', 'Then Mr. Park arrived.']);
  });

  it('a tag that introduces a new quotation after a full stop starts a new sentence', () => {
    const text = 'She says taxes are "a burden." She adds, "Who pays them?"';
    const marks = [...text.matchAll(/"[^"]*"/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const found = sentences(text, { start: 0, end: text.length }, marks).map((s) => text.slice(s.start, s.end).trim());
    assert.deepStrictEqual(found, ['She says taxes are "a burden."', 'She adds, "Who pays them?"']);
  });
});

describe('engine: masking plain text again after an edit', () => {
  it('gives what masking the whole text gives, for edits near and far from tags and URLs', () => {
    const base = [
      'Reyes said "we will build it" at the hearing.',
      '<tweet author="reyes">The bridge opens <b>soon</b> https://example.org/bridge?x=1 today</tweet>',
      'A tag that runs <div\nclass="note">over a line</div> and a plain line.',
      'Nothing special here, only words and "a quote".',
    ].join('\n\n');
    let state = 5;
    const random = (): number => (state = (state * 16807) % 2147483647) / 2147483647;
    let text = base;
    let masked = maskPlainText(text);
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(random() * text.length);
      const insert = ['x', ' ', '<', '>', '://', '\n\n', ''][i % 7];
      const next = insert === '' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + insert + text.slice(at);
      const again = maskPlainTextAfterEdit({ text, masked }, next);
      assert.strictEqual(again, maskPlainText(next), `edit ${i}: ${JSON.stringify(insert)} at ${at}`);
      text = next;
      masked = again;
    }
  });
});
