import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/engine/analyze';
import { createSession } from '../../../src/engine/reuse/session';
import { outlineOf, type OutlineNode } from '../../../src/extension/peopleOutline';
import { shownQuotes } from '../../../src/extension/quoteFilter';

const TEXT = readFileSync(path.resolve(__dirname, '../../fixtures/people/sourcing.txt'), 'utf8');

describe('extension: the Outline of an article', () => {
  const analysis = analyze(TEXT, {}, createSession());
  const outline = outlineOf(analysis, { showReportedSpeech: true });
  const group = (name: string): OutlineNode => {
    const found = outline.find((n) => n.name === name);
    assert.ok(found, `no group ${name} among ${outline.map((n) => n.name).join(', ')}`);
    return found;
  };

  it('groups speakers, unattributed quotes, then people, organizations and places not quoted, each spanning the article', () => {
    assert.deepStrictEqual(outline.map((n) => n.name), ['Speakers', 'Unattributed', 'People', 'Places']);
    // Each group starts at the article's start and ends one character after the one before (see outlineOf).
    assert.deepStrictEqual(outline.map((n) => [n.kind, n.range]), [0, 1, 2, 3].map((end) => ['group', { start: 0, end }]));
    // The dateline ("PORT ELLIS —") is where the story was filed.
    assert.deepStrictEqual(group('Places').children.map((n) => n.name), ['PORT ELLIS']);
  });

  it('lists speakers most quoted first, with their quotes', () => {
    const speakers = group('Speakers').children;
    assert.deepStrictEqual(speakers.slice(0, 3).map((n) => `${n.kind}:${n.name}`), ['person:Muhammad Okafor', 'person:Ingrid Solvang', 'person:Teodora Quist']);
    // A group ("Critics say the plan is …") is a source of what it reports, never of a quotation on its own.
    assert.deepStrictEqual(speakers.find((n) => n.name === 'Critics')?.kind, 'source');
    const okafor = speakers[0];
    assert.deepStrictEqual(okafor.children.map((c) => c.name), ['the offer "an insult."', '“This will take months.”', '“We are ready to wait.”', '“The river decides, not us.”']);
    const credited = shownQuotes(analysis, { showReportedSpeech: true }).filter((q) => q.attribution.entityId === 'muhammad-okafor');
    assert.deepStrictEqual(okafor.children.map((c) => [c.kind, c.range]), credited.map((q) => ['quote', q.outer]));
    // Where it is named, and nothing more (a range over lines would be pinned by sticky scroll).
    assert.strictEqual(TEXT.slice(okafor.selection.start, okafor.selection.end), 'Muhammad Okafor');
    assert.deepStrictEqual(okafor.range, okafor.selection);
  });

  it('names a speaker at its first full mention, the name inside a title form', () => {
    const solvang = group('Speakers').children.find((n) => n.name === 'Ingrid Solvang')!;
    assert.strictEqual(TEXT.slice(solvang.selection.start, solvang.selection.end), 'Ingrid Solvang');
    assert.match(solvang.detail, /board chair · 3 quotes · 3 mentions/);
  });

  it('lists the quotes nobody is credited with, and the people not quoted', () => {
    // The quote-only paragraph after "Critics say …" has no single speaker to continue, and one more has none.
    assert.strictEqual(group('Unattributed').children.length, 2);
    const people = group('People').children;
    assert.ok(people.some((n) => n.name === 'Rafael Núñez') && people.every((n) => n.kind === 'person' && n.children.length === 0));
  });

  it('puts every selection inside its range, as VS Code requires', () => {
    const walk = (nodes: OutlineNode[]): void =>
      nodes.forEach((n) => {
        assert.ok(n.range.start <= n.selection.start && n.selection.end <= n.range.end, n.name);
        walk(n.children);
      });
    walk(outline);
  });

  it('holds every quote a reader is shown, once', () => {
    for (const showReportedSpeech of [true, false]) {
      const quotes: number[] = [];
      const walk = (nodes: OutlineNode[]): void => nodes.forEach((n) => (n.kind === 'quote' ? quotes.push(n.range.start) : walk(n.children)));
      walk(outlineOf(analysis, { showReportedSpeech }));
      assert.deepStrictEqual(quotes.sort((a, b) => a - b), shownQuotes(analysis, { showReportedSpeech }).map((q) => q.outer.start));
    }
  });
});
