import * as assert from 'assert';
import { buildLedger } from '../../../../src/engine/ledger';
import { analyseNewsroom, article, person, quote } from './helpers';

describe('workspace ledger', () => {
  const ledger = buildLedger(analyseNewsroom());
  const named = (name: string) => {
    const found = ledger.people.find((p) => p.name === name);
    assert.ok(found, `no ${name} among ${ledger.people.map((p) => p.name).join(', ')}`);
    return found;
  };

  it('groups a person across files by full name, then file, then quote in document order', () => {
    const hale = named('Omar Hale');
    assert.deepStrictEqual(hale.files.map((f) => f.file), ['council-vote.txt', 'school-budget.txt']);
    assert.deepStrictEqual(hale.files[1].quotes.map((q) => q.text), ['the council had not seen the plan', 'Nobody showed us a single page,']);
    assert.strictEqual(hale.quoteCount, 3);
  });

  it('joins a surname to the full name with the same role in another file', () => {
    const whitfield = named('Dana Whitfield');
    assert.deepStrictEqual(whitfield.files.map((f) => f.file), ['bridge-followup.md', 'council-vote.txt']);
    assert.deepStrictEqual(whitfield.roles, ['Mayor']);
    assert.ok(!ledger.people.some((p) => p.name === 'Whitfield'), 'the surname alone is not a person of its own');
  });

  it('lists the most quoted first and keeps unnamed sources out of the people', () => {
    assert.deepStrictEqual(ledger.people.map((p) => p.name), ['Dana Whitfield', 'Omar Hale', 'Lena Marsh', 'Priya Lund']);
    const unnamed = ledger.unnamed.flatMap((f) => f.quotes.map((q) => `${f.file}: ${q.attribution.speaker}`));
    assert.deepStrictEqual(unnamed, ['bridge-followup.md: A senior official', 'bridge-followup.md: a neighbourhood group', 'council-vote.txt: Officials']);
    assert.strictEqual(ledger.quoteCount, 13);
    assert.strictEqual(ledger.fileCount, 3);
  });

  it('lists people named but never quoted', () => {
    assert.deepStrictEqual(ledger.namedNotQuoted.map((p) => [p.name, p.files]), [['Janet Oduya', ['bridge-followup.md']]]);
  });

  it('flags the same person quoted with changed words in two files, with the word diff', () => {
    const [duplicate, ...rest] = named('Dana Whitfield').nearDuplicates;
    assert.strictEqual(rest.length, 0);
    assert.deepStrictEqual([duplicate.first.file, duplicate.second.file], ['bridge-followup.md', 'council-vote.txt']);
    const changed = duplicate.diff.filter((d) => d.change !== 'same').map((d) => `${d.change}:${d.text}`);
    assert.deepStrictEqual(changed, ['removed:heavy', 'added:first']);
    assert.ok(duplicate.similarity > 0.8 && duplicate.similarity < 1, String(duplicate.similarity));
    assert.strictEqual(named('Omar Hale').nearDuplicates.length, 0, 'different quotes are not near-duplicates');
  });

  it('gives the same ledger whatever order the articles were indexed in', () => {
    const reversed = new Map([...analyseNewsroom()].reverse());
    const again = buildLedger(reversed);
    assert.deepStrictEqual(again.people.map((p) => [p.name, p.files.map((f) => f.file)]), ledger.people.map((p) => [p.name, p.files.map((f) => f.file)]));
    const pair = (l: typeof ledger) => l.people[0].nearDuplicates.map((d) => [d.first.file, d.second.file]);
    assert.deepStrictEqual(pair(again), pair(ledger));
  });

  it('leaves out reported speech when asked', () => {
    const direct = buildLedger(analyseNewsroom(), { reported: false });
    assert.ok(direct.people.every((p) => p.files.every((f) => f.quotes.every((q) => q.kind !== 'reported'))));
    assert.strictEqual(direct.quoteCount, 6);
  });
});

describe('ledger people matching', () => {
  it('keeps a lone surname without a role apart from the full name', () => {
    const ledger = buildLedger(new Map([
      ['a.txt', article([quote('We are ready for the storm season now', 'Ann Cole', 'ann-cole')], [person('ann-cole', 'Ann Cole', 'Mayor')])],
      ['b.txt', article([quote('The levee will hold this year', 'Cole', 'cole')], [person('cole', 'Cole')])],
    ]));
    assert.deepStrictEqual(ledger.people.map((p) => p.name).sort(), ['Ann Cole', 'Cole']);
  });

  it('does not guess between two full names with the same surname and role', () => {
    const ledger = buildLedger(new Map([
      ['a.txt', article([quote('one two three four', 'Ann Cole', 'a')], [person('a', 'Ann Cole', 'Senator')])],
      ['b.txt', article([quote('five six seven eight', 'Bob Cole', 'b')], [person('b', 'Bob Cole', 'senator')])],
      ['c.txt', article([quote('nine ten eleven twelve', 'Cole', 'c')], [person('c', 'Cole', 'Senator')])],
    ]));
    assert.deepStrictEqual(ledger.people.map((p) => p.name).sort(), ['Ann Cole', 'Bob Cole', 'Cole']);
  });

  it('treats an entity named only by a source noun as unnamed, and an identical quote as no near-duplicate', () => {
    const words = 'The plan is dead and everyone knows it';
    const ledger = buildLedger(new Map([
      ['a.txt', article([quote(words, 'Officials', 'officials'), quote(words, 'Ann Cole', 'ann')], [person('officials', 'Officials'), person('ann', 'Ann Cole')])],
      ['b.txt', article([quote(words, 'Ann Cole', 'ann')], [person('ann', 'Ann Cole')])],
    ]));
    assert.deepStrictEqual(ledger.people.map((p) => p.name), ['Ann Cole']);
    assert.strictEqual(ledger.unnamed[0].quotes[0].attribution.speaker, 'Officials');
    assert.strictEqual(ledger.people[0].nearDuplicates.length, 0);
  });

  it('does not compare quotes within one file or reported speech', () => {
    const ledger = buildLedger(new Map([
      ['a.txt', article([quote('we will build the new school soon', 'Ann Cole', 'ann', 'direct', 0), quote('we will build the new school later', 'Ann Cole', 'ann', 'direct', 50)], [person('ann', 'Ann Cole')])],
      ['b.txt', article([quote('we will build the new school next year', 'Ann Cole', 'ann', 'reported')], [person('ann', 'Ann Cole')])],
    ]));
    assert.strictEqual(ledger.people[0].nearDuplicates.length, 0);
  });

  it('reports a wording repeated word for word in many files once against its rewording', () => {
    const ann = [person('ann', 'Ann Cole')];
    const said = (text: string) => article([quote(text, 'Ann Cole', 'ann')], ann);
    const ledger = buildLedger(new Map([
      ['a.txt', said('The river will crest on Thursday night')],
      ['b.txt', said('The river will crest on Thursday night')],
      ['c.txt', said('The river will crest on Thursday night')],
      ['d.txt', said('The river will crest late on Friday night')],
    ]));
    const pairs = ledger.people[0].nearDuplicates.map((d) => [d.first.file, d.second.file]);
    assert.deepStrictEqual(pairs, [['a.txt', 'd.txt']]);
  });
});
