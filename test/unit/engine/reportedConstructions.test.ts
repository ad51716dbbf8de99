/** Reported speech in the constructions news uses besides "X said (that) …": sources after "according to", tags set off mid-sentence, joined verbs. */
import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import type { Quote } from '../../../src/engine/types';
import { shownQuotes } from '../../../src/engine/shown';

/** The article's reported items (a headline first: the first line of an article is read as its title). */
function reportedIn(body: string): { text: string; speaker: string | null; kind: string }[] {
  const text = `Harbour board meets\n\n${body}`;
  return analyze(text)
    .quotes.filter((q: Quote) => q.kind !== 'direct')
    .map((q) => ({ text: text.slice(q.start, q.end), speaker: q.attribution.speaker, kind: q.kind }));
}

describe('engine: reported speech constructions', () => {
  it('"according to" takes any noun phrase as its source: a count by an agency, a poll, an organization', () => {
    assert.deepStrictEqual(reportedIn('The mayor now has at least 400 votes, according to a count by the Harbour Ledger.'), [
      { text: 'The mayor now has at least 400 votes', speaker: 'a count by the Harbour Ledger', kind: 'reported' },
    ]);
    assert.deepStrictEqual(reportedIn('Most residents oppose the new toll on the bridge, according to exit polls.'), [
      { text: 'Most residents oppose the new toll on the bridge', speaker: 'exit polls', kind: 'reported' },
    ]);
  });

  it('"according to" without a comma before it, and after a connective at the start of the sentence', () => {
    assert.deepStrictEqual(reportedIn('Ferry fares rose by a third last year according to the port authority.'), [
      { text: 'Ferry fares rose by a third last year', speaker: 'the port authority', kind: 'reported' },
    ]);
    assert.deepStrictEqual(reportedIn('But, according to the survey, most commuters would pay more for a faster crossing.'), [
      { text: 'most commuters would pay more for a faster crossing', speaker: 'the survey', kind: 'reported' },
    ]);
  });

  it('"according to" set off by commas inside a clause reports the rest of the clause too', () => {
    const items = reportedIn('Ticket sales for the summer season, according to the ferry company, have doubled since May.');
    assert.deepStrictEqual(items.map((i) => i.text), ['Ticket sales for the summer season', 'have doubled since May']);
    assert.ok(items.every((i) => i.speaker === 'the ferry company'));
  });

  it('"according to plan" names no source', () => {
    assert.deepStrictEqual(reportedIn('The crossing was rebuilt according to plan over two winters.'), []);
  });

  it('a tag set off by commas mid-sentence reports the words on both sides', () => {
    const items = reportedIn('Dana Whitfield chairs the board. The new ferry timetable, Whitfield said, would start in the spring.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [
      ['The new ferry timetable', 'Dana Whitfield'],
      ['would start in the spring', 'Dana Whitfield'],
    ]);
  });

  it('a short phrase of circumstance before a mid-sentence tag is not what was said', () => {
    const items = reportedIn('Dana Whitfield chairs the board. In a statement, Whitfield said, the board would meet again on Friday.');
    assert.deepStrictEqual(items.map((i) => i.text), ['the board would meet again on Friday']);
  });

  it('a verb joined to the clause by "and" or "but" speaks for the clause’s subject', () => {
    const items = reportedIn('Omar Hale admitted that the bridge survey was late, but said the repairs would finish on time.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [
      ['the bridge survey was late', 'Omar Hale'],
      ['the repairs would finish on time', 'Omar Hale'],
    ]);
  });

  it('a second speech clause joined by "though" or "while" ends the first one and reports on its own', () => {
    const items = reportedIn(
      'Nadia Osei chairs the council. Osei said the new levy would pay for the ferries, though she noted fares would rise in spring.',
    );
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [
      ['the new levy would pay for the ferries', 'Nadia Osei'],
      ['fares would rise in spring', 'Nadia Osei'],
    ]);
    const denied = reportedIn('Nadia Osei chairs the council. Osei said the levy was a mistake, but she denied that the ferries would stop.');
    assert.deepStrictEqual(denied.map((i) => i.text), ['the levy was a mistake', 'the ferries would stop']);
    const urged = reportedIn('Nadia Osei chairs the council. Osei said the levy would stay, and she urged ministers to fund the ferries.');
    assert.strictEqual(urged[0]?.text, 'the levy would stay');
  });

  it('", saying, “…”" after the clause is the writer’s link to the quotation, not part of what was reported', () => {
    const items = reportedIn('Nadia Osei chairs the council. Osei attacked the board for its plan to sell the ferries, saying, "It is a disgrace."');
    assert.deepStrictEqual(items.map((i) => i.text), ['the board for its plan to sell the ferries']);
  });

  it('"…, saying he understood …" reports the clause for the sentence’s subject, not for "he"', () => {
    const items = reportedIn('Nadia Osei won the vote. Osei struck a measured tone, saying she understood the cost of the ferries.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [['she understood the cost of the ferries', 'Nadia Osei']]);
  });

  it('"Senator Ann Lee, Democrat of Ohio, who echoed …" speaks for the senator, not the place', () => {
    const items = reportedIn('"We will fight it," said Senator Ann Lee, Democrat of Ohio, who echoed the mayor’s warning about the fares.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [['the mayor’s warning about the fares', 'Ann Lee']]);
  });

  it('"warned on Tuesday that the party …": the content after "that" keeps its first word', () => {
    const items = reportedIn('Nadia Osei chairs the council. Osei warned on Tuesday that the ferries would stop in May.');
    assert.deepStrictEqual(items.map((i) => i.text), ['the ferries would stop in May']);
  });

  it('"…, the source said." claims the whole clause before it, a report inside it included', () => {
    const items = reportedIn('Omar Hale had told the board that the strike would end by Monday, but the union refused, the source said.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [
      ['Omar Hale had told the board that the strike would end by Monday, but the union refused', 'the source'],
    ]);
  });

  it('a closing "…, the source added." or "…, according to two aides." reports the clause a cue inside it opens', () => {
    const added = reportedIn('Omar Hale had told the board that he wanted no escort at all, but the police overruled him, the source added.');
    assert.deepStrictEqual(added.map((i) => [i.text, i.speaker]), [
      ['Omar Hale had told the board that he wanted no escort at all, but the police overruled him', 'the source'],
    ]);
    const according = reportedIn('The harbour police have said they will not release the recordings, according to two aides.');
    assert.deepStrictEqual(according.map((i) => [i.text, i.speaker]), [
      ['The harbour police have said they will not release the recordings', 'two aides'],
    ]);
  });

  it('"… and union leaders accused the board of …", "…, though a review indicates …": a second speaker\'s clause ends the first', () => {
    const accused = reportedIn('Omar Hale said the board mishandled the strike and union leaders accused the board of stalling the talks.');
    assert.deepStrictEqual(accused.map((i) => [i.text, i.speaker]), [
      ['the board mishandled the strike', 'Omar Hale'],
      ['the board of stalling the talks', 'union leaders'],
    ]);
    const indicates = reportedIn('Omar Hale accused the mayor of hiding the audit, though a review of records indicates he has not.');
    assert.strictEqual(indicates[0].text, 'the mayor of hiding the audit');
  });

  it('a book\'s title before the tag ("In his book, “Harbour Lights,” Omar Hale said …") tags nothing: the clause is his', () => {
    const items = reportedIn('In his new book, “Harbour Lights,” and in an interview, Omar Hale said the ferries had never paid.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [['the ferries had never paid', 'Omar Hale']]);
  });

  it('"…, Reuters reported, citing people familiar with the matter": who was cited is no content', () => {
    const items = reportedIn('The ferry company plans to cut 300 jobs, Reuters reported, citing people familiar with the matter.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [['The ferry company plans to cut 300 jobs', 'Reuters']]);
  });

  it('"…, its chief executive told employees in a memo on Wednesday." reports the clause before the tag', () => {
    const items = reportedIn('The ferry company is cutting 12% of its staff, its chief executive told employees in a memo on Wednesday.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [['The ferry company is cutting 12% of its staff', 'its chief executive']]);
  });

  it('"termed the remarks \'unfortunate\'": to term something a quoted name is to say it', () => {
    const items = reportedIn("The minister termed the remarks 'unfortunate' on Tuesday.");
    assert.strictEqual(items[0]?.speaker, 'The minister');
    assert.match(items[0]?.text ?? '', /^the remarks 'unfortunate'/);
  });

  it('a class year after the name ("Theo Grant \'25 said") is no speaker of its own', () => {
    assert.deepStrictEqual(reportedIn("Theo Grant '25 said the student senate would meet on Friday.").map((i) => [i.text, i.speaker]), [
      ['the student senate would meet on Friday', 'Theo Grant'],
    ]);
  });

  it('a clause opened by "Though" ends at the comma before the main clause\'s subject', () => {
    const items = reportedIn('Omar Hale spoke first. Though he called the delay "a disgrace" and urged a review, Hale stopped short of resigning.');
    assert.deepStrictEqual(items.map((i) => i.text), ['the delay "a disgrace" and urged a review']);
  });

  it('"…, which the board pointed to as …": a relative clause with a named subject is no part of the report', () => {
    const items = reportedIn('Omar Hale had denounced the merger on air, which Harbour Radio pointed to as proof of its openness.');
    // What the station pointed to it as is the station's own report.
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [['the merger on air', 'Omar Hale'], ['as proof of its openness', 'Harbour Radio']]);
  });

  it('"…bigger than she expected, the buyer said.": the sentence\'s tag is no content of "expected"', () => {
    assert.deepStrictEqual(reportedIn('Omar Hale met the buyer.\n\nThe order was bigger than she expected, the buyer said.').map((i) => [i.text, i.speaker]), [
      ['The order was bigger than she expected', 'the buyer'],
    ]);
  });

  it('"Protesters shouted “Shame!”": a shout is a quotation of its own, no report around it', () => {
    assert.deepStrictEqual(reportedIn('Protesters shouted “Shame!” several times as the minister left.'), []);
  });

  it('"told reporters Tuesday X-rays were negative": a capitalised word after the day opens the clause when a verb follows', () => {
    assert.deepStrictEqual(reportedIn('Omar Hale told reporters Tuesday X-rays were negative.').map((i) => [i.text, i.speaker]), [
      ['X-rays were negative', 'Omar Hale'],
    ]);
  });

  it('"who asked not to be named" is a condition of anonymity, no report; the sentence\'s cue still reports', () => {
    const items = reportedIn('A buyer for the store, who asked not to be named, said it had placed a large order.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [['it had placed a large order', 'A buyer for the store']]);
  });

  it('"Smith\'s agent, Paul Diaz, confirmed the move." and "a statement read to the court" report nothing', () => {
    assert.deepStrictEqual(reportedIn("Omar Hale's agent, Paul Diaz, confirmed the move."), []);
    assert.deepStrictEqual(reportedIn('"I was terrified," the victim said in a statement read to the court.'), []);
  });

  it('"shot back that …": the particle is no content', () => {
    assert.deepStrictEqual(reportedIn('Omar Hale shot back that the ferries could wait.').map((i) => i.text), ['the ferries could wait']);
  });

  it('"Hale was asked if he believed …": the one asked did not ask, and a belief under "if" is not held', () => {
    assert.deepStrictEqual(reportedIn('Omar Hale was asked if he believed the strike would end by Monday.'), []);
    const text = 'Harbour board meets\n\nOmar Hale was asked: "Will you resign?"';
    assert.strictEqual(analyze(text).quotes.find((q) => q.kind === 'direct')?.attribution.speaker, null);
  });

  it('"The report released last week found that …": a participle and its phrase stand between the subject and the cue', () => {
    assert.deepStrictEqual(reportedIn('The report released last week found that ferry use rose by a third.').map((i) => [i.text, i.speaker]), [
      ['ferry use rose by a third', 'The report'],
    ]);
    // A day after the phrase ("released on Monday") is skipped first.
    assert.deepStrictEqual(reportedIn('Treasury modelling released on Monday shows the freeze will cost two billion dollars.').map((i) => i.speaker), [
      'Treasury modelling',
    ]);
  });

  it('a name\'s suffix ("Omar Hale Jr. said", "Omar Hale Jr., who chairs the board, said") and "itself" before the cue', () => {
    for (const sentence of ['Omar Hale Jr. said the strike would end by Monday.', 'Omar Hale Jr., who chairs the board, said the strike would end by Monday.']) {
      assert.deepStrictEqual(reportedIn(sentence).map((i) => [i.text, i.speaker]), [['the strike would end by Monday', 'Omar Hale Jr']], sentence);
    }
    assert.deepStrictEqual(reportedIn('The Harbour Board itself said the strike would end by Monday.').map((i) => i.text), ['the strike would end by Monday']);
  });

  it('a tagged quotation that runs on from the writer’s words is the end of a partly quoted sentence', () => {
    const text = `Harbour board meets\n\nOmar Hale runs the port. But the cost of the delay is "twice what the board was told," Hale said.`;
    const analysis = analyze(text);
    const mixed = analysis.quotes.filter((q) => q.kind === 'mixed');
    assert.deepStrictEqual(mixed.map((q) => [text.slice(q.start, q.end), q.attribution.speaker]), [
      ['But the cost of the delay is "twice what the board was told,"', 'Omar Hale'],
    ]);
  });

  it('a title before the tag ("on “Harbour Talk,” Hale said") is not the tag’s content: the clause after the cue is', () => {
    const items = reportedIn('Omar Hale runs the port. Speaking on “Harbour Talk,” Hale said the strike would end by Monday.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [['the strike would end by Monday', 'Omar Hale']]);
  });

  it('an inverted tag needs its comma: "must rebut Hale’s claims" reports nothing for Hale', () => {
    const items = reportedIn('Dana Whitfield, a board member since 2019, said the city must rebut Hale’s claims.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [['the city must rebut Hale’s claims', 'Dana Whitfield']]);
  });
});

describe('engine: a relative pronoun as the speaker mention', () => {
  it('"Hale, who said …": the attribution rests on "who", resolved to the person named before it', () => {
    const text = 'Harbour board meets\n\nOmar Hale, who said the strike would end by Monday, left the meeting early.';
    const [item] = analyze(text).quotes.filter((q) => q.kind === 'reported');
    assert.strictEqual(item.attribution.speaker, 'Omar Hale');
    assert.strictEqual(text.slice(item.attribution.speakerSpan!.start, item.attribution.speakerSpan!.end), 'who');
  });

  it('a description before "who" stays the mention: it is the unnamed source as written', () => {
    const text = 'Harbour board meets\n\nA senior port official, who said the strike would end by Monday, left early.';
    const [item] = analyze(text).quotes.filter((q) => q.kind === 'reported');
    assert.strictEqual(item.attribution.speaker, 'A senior port official');
    assert.strictEqual(text.slice(item.attribution.speakerSpan!.start, item.attribution.speakerSpan!.end), 'A senior port official');
  });
});

describe('engine: a share of poll respondents as the source', () => {
  it('"52 percent said", "two in three said", "a third said": the group as written, never a person', () => {
    for (const [sentence, source] of [
      ['Now, 52 percent said the ferry should run all night.', '52 percent'],
      ['Two in three said they would pay a higher toll.', 'Two in three'],
      ['A third said they would stay home in November.', 'A third'],
    ]) {
      const text = `Harbour poll\n\nThe port board polled 900 residents. ${sentence}`;
      const items = analyze(text).quotes.filter((q) => q.kind === 'reported');
      assert.deepStrictEqual(items.map((q) => [q.attribution.speaker, q.attribution.entityId]), [[source, null]], sentence);
    }
  });

  it('a share gives a direct quotation no speaker', () => {
    const text = 'Harbour poll\n\n"Run it all night," 52 percent said.';
    const [quote] = analyze(text).quotes.filter((q) => q.kind === 'direct');
    assert.strictEqual(quote.attribution.speaker, null);
  });
});

describe('engine: tags after a quotation', () => {
  const speakerOf = (text: string): string | null => analyze(`Harbour board meets\n\n${text}`).quotes.filter((q) => q.kind === 'direct')[0].attribution.speaker;

  it('"…," tweeted Sen. X: "tweeted" right after the quotation is the cue, not a word between speaker and cue', () => {
    assert.strictEqual(speakerOf('"The ferry deal is a win for the islands," tweeted Sen. Ruth Calder.'), 'Ruth Calder');
  });

  it('"…," wrote one Hale supporter: a name that qualifies a noun is not the speaker; the description is', () => {
    assert.strictEqual(speakerOf('Omar Hale lost the vote. "He was robbed," wrote one Hale supporter on a forum.'), 'one Hale supporter');
  });
});

describe('engine: more reported constructions', () => {
  it('"X on Tuesday said …": a day between the speaker and the cue', () => {
    assert.deepStrictEqual(reportedIn('The port authority on Tuesday said the new cranes would arrive in June.'), [
      { text: 'the new cranes would arrive in June', speaker: 'The port authority', kind: 'reported' },
    ]);
  });

  it('a quotation the sentence runs on from (`"…unlikely" that …, said X`) opens a partly quoted report', () => {
    assert.deepStrictEqual(reportedIn('Omar Hale runs the port. "It seems very unlikely" that the strike ends soon, said Hale.'), [
      { text: '"It seems very unlikely" that the strike ends soon', speaker: 'Omar Hale', kind: 'mixed' },
    ]);
  });
});

describe('engine: reported speech after a day, run-on tags and writings as sources', () => {
  it('"X said Thursday he would …": the clause after the day', () => {
    assert.deepStrictEqual(reportedIn('Omar Hale said Thursday he would leave the board in June.').map((i) => i.text), ['he would leave the board in June']);
  });

  it('`This is a "raw time," said X`: a run-on quotation before an inverted tag is a partly quoted report', () => {
    const items = reportedIn('Omar Hale runs the port. This is a "hard season," said Hale.');
    assert.deepStrictEqual(items, [{ text: 'This is a "hard season,"', speaker: 'Omar Hale', kind: 'mixed' }]);
  });

  it('a magazine, a tally or the figures speak for their makers', () => {
    assert.deepStrictEqual(reportedIn('The magazine said its readers had picked the winner of every race since 2004.'), [
      { text: 'its readers had picked the winner of every race since 2004', speaker: 'The magazine', kind: 'reported' },
    ]);
    assert.deepStrictEqual(reportedIn('The figures show that ferry use fell by a third last winter.'), [
      { text: 'ferry use fell by a third last winter', speaker: 'The figures', kind: 'reported' },
    ]);
  });
});

describe('engine: "found that"', () => {
  it('a study or a poll that "found that …" is its source; "found" without "that" is no cue', () => {
    assert.deepStrictEqual(reportedIn('A survey by the port authority found that most commuters would pay a higher toll.'), [
      { text: 'most commuters would pay a higher toll', speaker: 'the port authority', kind: 'reported' },
    ]);
    assert.deepStrictEqual(reportedIn('Divers found the missing anchor near the breakwater on Monday.'), []);
  });
});

describe('engine: no fragment of a title or a phrase as the speaker', () => {
  it('"said Mr. Hale": the honorific leads to the person, never "Mr" alone', () => {
    const text = 'Harbour board meets\n\nOmar Hale chairs the board.\n\n"There is a lot of new complexity," said Mr. Hale.';
    const [quote] = analyze(text).quotes.filter((q) => q.kind === 'direct');
    assert.strictEqual(quote.attribution.speaker, 'Omar Hale');
  });

  it('a group credited as written ends in a word for people; a phrase ending in an adjective is no group', () => {
    const groups = (body: string): (string | null)[] => reportedIn(body).map((i) => i.speaker);
    assert.deepStrictEqual(groups('Black voters in Florida say the new map is unfair to them.'), ['Black voters in Florida']);
    assert.ok(!groups('Hale listed the delays as examples of the board’s unkind comments about the islands.').includes('examples of the board’s unkind'));
  });
  it('leaves the writer\'s framing out: a participle opening the sentence, and "Saying that" before a quotation', () => {
    const framed = reportedIn('Showing how far apart the two sides remain, Ana Ortiz countered, "The toll stays until the bridge is paid for."');
    assert.ok(!framed.some((i) => i.text.startsWith('Showing')), JSON.stringify(framed));
    const saying = reportedIn('Saying that "the figures are simply wrong," Ana Ortiz added that the board would publish its own count.');
    assert.ok(!saying.some((i) => i.text.startsWith('Saying')), JSON.stringify(saying));
    assert.ok(saying.some((i) => i.text === 'the board would publish its own count' && i.speaker === 'Ana Ortiz'), JSON.stringify(saying));
  });
  it('a second speaker joined by "and" or "but" ends the first speaker\'s words', () => {
    const items = reportedIn('The gap between what Mayor Ana Ortiz says the toll would raise and how engineers say it would be spent has grown.');
    assert.ok(items.some((i) => i.text === 'the toll would raise' && i.speaker === 'Ana Ortiz'), JSON.stringify(items));
    assert.ok(!items.some((i) => i.speaker === 'Ana Ortiz' && i.text.includes('engineers')), JSON.stringify(items));
  });
  it('"--" is a dash: another tag after it ends the first speaker\'s words', () => {
    const items = reportedIn('Mayor Ana Ortiz called on the board to cut the toll -- a toll the ferry captain said is ruining trade.');
    assert.ok(items.some((i) => i.text === 'the board to cut the toll' && i.speaker === 'Ana Ortiz'), JSON.stringify(items));
  });
  it('a group that speaks after a connective is the group, without the connective ("But critics said")', () => {
    assert.deepStrictEqual(reportedIn('The council approved the toll. But critics said the vote was rushed.'), [
      { text: 'the vote was rushed', speaker: 'critics', kind: 'reported' },
    ]);
  });
});

describe('engine: partly quoted sentences credited whole', () => {
  /** The quotes a reader is shown, as in the editor: a quotation inside a mixed item belongs to it. */
  const shown = (text: string): { text: string; speaker: string | null; kind: string }[] =>
    shownQuotes(analyze(text), { showReportedSpeech: true }).map((q) => ({ text: text.slice(q.start, q.end), speaker: q.attribution.speaker, kind: q.kind }));

  it('a headline "Name: …" is the named one\'s words, whatever verb follows the colon', () => {
    const text = 'Ana Ortiz: Council Asking Ferry Board To Explain Toll ‘Out of Touch.’\n\nMayor Ana Ortiz spoke on Monday.';
    assert.deepStrictEqual(shown(text).filter((q) => q.kind !== 'reported' || q.text.includes('Toll')), [
      { text: 'Council Asking Ferry Board To Explain Toll ‘Out of Touch.’', speaker: 'Ana Ortiz', kind: 'mixed' },
    ]);
    const lower = 'Ortiz: Board needs to \'stop hiding behind the budget\' on tolls.\n\nMayor Ana Ortiz spoke on Monday.';
    assert.deepStrictEqual(shown(lower)[0], { text: 'Board needs to \'stop hiding behind the budget\' on tolls', speaker: 'Ana Ortiz', kind: 'mixed' });
  });

  it('a label that is no name labels nothing ("Correction:", "The Latest:")', () => {
    const text = 'Correction: An earlier version of this story misstated the “Ferry First” plan.\n\nMayor Ana Ortiz spoke on Monday.';
    assert.ok(!shown(text).some((q) => q.speaker !== null && q.text.includes('Ferry First')), JSON.stringify(shown(text)));
  });

  it('a quotation that opens the sentence and runs on to the tag makes one mixed item', () => {
    const text = 'Harbour board meets\n\n\'\'I have admiration for the mechanics\'\' of the toll plan, Ms. Ortiz said.\n\nAna Ortiz chairs the board.';
    assert.deepStrictEqual(shown(text)[0], { text: '\'\'I have admiration for the mechanics\'\' of the toll plan', speaker: 'Ana Ortiz', kind: 'mixed' });
  });

  it('an adverb of manner between the speaker and a cue that opens what was said ("boldly suggested that")', () => {
    const text = 'Harbour board meets\n\nThe debate turned when Mayor Ana Ortiz boldly suggested that Tom Baker "never read the toll report."';
    assert.deepStrictEqual(shown(text)[0], { text: 'Tom Baker "never read the toll report."', speaker: 'Ana Ortiz', kind: 'mixed' });
  });

  it('"As X put it, …": what was said is the clause after the comma', () => {
    const text = 'Harbour board meets\n\nAs Mayor Ana Ortiz put it in a letter to the board in July, the toll is "a tax on living on an island."';
    assert.deepStrictEqual(shown(text)[0], { text: 'the toll is "a tax on living on an island."', speaker: 'Ana Ortiz', kind: 'mixed' });
  });

  it('"offered to" do something is an offer to act, not words', () => {
    assert.deepStrictEqual(reportedIn('His lawyer offered to have the captain appear at a closed hearing.'), []);
  });

  it('a time adverbial after "that" opens what was said ("noted that last year …")', () => {
    assert.deepStrictEqual(reportedIn('Councillors noted that last year the harbour board spent twice its budget.'), [
      { text: 'last year the harbour board spent twice its budget', speaker: 'Councillors', kind: 'reported' },
    ]);
  });

  it('"they" picks up the group credited just before it in the same paragraph, and no group in another one', () => {
    const items = reportedIn('Residents said the quay was unsafe. They noted that two boats sank there in March.');
    assert.deepStrictEqual(items.map((i) => i.speaker), ['Residents', 'Residents']);
    assert.strictEqual(items[1].text, 'two boats sank there in March');
    assert.deepStrictEqual(reportedIn('Residents said the quay was unsafe.\n\nThey noted that two boats sank there in March.').map((i) => i.speaker), ['Residents']);
  });

  it('an inverted tag closing the sentence claims the clause whole, a report inside it included', () => {
    assert.deepStrictEqual(reportedIn('Officials felt the lenders could pay for the repairs, said Ana Ortiz, the board\'s lawyer.'), [
      { text: 'Officials felt the lenders could pay for the repairs', speaker: 'Ana Ortiz', kind: 'reported' },
    ]);
  });

  it('a semicolon before another subject and its own speech verb ends what the first speaker said', () => {
    const items = reportedIn('Residents said the new toll was unfair; the mayor, the council promised a review of the charges.');
    assert.deepStrictEqual(items.map((i) => [i.text, i.speaker]), [
      ['the new toll was unfair', 'Residents'],
      ['a review of the charges', 'the council'],
    ]);
  });

  it('a plural in -men is a group ("Fishermen said", "two congressmen said")', () => {
    assert.deepStrictEqual(reportedIn('Fishermen said the quay was unsafe.').map((i) => i.speaker), ['Fishermen']);
    assert.deepStrictEqual(reportedIn('Two congressmen said the quay was unsafe.').map((i) => i.speaker), ['Two congressmen']);
  });
});

describe('engine: where a report ends, and who may speak it', () => {
  it('a cue that takes a thing as its object, right before "are", is in a clause about that thing: no report', () => {
    const body = 'Mayor Dana Holt spoke on Monday.\n\nThe three faults she cited are the late buses, the broken lifts and the empty shelters.';
    assert.deepStrictEqual(reportedIn(body), []);
  });

  it('people in the plural before a verb in -s belong inside its subject and do not speak', () => {
    const body = 'A slide that the minister carries as he speaks to business and political leaders shows that ten ferries sail empty.';
    assert.deepStrictEqual(reportedIn(body), []);
    assert.deepStrictEqual(reportedIn('Political leaders say that ten ferries sail empty.').map((r) => r.speaker), ['Political leaders']);
  });

  it('a second speaker after "but" or after a missing full stop ends the first one\'s words; an infinitive does not', () => {
    assert.deepStrictEqual(reportedIn('Mayor Dana Holt said the toll would go, but analysts agreed it was still a costly plan.'), [
      { text: 'the toll would go', speaker: 'Dana Holt', kind: 'reported' },
      { text: 'it was still a costly plan', speaker: 'analysts', kind: 'reported' },
    ]);
    assert.deepStrictEqual(reportedIn('The port authority said it would tighten the vetting of operators The harbour board said it would add inspectors.'), [
      { text: 'it would tighten the vetting of operators', speaker: 'The port authority', kind: 'reported' },
      { text: 'it would add inspectors', speaker: 'The harbour board', kind: 'reported' },
    ]);
    assert.deepStrictEqual(reportedIn('Mayor Dana Holt says she will pay until she can persuade the banks and the unions to agree to a loan.'), [
      { text: 'she will pay until she can persuade the banks and the unions to agree to a loan', speaker: 'Dana Holt', kind: 'reported' },
    ]);
  });

  it('a missing full stop before an initialism ("… operators The S.E.C. said") and "but he refused" end the words', () => {
    const items = reportedIn('The port authority said it would tighten the vetting of operators The S.E.C. said it would add inspectors.');
    assert.deepStrictEqual(items[0], { text: 'it would tighten the vetting of operators', speaker: 'The port authority', kind: 'reported' });
    assert.deepStrictEqual(reportedIn('Mayor Dana Holt has said about 20 people want the seat, but she refused to name them.')[0], {
      text: 'about 20 people want the seat', speaker: 'Dana Holt', kind: 'reported',
    });
  });

  it('after the quoted words that name it, "after she …" is the writer\'s reason, not the namer\'s words', () => {
    assert.deepStrictEqual(reportedIn('Mayor Dana Holt described the board as “a closed shop” after it rejected her budget.'), [
      { text: 'the board as “a closed shop”', speaker: 'Dana Holt', kind: 'mixed' },
    ]);
  });

  it('people who belong to a person speak as a group, not as that person ("Ortiz\'s relatives … said")', () => {
    const body = "Ana Ortiz's relatives, including her brother, watched the video on Thursday and said they came away with “more questions than answers.”";
    assert.deepStrictEqual(reportedIn(body).map((r) => r.speaker), ["Ana Ortiz's relatives"]);
  });

  it('a report inside a relative clause set off by commas ends at the comma before the main verb', () => {
    assert.deepStrictEqual(reportedIn('Mayor Ana Ortiz, who said she would publish the tapes, spoke to the families on Monday.'), [
      { text: 'she would publish the tapes', speaker: 'Ana Ortiz', kind: 'reported' },
    ]);
    assert.deepStrictEqual(reportedIn('Mayor Ana Ortiz, who said she would publish the tapes, the logs and the videos, met them.')[0].text,
      'she would publish the tapes, the logs and the videos');
  });

  it('a verb joined to a relative clause speaks for what "who" stands for, not for the sentence\'s subject', () => {
    const body = 'The video became a rallying point for residents here, who have taken to the streets and called for the tapes to be released.';
    assert.deepStrictEqual(reportedIn(body).map((r) => r.speaker), ['residents']);
  });

  it('"according to her account" credits her, and what it reports starts after "account"', () => {
    const body = 'Dr. Rosa Diaz said the patient hid a blood clot.\n\nAccording to her account, the patient refused to go to the hospital for a week.';
    assert.deepStrictEqual(reportedIn(body)[1], { text: 'the patient refused to go to the hospital for a week', speaker: 'Rosa Diaz', kind: 'reported' });
  });

  it('"pointed to reports that …" is a report by the one who points, holding the report inside it', () => {
    const body = 'Mayor Dana Holt spoke at the debate. Then she pointed to reports that Councillor Tom Baker called the plan “a farce” in private.';
    assert.deepStrictEqual(reportedIn(body), [
      { text: 'reports that Councillor Tom Baker called the plan “a farce” in private', speaker: 'Dana Holt', kind: 'mixed' },
    ]);
  });
});
