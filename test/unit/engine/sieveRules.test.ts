/** One or more small invented texts per rule of the attribution sieve, the usage classifier and the name chunker. */
import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import type { Attribution, Quote } from '../../../src/engine/types';
import { direct, entityNamed, quoteWith, slice } from '../../fixtures/engine/helpers';

interface Read {
  quote: Quote;
  attribution: Attribution;
  speakerText: string | null;
  cueText: string | null;
}

/** The one direct quote containing `fragment`, with its attribution spans read back as text. */
function read(text: string, fragment: string): Read {
  const quote = quoteWith(analyze(text), fragment);
  const attribution = quote.attribution;
  return { quote, attribution, speakerText: slice(text, attribution.speakerSpan), cueText: slice(text, attribution.cueSpan) };
}

describe('engine: sieve rules', () => {
  describe('transcript speaker label', () => {
    it('a capitalised NAME: opening the quotation is the person with that surname', () => {
      const text = 'Senator Mara Harlow joined the panel on Tuesday.\n\n"HARLOW: Let\'s begin with the budget."';
      const r = read(text, 'begin with the budget');
      assert.strictEqual(r.attribution.speaker, 'Mara Harlow');
      assert.strictEqual(r.attribution.entityId, entityNamed(analyze(text), 'Mara Harlow').id);
      assert.strictEqual(r.attribution.rule, 'transcript speaker label');
      assert.strictEqual(r.speakerText, 'HARLOW');
      assert.strictEqual(r.attribution.cue, null);
    });

    it('with nobody of that surname, the label as written speaks', () => {
      const text = 'The panel met on Tuesday.\n\n"QUILLBY: Let\'s begin with the budget."';
      const r = read(text, 'begin with the budget');
      assert.strictEqual(r.attribution.speaker, 'QUILLBY');
      assert.strictEqual(r.attribution.rule, 'transcript speaker label');
      assert.strictEqual(r.speakerText, 'QUILLBY');
    });
  });

  describe('a colon before the quotation', () => {
    it('a name and a colon right before the quotation credit the name', () => {
      const text = 'The council debated for hours. A lesson from Dana Reyes: "Be heard."';
      const r = read(text, 'Be heard');
      assert.strictEqual(r.attribution.speaker, 'Dana Reyes');
      assert.strictEqual(r.attribution.rule, 'name and colon before the quotation');
      assert.strictEqual(r.speakerText, 'Dana Reyes');
      assert.strictEqual(r.attribution.cue, null);
    });

    it('otherwise the subject of the clause the colon closes speaks', () => {
      const text = 'Dana Reyes spoke to the council on Tuesday. She returned to her old lines: "We will not back down."';
      const r = read(text, 'not back down');
      assert.strictEqual(r.attribution.speaker, 'Dana Reyes');
      assert.ok(r.attribution.rule.startsWith('subject of the clause the colon closes'), r.attribution.rule);
      assert.strictEqual(r.speakerText, 'She');
    });

    it('a paragraph ending in a colon introduces the quote-only paragraph below it', () => {
      const text = 'Dana Reyes spoke to the council on Tuesday.\n\nReyes made the following comment:\n\n"The vote was never in doubt."\n\nThen the council adjourned.';
      const r = read(text, 'never in doubt');
      assert.strictEqual(r.attribution.speaker, 'Dana Reyes');
      assert.strictEqual(r.attribution.rule, 'introduced by a colon in the previous paragraph');
      assert.strictEqual(r.speakerText, 'Reyes');
      assert.strictEqual(r.attribution.speakerSpan?.start, text.indexOf('Reyes made'));
    });
  });

  describe('sources that are not people', () => {
    it('"it added" is the last source that is not a person', () => {
      const text = '"The council has failed the city," the newspaper wrote.\n\n"Its members must answer for it," it added.';
      const first = read(text, 'failed the city');
      assert.strictEqual(first.attribution.speaker, 'the newspaper');
      assert.strictEqual(first.attribution.cue, 'wrote');
      const r = read(text, 'must answer');
      assert.strictEqual(r.attribution.speaker, 'the newspaper');
      assert.ok(r.attribution.rule.includes('it = the last source'), r.attribution.rule);
      assert.strictEqual(r.speakerText, 'it');
      assert.strictEqual(r.attribution.cue, 'added');
      assert.ok(r.attribution.confidence > 0 && r.attribution.confidence < first.attribution.confidence, `${r.attribution.confidence} < ${first.attribution.confidence}`);
    });

    it('a document reads what it says', () => {
      const r = read('"Close the mill by spring," the letter read.', 'Close the mill');
      assert.strictEqual(r.attribution.speaker, 'the letter');
      assert.strictEqual(r.attribution.cue, 'read');
      assert.strictEqual(r.cueText, 'read');
    });

    it('"read" after a word that is no document is no cue', () => {
      const r = read('"Close the mill by spring," the teacher read aloud.', 'Close the mill');
      assert.strictEqual(r.attribution.speaker, null);
      assert.strictEqual(r.attribution.cue, null);
    });
  });

  describe('cue words', () => {
    it('calling something a quoted name is saying it', () => {
      const text = 'Dana Reyes called the plan "a disaster."';
      const r = read(text, 'a disaster');
      assert.strictEqual(r.attribution.speaker, 'Dana Reyes');
      assert.strictEqual(r.attribution.cue, 'called');
      assert.strictEqual(r.quote.usage, 'speech');
    });

    it('"shot back" is a cue, recorded as its verb "shot"', () => {
      const text = '"We will fight this," Dana Reyes shot back.';
      const r = read(text, 'fight this');
      assert.strictEqual(r.attribution.speaker, 'Dana Reyes');
      assert.strictEqual(r.attribution.cue, 'shot');
      assert.strictEqual(r.cueText, 'shot');
      assert.strictEqual(r.attribution.cueSpan?.start, text.indexOf('shot'));
    });

    it('"shot" without "back" is no cue', () => {
      const r = read('"We will fight this," Dana Reyes shot.', 'fight this');
      assert.strictEqual(r.attribution.speaker, null);
      assert.strictEqual(r.attribution.cue, null);
    });
  });

  describe('speaker phrases', () => {
    it('an unfamiliar name after a role noun speaks, the role included in the span', () => {
      const text = '"The mill must stay open," columnist Tavi Oenn wrote.';
      const r = read(text, 'stay open');
      assert.strictEqual(r.speakerText, 'columnist Tavi Oenn');
      assert.strictEqual(r.attribution.speaker, 'Tavi Oenn');
      assert.strictEqual(r.attribution.cue, 'wrote');
      assert.strictEqual(entityNamed(analyze(text), 'Tavi Oenn').role, 'columnist');
    });

    it('"a spokesman for Reyes" is the spokesman, not Reyes', () => {
      const text = 'Dana Reyes lost the vote.\n\n"No," a spokesman for Reyes said.';
      const r = read(text, 'No');
      assert.strictEqual(r.attribution.speaker, 'a spokesman for Reyes');
      assert.strictEqual(r.attribution.entityId, null);
      assert.strictEqual(r.speakerText, 'a spokesman for Reyes');
      assert.notStrictEqual(r.attribution.entityId, entityNamed(analyze(text), 'Dana Reyes').id);
    });

    it('an inverted tag stops before a participle phrase', () => {
      const r = read('"The deal is close," says a source involved in the talks.', 'deal is close');
      assert.strictEqual(r.attribution.speaker, 'a source');
      assert.strictEqual(r.speakerText, 'a source');
      assert.strictEqual(r.attribution.cue, 'says');
      assert.strictEqual(r.attribution.rule, 'trailing tag (cue, speaker)');
    });

    it('an inverted tag stops before a relative clause', () => {
      const r = read('"The deal is close," said Lavinia Oster, who chairs the board.', 'deal is close');
      assert.strictEqual(r.attribution.speaker, 'Lavinia Oster');
      assert.strictEqual(r.speakerText, 'Lavinia Oster');
      assert.strictEqual(r.attribution.cue, 'said');
      assert.strictEqual(r.attribution.rule, 'trailing tag (cue, speaker)');
    });

    it('a place before an appositive comma is where, not who', () => {
      const text = 'The mill workers in Marlow County, for one, called the plan "nonsense."';
      assert.strictEqual(entityNamed(analyze(text), 'Marlow County').type, 'place');
      const r = read(text, 'nonsense');
      assert.strictEqual(r.attribution.speaker, null);
      assert.strictEqual(r.speakerText, null);
      // The same sentence with a person where the place stood: the person speaks.
      const person = read('The mill workers of Tom Ridley, for one, called the plan "nonsense."', 'nonsense');
      assert.strictEqual(person.attribution.speaker, 'Tom Ridley');
    });

    it('past a place and its comma, the named person before the appositive speaks', () => {
      const text = 'There were floods in Marlow County, and warnings that Tom Ridley, for one, called "nonsense."';
      const r = read(text, 'nonsense');
      assert.strictEqual(r.attribution.speaker, 'Tom Ridley');
      assert.strictEqual(r.speakerText, 'Tom Ridley');
      assert.strictEqual(r.attribution.cue, 'called');
    });
  });

  describe('pronoun gender is a hint', () => {
    it('"she" for a person with a usually male first name still finds them, less surely', () => {
      const text = '"We lost everything in the flood," said widow Terry Vance.\n\nShe continued, "The town never came to help us."';
      const first = read(text, 'lost everything');
      assert.strictEqual(first.attribution.speaker, 'Terry Vance');
      const r = read(text, 'never came');
      assert.strictEqual(r.attribution.speaker, 'Terry Vance');
      assert.strictEqual(r.speakerText, 'She');
      assert.strictEqual(r.attribution.cue, 'continued');
      assert.ok(r.attribution.confidence > 0 && r.attribution.confidence < first.attribution.confidence, `${r.attribution.confidence} < ${first.attribution.confidence}`);
      assert.ok(r.attribution.rule.includes('gender unknown'), r.attribution.rule);
    });
  });
});

describe('engine: quotation usage', () => {
  it('a short title-case quotation in body text is a title, with no speaker', () => {
    const r = read('The town council was split on the plan. She appeared on "Morning Table."', 'Morning Table');
    assert.strictEqual(r.quote.usage, 'title');
    assert.strictEqual(r.attribution.speaker, null);
    assert.strictEqual(r.attribution.rule, 'title of a work');
  });

  it('a short title-case quotation is a title even next to a cue', () => {
    const r = read('Dana Reyes, the mayor, said she watches "Morning Table" every day.', 'Morning Table');
    assert.strictEqual(r.quote.usage, 'title');
    assert.strictEqual(r.attribution.cue, 'said');
  });

  it('the same title-case words in a title-case headline stay speech', () => {
    const text = 'Reyes Says "Rebuild Every Home" After Storm\n\nMayor Dana Reyes spoke to reporters on Monday after the storm had passed through the valley.';
    const r = read(text, 'Rebuild Every Home');
    assert.strictEqual(r.quote.line, 1);
    assert.strictEqual(r.quote.usage, 'speech');
    assert.strictEqual(r.attribution.speaker, 'Dana Reyes');
    const body = read('The mayor spoke. Dana Reyes said "Rebuild Every Home."', 'Rebuild Every Home');
    assert.strictEqual(body.quote.usage, 'title');
  });

  it('a short lowercase quotation with no cue is a term', () => {
    const r = read('The plan was a "clean slate" for the town.', 'clean slate');
    assert.strictEqual(r.quote.usage, 'term');
    assert.strictEqual(r.attribution.speaker, null);
    assert.strictEqual(r.attribution.confidence, 0);
  });
});

describe('engine: German and reversed quotation marks', () => {
  it('„…“ pairs into one quotation, and a following “…” into another', () => {
    const text = 'Dana Reyes said „we stay here“ and then “we leave tomorrow” to the crowd.';
    const a = analyze(text);
    assert.deepStrictEqual(direct(a).map((q) => q.text), ['we stay here', 'we leave tomorrow']);
    assert.deepStrictEqual(direct(a).map((q) => slice(text, q.outer)), ['„we stay here“', '“we leave tomorrow”']);
    assert.deepStrictEqual(a.problems, []);
    assert.strictEqual(quoteWith(a, 'stay here').attribution.speaker, 'Dana Reyes');
  });

  it('»…« pairs into one quotation', () => {
    const text = 'Dana Reyes said »we stay here« and left.';
    const a = analyze(text);
    assert.deepStrictEqual(direct(a).map((q) => slice(text, q.outer)), ['»we stay here«']);
    assert.deepStrictEqual(a.problems, []);
  });

  it('an opening “ typed as the closing mark ends the quotation mid-paragraph', () => {
    const text = 'Dana Reyes said, “We stay here.“ Then she left the room.';
    const a = analyze(text);
    assert.deepStrictEqual(direct(a).map((q) => slice(text, q.outer)), ['“We stay here.“']);
    assert.deepStrictEqual(a.problems, []);
  });
});

describe('engine: roles in apposition', () => {
  it('"Priya Lund, the city engineer," gives the role without its article', () => {
    assert.strictEqual(entityNamed(analyze('Priya Lund, the city engineer, spoke.'), 'Priya Lund').role, 'city engineer');
  });

  it('a role in apposition stops before "and" and a second role', () => {
    const text = 'Leonard Burman, director of the Tax Policy Center and a professor at Syracuse, said the tax plan was unfair.';
    const entity = entityNamed(analyze(text), 'Leonard Burman');
    assert.strictEqual(entity.role, 'director of the Tax Policy Center');
  });
});

describe('engine: month abbreviations and names', () => {
  it('reads "Jun" as part of a name unless a day or a period follows it', () => {
    const text = 'Officials met on Tuesday. "The mill must stay open," columnist Ai Jun wrote. The vote came on Jun. 5.';
    const analysis = analyze(text);
    assert.strictEqual(analysis.quotes.find((q) => q.kind === 'direct')?.attribution.speaker, 'Ai Jun');
    assert.ok(!analysis.entities.some((e) => /Jun\./.test(e.name)), JSON.stringify(analysis.entities.map((e) => e.name)));
  });
});

describe('engine: quoted section headings', () => {
  it('reads a title-case quotation standing alone as its paragraph as a title, not speech', () => {
    const text = '"I am skeptical he can pull it off," said Dana Reyes.\n\n\'Legend in the Coal Fields.\'\n\nThe hearing went on for hours.';
    const heading = analyze(text).quotes.find((q) => q.text.startsWith('Legend'));
    assert.ok(heading);
    assert.strictEqual(heading.usage, 'title');
    assert.strictEqual(heading.attribution.speaker, null);
  });
});
