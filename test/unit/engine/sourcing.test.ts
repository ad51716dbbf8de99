import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analysisCounts, analyze, analyzeFromScratch } from '../../../src/engine/analyze';
import { createSession } from '../../../src/engine/reuse/session';
import type { Analysis, SourcingFinding, SourcingKind } from '../../../src/engine/types';
import { headlineParagraphs } from '../../../src/engine/sourcing/quotes';
import { paragraphs } from '../../../src/engine/text/segment';

const TEXT = readFileSync(path.resolve(__dirname, '../../fixtures/people/sourcing.txt'), 'utf8');

const findings = (analysis: Analysis, kind: SourcingKind): SourcingFinding[] => (analysis.sourcing?.findings ?? []).filter((f) => f.kind === kind);
const at = (text: string, f: { start: number; end: number }): string => text.slice(f.start, f.end);

/** The text with a finding's fix applied (edits in document order, applied from the end). */
function applied(text: string, edits: { start: number; end: number; text: string }[]): string {
  for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

describe('engine: sourcing findings', () => {
  const a = analyze(TEXT, {}, createSession());

  it('counts the quotes a reader is shown and those with no speaker or an unnamed one', () => {
    assert.ok(a.sourcing);
    assert.strictEqual(a.sourcing.quoteCount, 15);
    // "Critics say …" is a group: the quote-only paragraph after it has no single speaker to continue.
    assert.strictEqual(a.sourcing.unattributedCount, 2);
    assert.strictEqual(a.sourcing.unnamedSourceCount, 2);
  });

  it('finds a quote with no speaker', () => {
    const found = findings(a, 'unattributed');
    assert.deepStrictEqual(found.map((f) => at(TEXT, f)), ['"Nobody in this town trusts the numbers anymore."', '"Someone has to pay for this, and it will not be the fishermen."']);
    assert.match(found[0].message, /2 of 15 quotes/);
  });

  it('finds quotes attributed only to unnamed or vague sources, counted per article', () => {
    const found = findings(a, 'unnamed-source');
    assert.deepStrictEqual(found.map((f) => at(TEXT, f.related[0])), ['Officials', 'Critics']);
    for (const f of found) assert.match(f.message, /2 of 15 quotes in this article/);
    // Named speakers are never unnamed sources.
    assert.ok(!found.some((f) => at(TEXT, f).includes('finished for this year')));
  });

  it('tells anonymous and vague sources from documents, institutions and people named nearby', () => {
    const text = [
      'Harbour board chair Ingrid Solvang met the contractors on Monday to talk about the dredging schedule.',
      '"The schedule is fiction," said a person familiar with the talks.',
      '"Nobody has seen the money," one board member said.',
      '"We stand by the numbers," the chair said.',
      '"The dredging will begin in May," the statement said.',
      '"We were not consulted," the union said.',
      '"It is a mess," residents say.',
    ].join('\n\n');
    const b = analyze(text, {}, createSession());
    assert.deepStrictEqual(findings(b, 'unnamed-source').map((f) => at(text, f.related[0])), ['a person', 'one board member', 'residents']);
    assert.strictEqual(b.sourcing?.unnamedSourceCount, 3);
  });

  it('finds a name spelled two ways, with fixes that make every place agree', () => {
    const found = findings(a, 'name-spelling');
    assert.deepStrictEqual(found.map((f) => at(TEXT, f)), ['Nunez', 'Muhammad']);
    const nunez = found[0];
    assert.strictEqual(at(TEXT, nunez.related[0]), 'Núñez');
    assert.deepStrictEqual(nunez.fixes.map((f) => f.preferred), [true, false]);
    const fixed = applied(TEXT, nunez.fixes[0].edits);
    assert.ok(!fixed.includes('Nunez') && fixed.split('Núñez').length === 3, 'both places say Núñez');
    const other = applied(TEXT, nunez.fixes[1].edits);
    assert.ok(!other.includes('Núñez') && other.split('Nunez').length === 3, 'both places say Nunez');
    // Mohammed and Muhammad are used once each: the first one used is preferred.
    assert.deepStrictEqual(found[1].fixes[0].edits.map((e) => [at(TEXT, e), e.text]), [['Muhammad', 'Mohammed']]);
  });

  it('finds a title that changes for one person, with the fix', () => {
    const [change] = findings(a, 'title-change');
    assert.strictEqual(at(TEXT, change), 'Rep.');
    assert.match(change.message, /Teodora Quist/);
    const fixed = applied(TEXT, change.fixes[0].edits);
    assert.ok(fixed.includes('Sen. Quist later added') && !fixed.includes('Rep.'));
  });

  it('finds a headline quote the body never gives', () => {
    assert.deepStrictEqual(findings(a, 'headline-quote').map((f) => at(TEXT, f)), ['"Dead in the Water"']);
    const given = TEXT.replace('finished for this year.', 'dead in the water, finished for this year.');
    assert.deepStrictEqual(findings(analyze(given, {}, createSession()), 'headline-quote'), []);
  });

  it('finds quote-only paragraphs whose speaker was last named paragraphs back', () => {
    const found = findings(a, 'distant-speaker');
    assert.deepStrictEqual(found.map((f) => [at(TEXT, f), f.paragraphsBack]), [['"We are ready to wait."', 2], ['"The river decides, not us."', 3]]);
    assert.strictEqual(at(TEXT, found[1].related[0]), 'Muhammad Okafor');
    assert.strictEqual(found[1].entityId, 'muhammad-okafor');
  });

  it('finds near spellings and forms of address', () => {
    const text = [
      'Ukrainian President Volodymyr Zelensky spoke by phone with the mayor on Friday morning.',
      'President Zelenskyy said the call was "productive and long overdue."',
      'Ms. Anna Berg, the mayor, agreed. "We will see," Mrs. Berg said.',
    ].join('\n\n');
    const b = analyze(text, {}, createSession());
    assert.deepStrictEqual(findings(b, 'name-spelling').map((f) => at(text, f)), ['Zelenskyy']);
    assert.deepStrictEqual(findings(b, 'title-change').map((f) => at(text, f)), ['Mrs.']);
  });

  it('keeps different people apart when only one word is alike', () => {
    const text = 'Maria Lopez met Mario Lopez at the harbour on Friday, and Angela Merkel met Meghan Markle at the pier later.';
    assert.deepStrictEqual(findings(analyze(text, {}, createSession()), 'name-spelling'), []);
  });

  it('reads a sentence-case headline as a headline, and stops at the body', () => {
    const text = 'Chair calls plan "dead"\n\nThe chair said the plan was "dead" and would stay so for a long while yet.';
    assert.strictEqual(headlineParagraphs(text, paragraphs(text)).length, 1);
    assert.deepStrictEqual(findings(analyze(text, {}, createSession()), 'headline-quote'), []);
  });

  it('stays what a full analysis gives while typing (the fast path computes the findings again)', () => {
    const session = createSession();
    analyze(TEXT, {}, session);
    const reused = analysisCounts.reused;
    // Letters typed inside a body word the headline quote no longer matches, and back.
    const given = TEXT.replace('finished for this year.', 'dead in the water, finished for this year.');
    analyze(given, {}, session);
    const typo = given.replace('dead in the water,', 'dead in the watter,');
    const moved = analyze(typo, {}, session);
    assert.ok(analysisCounts.reused > reused, 'the fast path was taken');
    assert.deepStrictEqual(moved, analyzeFromScratch(typo));
    assert.strictEqual(findings(moved, 'headline-quote').length, 1);
  });

  it('is left out when not asked for (the CLI writes none), quotes unchanged, on the fast path too', () => {
    const without = { sourcing: false };
    const plain = analyzeFromScratch(TEXT, without);
    assert.strictEqual(plain.sourcing, undefined);
    assert.deepStrictEqual(plain.quotes, a.quotes);
    assert.deepStrictEqual(plain.entities, a.entities);
    const session = createSession();
    const given = TEXT.replace('finished for this year.', 'dead in the water, finished for this year.');
    analyze(given, without, session);
    const reused = analysisCounts.reused;
    const typo = given.replace('dead in the water,', 'dead in the watter,');
    const moved = analyze(typo, without, session);
    assert.ok(analysisCounts.reused > reused, 'the fast path was taken');
    assert.deepStrictEqual(moved, analyzeFromScratch(typo, without));
    assert.ok(analyze(typo, {}, session).sourcing, 'asking again computes them');
  });
});
