import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/engine/analyze';
import { createSession } from '../../../src/engine/session';
import { outlineOf } from '../../../src/extension/peopleOutline';
import { shownQuotes } from '../../../src/extension/quoteFilter';

const TEXT = readFileSync(path.resolve(__dirname, '../../fixtures/people/sourcing.txt'), 'utf8');

describe('extension: the Outline of an article', () => {
  const analysis = analyze(TEXT, {}, createSession());
  const outline = outlineOf(analysis, { showReportedSpeech: true });
  const names = outline.map((n) => `${n.kind}:${n.name}`);

  it('lists speakers first, most quoted first, with their quotes', () => {
    assert.deepStrictEqual(names.slice(0, 3), ['person:Muhammad Okafor', 'person:Ingrid Solvang', 'source:Critics']);
    const okafor = outline[0];
    assert.deepStrictEqual(okafor.children.map((c) => c.name), ['the offer "an insult."', '“This will take months.”', '“We are ready to wait.”', '“The river decides, not us.”']);
    assert.ok(okafor.children.every((c) => c.kind === 'quote' && c.range.start >= okafor.range.start && c.range.end <= okafor.range.end));
    assert.strictEqual(TEXT.slice(okafor.selection.start, okafor.selection.end), 'Muhammad Okafor');
  });

  it('names a speaker at its first full mention, the name inside a title form', () => {
    const solvang = outline.find((n) => n.name === 'Ingrid Solvang')!;
    assert.strictEqual(TEXT.slice(solvang.selection.start, solvang.selection.end), 'Ingrid Solvang');
    assert.match(solvang.detail, /board chair · 3 quotes · 3 mentions/);
  });

  it('groups the quotes nobody is credited with, then lists the people, organizations and places not quoted', () => {
    const unattributed = outline.findIndex((n) => n.kind === 'unattributed');
    assert.ok(unattributed > 0);
    assert.strictEqual(outline[unattributed].children.length, 1);
    const rest = outline.slice(unattributed + 1);
    assert.ok(rest.length > 0 && rest.every((n) => n.children.length === 0 && n.kind !== 'quote'));
    assert.ok(rest.some((n) => n.name === 'Rafael Núñez'));
    const kinds = rest.map((n) => n.kind);
    assert.deepStrictEqual(kinds, [...kinds].sort((a, b) => ['person', 'organization', 'place'].indexOf(a) - ['person', 'organization', 'place'].indexOf(b)));
  });

  it('holds every quote a reader is shown, once', () => {
    for (const showReportedSpeech of [true, false]) {
      const nodes = outlineOf(analysis, { showReportedSpeech });
      const quotes = nodes.flatMap((n) => n.children.map((c) => c.range.start));
      assert.deepStrictEqual(quotes.sort((a, b) => a - b), shownQuotes(analysis, { showReportedSpeech }).map((q) => q.outer.start));
    }
  });
});
