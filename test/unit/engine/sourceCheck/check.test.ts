import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { buildSourceIndex, checkQuotes, quotesToCheck, readSource, type QuoteCheck } from '../../../../src/engine/sourceCheck';

const TRANSCRIPT = [
  '[00:00:41] MAYOR OKAFOR: Our buses are older than most of the kids who ride them. Forty percent of the fleet is more',
  'than fifteen years old. That is not a sustainable way to run a city. The levy costs about eight dollars a month.',
  'Every cent of it goes to transit. Not one dollar goes to the general fund, and I will put that in writing.',
  '',
  '[00:02:55] COUNCILMAN DELGADO: Everybody in this room supports better buses. But this plan sends most of the money',
  'downtown. I will not vote for a plan that leaves the east side behind. The mayor knows the health-care costs too.',
  '',
  '[00:04:10] MAYOR OKAFOR: Nobody wants to cut the Sunday service.',
].join('\n');

const index = buildSourceIndex([readSource('town-hall.txt', TRANSCRIPT)]);

function check(quote: string, speaker: string | null = 'Diana Okafor'): QuoteCheck {
  return checkQuotes([{ text: quote, start: 100, end: 100 + quote.length, speaker }], index)[0];
}

const summary = (c: QuoteCheck): string[] => c.differences.map((d) => `${d.kind}: "${d.quoteWords}" / "${d.sourceWords}"${d.serious.length ? ` [${d.serious.join(', ')}]` : ''}`);

describe('source check: aligning quotes with the source', () => {
  it('matches the same words whatever the case, marks, dashes and spacing', () => {
    const c = check('our buses are  older than most of the kids who ride them');
    assert.deepEqual([c.status, c.differences], ['matches', []]);
    assert.equal(c.passages[0].speaker, 'MAYOR OKAFOR');
    assert.equal(c.passages[0].startMs, 41_000);
    assert.equal(c.passages[0].line, 1);
    assert.equal(c.passages[0].text, 'Our buses are older than most of the kids who ride them');
  });

  it('matches a quote that starts and ends mid-sentence, and numbers as digits', () => {
    assert.equal(check('40% of the fleet is more than 15 years').status, 'matches');
  });

  it('matches across line breaks, hyphenation and compounds spelled together', () => {
    assert.equal(check('the mayor knows the healthcare costs too', 'Ray Delgado').status, 'matches');
  });

  it('calls out a dropped negation', () => {
    const c = check('That is a sustainable way to run a city.');
    assert.equal(c.status, 'altered');
    assert.deepEqual(summary(c), ['dropped: "" / "not" [negation]']);
    assert.deepEqual(c.differences[0].quoteSpan, { start: 108, end: 108 });
  });

  it('calls out an added negation, a changed number, quantifier and name', () => {
    assert.deepEqual(summary(check('Every cent of it does not go to transit.')), ['changed: "does not go" / "goes" [negation]']);
    assert.deepEqual(summary(check('Fifty percent of the fleet is more than fifteen years old')), ['changed: "Fifty" / "Forty" [number]']);
    assert.deepEqual(summary(check('But this plan sends all of the money downtown.', 'Ray Delgado')), ['changed: "all" / "most" [quantifier]']);
    assert.deepEqual(summary(check('Nobody wants to cut the Saturday service.')), ['changed: "Saturday" / "Sunday" [name]']);
  });

  it('reports a word added or dropped without calling it serious', () => {
    assert.deepEqual(summary(check('The levy costs only about eight dollars a month.')), ['added: "only" / "" [quantifier]']);
    assert.deepEqual(summary(check('Our buses are older than most kids who ride them.')), ['dropped: "" / "of the"']);
  });

  it('accepts an omission marked with an ellipsis and says what was left out', () => {
    const c = check('Every cent of it goes to transit … and I will put that in writing.');
    assert.equal(c.status, 'matches');
    assert.deepEqual(c.allowedEdits.map((e) => [e.kind, e.sourceWords]), [['omission', 'Not one dollar goes to the general fund']]);
    assert.equal(c.passages.length, 2);
  });

  it('flags the same omission when it is not marked, and calls out the negation it hides', () => {
    const c = check('Every cent of it goes to transit and I will put that in writing.');
    assert.equal(c.status, 'altered');
    assert.deepEqual(summary(c), ['dropped: "" / "Not one dollar goes to the general fund" [negation, number]']);
  });

  it('accepts a quote stitched from two places with an ellipsis, in either order', () => {
    const c = check('Nobody wants to cut the Sunday service ... Our buses are older than most of the kids who ride them.');
    assert.equal(c.status, 'matches');
    assert.deepEqual(c.allowedEdits.map((e) => e.kind), ['stitched']);
  });

  it('accepts bracketed insertions, in place of words or not, and bracketed letters', () => {
    const replaced = check('Every cent of [the levy] goes to transit.');
    assert.equal(replaced.status, 'matches');
    assert.deepEqual(replaced.allowedEdits.map((e) => [e.kind, e.sourceWords]), [['insertion', 'it']]);
    assert.equal(check('[The fare increase] costs about eight dollars a month.').status, 'matches');
    assert.equal(check('Every cent of it [the levy] goes to transit.').status, 'matches');
    assert.equal(check('[E]very cent of it goes to transit.').status, 'matches');
  });

  it('says when the source gives the words to someone else', () => {
    const c = check('I will not vote for a plan that leaves the east side behind.');
    assert.equal(c.status, 'speaker-differs');
    assert.equal(c.sourceSpeaker, 'COUNCILMAN DELGADO');
    assert.equal(check('I will not vote for a plan that leaves the east side behind.', 'Ray Delgado').status, 'matches');
    assert.equal(check('I will not vote for a plan that leaves the east side behind.', null).status, 'matches');
  });

  it('does not take unrelated words, or common words in another order, for the source', () => {
    assert.equal(check('The city will never cut a bus route in the east.').status, 'not-found');
    assert.equal(check('the money of the city is the plan of the mayor').status, 'not-found');
    assert.equal(check('better money').status, 'not-found');
    assert.deepEqual(check('A wholly new sentence.').passages, []);
  });

  it('finds a short partial quote only word for word', () => {
    assert.equal(check('better buses', 'Ray Delgado').status, 'matches');
    assert.equal(check('best buses', 'Ray Delgado').status, 'not-found');
  });

  it('reports the part of a quote after an ellipsis that the source does not have', () => {
    const c = check('Our buses are older than most of the kids who ride them … and we will buy electric ones.');
    assert.equal(c.status, 'altered');
    assert.deepEqual(summary(c), ['added: "and we will buy electric ones" / ""']);
  });

  it('searches every source given, and never aligns across two of them', () => {
    const two = buildSourceIndex([readSource('a.txt', 'SMITH: We will win the vote.'), readSource('b.txt', 'JONES: We will lose the vote.')]);
    const [first, second] = checkQuotes(
      [
        { text: 'we will lose the vote', start: 0, end: 21, speaker: 'Ann Jones' },
        { text: 'the vote. We will lose', start: 30, end: 52, speaker: null },
      ],
      two,
    );
    assert.deepEqual([first.status, first.passages[0].source], ['matches', 'b.txt']);
    assert.notEqual(second.status, 'matches');
  });

  it('checks the direct quotes of an analysed article with their speakers', () => {
    const article = 'Mayor Diana Okafor spoke on Monday. "Nobody wants to cut the Sunday service," Okafor said.';
    const quotes = quotesToCheck(analyze(article));
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['Nobody wants to cut the Sunday service,', 'Diana Okafor']]);
    assert.equal(checkQuotes(quotes, index)[0].status, 'matches');
  });

  it('checks a long quote piece by piece, with words left out between pieces reported', () => {
    const sentences = Array.from({ length: 60 }, (_, i) => `Item ${i + 1} of the plan covers route ${i * 7} and stop ${i * 3}.`);
    const long = buildSourceIndex([readSource('long.txt', `CHAIR: ${sentences.join(' ')}`)]);
    const whole = sentences.join(' ');
    const [same] = checkQuotes([{ text: whole, start: 0, end: whole.length, speaker: null }], long);
    assert.deepEqual([same.status, same.passages.length, same.differences], ['matches', 1, []]);
    const shortened = [...sentences.slice(0, 20), ...sentences.slice(21)].join(' ');
    const [cut] = checkQuotes([{ text: shortened, start: 0, end: shortened.length, speaker: null }], long);
    assert.equal(cut.status, 'altered');
    // One sentence of ten words, dropped; which "Item" counts as the dropped one is the diff's choice.
    assert.deepEqual(cut.differences.map((d) => d.kind), ['dropped']);
    assert.match(cut.differences[0].sourceWords, /^(Item )?21 of the plan covers route 140 and stop 60\.( Item)?$/);
  });
});
