import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { entityNamed, quoteWith, slice } from '../../fixtures/engine/helpers';
import { isRoleNoun } from '../../../src/engine/lexicon';
import { isTitleCase as isTitleCaseSpan } from '../../../src/engine/reuse/paragraphFacts';

const isTitleCase = (line: string): boolean => isTitleCaseSpan(line, { start: 0, end: line.length });

/** Who a quotation is credited to, and the words the credit rests on. */
function creditOf(text: string, fragment: string): { speaker: string | null; written: string | null; rule: string; usage: string } {
  const quote = quoteWith(analyze(text), fragment);
  return { speaker: quote.attribution.speaker, written: slice(text, quote.attribution.speakerSpan), rule: quote.attribution.rule, usage: quote.usage };
}

/** The speakers of the reported speech in `text`, in order. */
const reportedSpeakers = (text: string): (string | null)[] =>
  analyze(text).quotes.filter((q) => q.kind !== 'direct').map((q) => q.attribution.speaker);

describe('engine: attribution in the styles of other outlets', () => {
  describe('a title with no name', () => {
    it('"the Prime Minister said" is shown as the role, and "she" after it still finds her', () => {
      const text = "Westminster\n\n'It is a matter for Parliament,' the Prime Minister said.\n\n'We will win,' she added.";
      const analysis = analyze(text);
      const pm = analysis.entities.find((e) => e.type === 'person');
      assert.strictEqual(pm?.name, 'the Prime Minister');
      assert.strictEqual(pm?.role, 'Prime Minister');
      assert.strictEqual(creditOf(text, 'matter for Parliament').speaker, 'the Prime Minister');
      assert.strictEqual(creditOf(text, 'We will win').speaker, 'the Prime Minister');
    });
    it('a title before a name stays the role of the named person', () => {
      const analysis = analyze("Westminster\n\n'It is a matter for Parliament,' Prime Minister Theresa May said.");
      assert.deepStrictEqual(analysis.entities.map((e) => [e.name, e.role]), [['Theresa May', 'Prime Minister']]);
    });
  });

  describe('a cue word used as a noun after a name', () => {
    it('"The Kabul attack now ranks as …" is no report by the place', () => {
      assert.deepStrictEqual(analyze('Report\n\nThe Kabul attack now ranks as the deadliest in years.').quotes, []);
    });
    it('"the White House says" and "the Times said" keep their verbs', () => {
      assert.strictEqual(creditOf('Report\n\n"We are ready," the White House says.', 'We are ready').speaker, 'White House');
      assert.match(creditOf('Report\n\n"We are ready," the Times said.', 'We are ready').speaker ?? '', /Times$/);
    });
  });

  describe('a count or a record is no speaker to continue', () => {
    for (const [text, fragment] of [
      ['Report\n\nThe numbers show a tight race. "We will win anyway."', 'We will win'],
      ['Report\n\nA new survey says voters are tired. "It is not the position that everything is fine."', 'not the position'],
    ]) {
      it(`${JSON.stringify(text.slice(8, 40))}…: the quotation after it is nobody's yet`, () => {
        assert.strictEqual(creditOf(text, fragment).speaker, null);
      });
    }
    it('a statement still speaks on: "Her statement said … ." then a quotation', () => {
      const text = 'Report\n\nAnn Lee released a statement. The statement said the firm was sorry. "We will do better."';
      assert.notStrictEqual(creditOf(text, 'We will do better').speaker, null);
    });
  });

  describe('two verbs joined before the quotation', () => {
    it('"when my mother mentioned it, I laughed and said": the writer speaks, not the mother', () => {
      const text = 'Story\n\nOnce, when my mother mentioned the devil to me, I laughed and said, "I do not believe in the devil."';
      const credit = creditOf(text, 'I do not believe');
      assert.strictEqual(credit.speaker, null);
      assert.strictEqual(credit.rule, 'first-person speaker');
    });
    it('"About 30 residents held placards and chanted": the group before the verb and its object, not the object', () => {
      const credit = creditOf('Bail hearing\n\nAbout 30 residents held placards and chanted “We want water!”', 'We want water');
      assert.strictEqual(credit.speaker, null);
      assert.match(credit.written ?? '', /residents$/);
    });
    it('"When the mayor arrived, Tom Baker laughed and said": the subject of the joined verb', () => {
      assert.strictEqual(creditOf('Story\n\nWhen the mayor arrived, Tom Baker laughed and said, "We are late."', 'We are late').speaker, 'Tom Baker');
    });
    it('"PORTSMOUTH, Va. (Wire) - Mayor Ann Lee met residents and said": a dateline is never the subject, and is a place', () => {
      const text = 'Story\n\nPORTSMOUTH, Va. (Wire) - Mayor Ann Lee met residents on Thursday and said, "We will rebuild the pier."';
      assert.strictEqual(creditOf(text, 'We will rebuild').speaker, 'Ann Lee');
      assert.strictEqual(entityNamed(analyze(text), 'PORTSMOUTH').type, 'place');
      assert.strictEqual(entityNamed(analyze('Story\n\nNASA, the agency, said it would launch in May.'), 'NASA').type, 'organization');
    });
  });

  describe('a title of a place', () => {
    it('"Senator Charles E. Grassley, Republican of Iowa,": Iowa is a place, not a person with the role "Republican of"', () => {
      const analysis = analyze('Report\n\n"We will see," said Senator Charles E. Grassley, Republican of Iowa, on Monday.');
      assert.deepStrictEqual(analysis.entities.map((e) => [e.name, e.type]), [['Charles E. Grassley', 'person'], ['Iowa', 'place']]);
      assert.strictEqual(creditOf('Report\n\n"We will see," said Senator Charles E. Grassley, Republican of Iowa, on Monday.', 'We will see').speaker, 'Charles E. Grassley');
    });
    it('"the Communications Workers of America" is one name, not a person called America', () => {
      const analysis = analyze('Report\n\nChristopher Shelton, the president of the Communications Workers of America, said the union was ready.');
      assert.ok(!analysis.entities.some((e) => e.type === 'person' && e.name === 'America'));
    });
  });

  describe('a title word inside an organization name', () => {
    it('"the Justice Department said" names the department, not a person called Department', () => {
      const analysis = analyze('Report\n\nThe Justice Department said the review was closed.');
      assert.deepStrictEqual(analysis.entities.map((e) => [e.name, e.type]), [['Justice Department', 'organization']]);
      assert.deepStrictEqual(analysis.quotes.map((q) => [q.text, q.attribution.speaker]), [['the review was closed', 'Justice Department']]);
    });
  });

  describe('titles written short', () => {
    for (const title of ['Dr.', 'Prof.', 'Rev.', 'Sgt.', 'Insp.', 'Supt.', 'Det.', 'Cpl.', 'Msgr.', 'Lt. Gov.', 'Hon.']) {
      it(`"said ${title} Nadia Brandt" credits the person, not "${title.split(' ')[0].replace('.', '')}"`, () => {
        const text = `Report\n\n"We are ready," said ${title} Nadia Brandt, who leads the team.`;
        assert.strictEqual(creditOf(text, 'We are ready').speaker, 'Nadia Brandt');
      });
    }
    it('a title does not end the sentence before the name', () => {
      const text = 'Report\n\nProf. Gwen Ito said the plan was "reasonable in an unreasonable year."';
      assert.strictEqual(entityNamed(analyze(text), 'Gwen Ito').type, 'person');
    });
  });

  it('"Britain" and "Virginia" alone are places; "Rep. Virginia Foxx" is a person', () => {
    const analysis = analyze('Report\n\nRep. Virginia Foxx said the nation is watching Virginia and Britain.');
    assert.strictEqual(entityNamed(analysis, 'Britain').type, 'place');
    assert.strictEqual(entityNamed(analysis, 'Virginia').type, 'place');
    assert.strictEqual(entityNamed(analysis, 'Virginia Foxx').type, 'person');
  });

  describe("a person's initials written close (J.K. Rowling, Justice R.K. Menon)", () => {
    it('are one name with the surname, and their last period ends no sentence', () => {
      const analysis = analyze('Report\n\nThe author J.K. Rowling said the book was finished. J.R.R. Tolkien wrote slowly.');
      assert.strictEqual(entityNamed(analysis, 'J.K. Rowling').type, 'person');
      assert.strictEqual(entityNamed(analysis, 'J.R.R. Tolkien').type, 'person');
      assert.ok(!analysis.entities.some((e) => e.name === 'Rowling' || e.name === 'J.K.'), analysis.entities.map((e) => e.name).join(', '));
    });
    it('credit the judge in a court report', () => {
      const text = 'Report\n\n"This is simply not acceptable," observed Justice R.K. Menon.';
      assert.strictEqual(creditOf(text, 'simply not acceptable').speaker, 'R.K. Menon');
    });
    it('the initials of a country still end a sentence', () => {
      const analysis = analyze('Report\n\nThe talks were held in the U.S. Officials said little.');
      assert.strictEqual(entityNamed(analysis, 'U.S.').type, 'place');
      assert.ok(!analysis.entities.some((e) => e.name.startsWith('U.S. ')), analysis.entities.map((e) => e.name).join(', '));
    });
  });

  describe('a name set off after a description that follows the verb', () => {
    for (const tag of ["said the band's drummer, Ruby Smith", 'said the judge, Justice Paul Grant', "said the group's guitarist, Ruby Smith"]) {
      it(`"${tag}" credits the person named, not the description`, () => {
        const text = `Report\n\n"You must decide on the evidence alone," ${tag}, in a short speech.`;
        assert.match(creditOf(text, 'evidence alone').speaker ?? '', /(Ruby Smith|Paul Grant)$/);
      });
    }
    it('a quotation after the comma is no name ("according to its summary, "…Hillary Clinton…"")', () => {
      const text = 'Report\n\nThe book, according to its summary, "draws a portrait of Hillary Clinton as a candidate."';
      assert.notStrictEqual(creditOf(text, 'draws a portrait').speaker, 'Hillary Clinton');
    });
  });

  it('children, people, men and women shouting or saying something are a group', () => {
    for (const group of ['children', 'people', 'women']) {
      const credit = creditOf(`Report\n\n"Salamat po!" ${group} shouted as a helicopter dropped rice.`, 'Salamat');
      assert.deepStrictEqual([credit.speaker, credit.rule], [null, 'group speaker'], group);
    }
  });

  for (const group of ['Officials', 'Residents', 'Critics', 'Doctors']) {
    it(`"${group} said" at a sentence's start is a group, not a speaker named "${group}"`, () => {
      const text = `Report\n\nAna Ortiz runs the agency.\n\n${group} said "we are ready" for the storm.`;
      const credit = creditOf(text, 'we are ready');
      assert.deepStrictEqual([credit.speaker, credit.rule], [null, 'group speaker']);
    });
  }

  describe('a surname that is also a common word, at the start of a sentence (Baker, Price, Young)', () => {
    const intro = 'Report\n\nAna Ortiz, the agency director, spoke on Monday. Tom Baker, a union leader, was there too.\n\n';
    it('is the person the article introduced, not the listener after "told"', () => {
      const text = `${intro}Baker told Ortiz: "We are ready."`;
      assert.strictEqual(creditOf(text, 'We are ready').speaker, 'Tom Baker');
    });
    it('names nobody when no one of that surname was introduced', () => {
      const analysis = analyze('Report\n\nBaker shops open early. "Bread first," the owner said.');
      assert.ok(!analysis.entities.some((e) => e.name === 'Baker'), analysis.entities.map((e) => e.name).join(', '));
    });
    it('a quotation introduced with a colon is not credited to the next sentence\'s subject', () => {
      const text = `${intro}Baker said: "We are ready." Ortiz said nothing.`;
      assert.strictEqual(creditOf(text, 'We are ready').speaker, 'Tom Baker');
    });
  });

  describe('a change of speaker in the middle of a paragraph', () => {
    it('"Heat coach Erik Spoelstra was blunt. ¶ “…,” he said": the person the paragraph before introduces', () => {
      const text =
        'Game story\n\nJayson Tatum scored 31 points on Tuesday night.\n\n"We kept attacking," Tatum said.\n\n' +
        'Heat coach Erik Spoelstra was blunt.\n\n"We did not guard anybody," he said.';
      assert.strictEqual(creditOf(text, 'guard anybody').speaker, 'Erik Spoelstra');
    });
    it('"Butler added 22 points" is a tally, no speech', () => {
      const text = 'Game story\n\nJimmy Butler added 22 points for Miami, which has lost three straight.';
      assert.deepStrictEqual(reportedSpeakers(text), []);
    });
    const intro = 'Report\n\nHealth Minister Priya Raman visited the hospital. Opposition leader Mark Dunn criticised the plan.\n\n';
    for (const between of ['Dunn replied.', 'Dunn hit back.', 'Dunn was not convinced.']) {
      it(`"${between}" between two quotations gives the second to Dunn`, () => {
        const text = `${intro}"It is a good day," Raman said. ${between} "It is a bad day."`;
        assert.strictEqual(creditOf(text, 'a bad day').speaker, 'Mark Dunn');
      });
    }
    it('a possessive is no subject: "Dunn\'s plan failed." leaves the paragraph\'s speaker', () => {
      const text = `${intro}"It is a good day," Raman said. Dunn's plan failed. "It is a bad day."`;
      assert.strictEqual(creditOf(text, 'a bad day').speaker, 'Priya Raman');
    });
  });

  it('two particles before a surname stay in the name (Ana de la Cruz, Ursula von der Leyen)', () => {
    const text = 'Report\n\nAna Ortiz runs the agency.\n\n"We are ready," said Ana de la Cruz. Ursula von der Leyen agreed.';
    assert.strictEqual(creditOf(text, 'We are ready').speaker, 'Ana de la Cruz');
    assert.strictEqual(entityNamed(analyze(text), 'Ursula von der Leyen').type, 'person');
  });

  describe('an occupation in -ist before the name', () => {
    for (const tag of ['said the guitarist Ruby Lane', 'said the British pianist Ruby Lane', 'said saxophonist Ruby Lane']) {
      it(`"${tag}" credits the person, who is no place for ending in "Lane"`, () => {
        const text = `Report\n\n"He could make a harmonica cry," ${tag}, who toured with him.`;
        assert.strictEqual(creditOf(text, 'harmonica cry').speaker, 'Ruby Lane');
        assert.strictEqual(entityNamed(analyze(text), 'Ruby Lane').type, 'person');
      });
    }
    it('verbs and adjectives in -ist stay what the lexicon says they are', () => {
      for (const word of ['guitarist', 'saxophonist']) assert.ok(isRoleNoun(word), word);
      for (const word of ['insist', 'persist', 'racist', 'socialist']) assert.ok(!isRoleNoun(word), word);
    });
  });

  it('"New" opens a name: New York, New Hampshire, The New York Times', () => {
    const analysis = analyze('Report\n\nMayor Dana Holt of New York said the city would recover. New rules were announced. ' +
      'New Hampshire voters and The New York Times agreed.');
    assert.strictEqual(entityNamed(analysis, 'New York').type, 'place');
    assert.strictEqual(entityNamed(analysis, 'New Hampshire').type, 'place');
    assert.strictEqual(entityNamed(analysis, 'New York Times').type, 'organization');
    assert.ok(!analysis.entities.some((e) => e.name === 'York' || e.name === 'Hampshire' || e.name === 'New'));
  });

  describe('descriptions and appositives around a name', () => {
    it('"A nurse at the hospital said", "A former pharmacist at MedRite, one of …, says": the person, not the employer', () => {
      const nurse = 'Report\n\nA nurse at the hospital said the ward was full. "We had beds in the corridor," she said.';
      assert.strictEqual(reportedSpeakers(nurse)[0], 'A nurse at the hospital');
      const pharmacist = "Report\n\nA former pharmacist at MedRite, one of the country's largest chains, says he filled 400 prescriptions a shift.";
      assert.strictEqual(reportedSpeakers(pharmacist)[0], 'A former pharmacist at MedRite');
      const dean = 'Report\n\nHoward Dean, a former party chairman, poked at the debate, tweeting, "Notice the sniffing."';
      assert.strictEqual(creditOf(dean, 'Notice the sniffing').speaker, 'Howard Dean');
    });
    it('"raised his concerns in writing" is no cue', () => {
      const text =
        'Report\n\nDaniel Voss spoke to us at his home. Voss, who worked at a MedRite store for nine years before resigning in ' +
        'March, said he had twice raised his concerns with his district manager in writing.';
      assert.deepStrictEqual(reportedSpeakers(text), ['Daniel Voss']);
    });
    it('"Anne Moir of Portnessock said", "Reader Anne Moir in Portnessock emails:": the person, not the village', () => {
      for (const tag of ['Anne Moir of Portnessock said:', 'Reader Anne Moir in Portnessock emails:']) {
        const text = `Storm live\n\n${tag} 'The sea came over the wall at six.'`;
        assert.strictEqual(creditOf(text, 'The sea came').speaker, 'Anne Moir', tag);
        assert.ok(!analyze(text).entities.some((e) => e.type === 'person' && e.name === 'Portnessock'), tag);
      }
    });
    it('a lowercase descriptor and an organization before the name: the person speaks', () => {
      const text = 'Report\n\n"We hauled out 40 tonnes," said Harbour Watch volunteer media coordinator Tom Baker.';
      assert.strictEqual(creditOf(text, 'We hauled out').speaker, 'Tom Baker');
    });
    it('a name after a description, set off by commas, is the subject', () => {
      const text = 'Report\n\nThe opposition leader, Martin Hughes, said "This was a mess of the council\'s own making."';
      assert.strictEqual(creditOf(text, 'This was a mess').speaker, 'Martin Hughes');
    });
    it('a possessor in a role is not the speaker: "X\'s former adviser, Paul Chen"', () => {
      const text = 'Report\n\n"The numbers are not bad," said Gov. Helen Dubois\'s former economic adviser, Paul Chen.';
      assert.strictEqual(creditOf(text, 'numbers are not bad').speaker, 'Paul Chen');
    });
    it('a long aside between the name and the verb: age, a home town with an initialism, a relative clause', () => {
      const text = 'Report\n\n"Both of them worry me," Dana Holt, 44, of Washington, D.C., who took part in the survey, said later.';
      assert.strictEqual(creditOf(text, 'Both of them worry me').speaker, 'Dana Holt');
    });
    it('a title and a party between the comma and the name: "his niece, state Del. Rosa Lind (D-Arlington), shouted"', () => {
      const text = 'Report\n\n"This is our year," his niece, state Del. Rosa Lind (D-Arlington), shouted to the crowd.';
      assert.strictEqual(creditOf(text, 'This is our year').speaker, 'Rosa Lind');
    });
    it('a long tag after a question mark stays with its quotation', () => {
      const text = 'Report\n\n"Will we get along? Who knows?" Prentiss told a radio station in an interview aired on Monday.';
      assert.strictEqual(creditOf(text, 'Will we get along').speaker, 'Prentiss');
    });
    it('after an exclamation, a tag whose verb follows an aside stays with its quotation', () => {
      const text = 'Report\n\n"We did it, all of us!" Nora Dunn, the coach, shouted over the noise of the crowd in the arena.';
      assert.strictEqual(creditOf(text, 'We did it').speaker, 'Nora Dunn');
    });
    it('"X\'s Twitter attacks." is no speech: the next quotation keeps the paragraph\'s speaker', () => {
      const text = "Report\n\n''We know her,'' said Nora Quill, who has often been the target of Mr. Brand's Twitter attacks. " +
        "''She doesn't whine. She doesn't run to Twitter.''";
      assert.strictEqual(creditOf(text, "She doesn't whine").speaker, 'Nora Quill');
    });
    it('an occupation the lexicon lacks, after a participle: "the retired neurosurgeon said"', () => {
      const text = 'Report\n\n"We have to stop and listen to each other for a change," the retired neurosurgeon said.';
      assert.strictEqual(creditOf(text, 'stop and listen').speaker, 'the retired neurosurgeon');
    });
    it('a nickname in quotation marks stays inside the name and is nobody\'s quotation', () => {
      const text = 'Report\n\n"This is our year!" his niece, state Del. Rosa "Ro" Lind (D-Arlington), shouted to the crowd.';
      const analysis = analyze(text);
      assert.strictEqual(creditOf(text, 'This is our year').speaker, 'Rosa "Ro" Lind');
      const nickname = quoteWith(analysis, 'Ro');
      assert.strictEqual(nickname.attribution.speaker, null);
      assert.notStrictEqual(nickname.usage, 'speech');
    });
    it('"as X recently put it," introduces the quotation', () => {
      const text = "Report\n\nAs Dana Holt, a tax lawyer at the Policy Center, recently put it, ''Was it avoidance, or was it evasion?''";
      assert.strictEqual(creditOf(text, 'Was it avoidance').speaker, 'Dana Holt');
    });
    it('"a host of other challenges" is no speech: the next quotation keeps its speaker', () => {
      const text = 'Report\n\n"It was a sad moment," said Council President Nora Quill, summing up talks on migration and a host of ' +
        'other challenges. "People are concerned about a loss of control."';
      assert.strictEqual(creditOf(text, 'People are concerned').speaker, 'Nora Quill');
    });
    it('an aside between dashes before the verb, after an appositive: the person named first speaks', () => {
      const text = "Report\n\nDana Holt, the head of Ora Media -- the studio that makes Mr. Reyes's show, which also streams online -- " +
        "told me, ''We are a content provider, nothing more.''";
      assert.strictEqual(creditOf(text, 'content provider').speaker, 'Dana Holt');
    });
    it('an aside between em dashes before the verb', () => {
      const text = 'Report\n\nNora Quill — who has run the port for a decade, since Dr. Ames left — said, "We are ready for the storm."';
      assert.strictEqual(creditOf(text, 'ready for the storm').speaker, 'Nora Quill');
    });
    it('the clause a colon closes: its main subject, not a name inside the opening "With …," clause', () => {
      const text = 'Report\n\nWith party leaders increasingly worried about a lack of passion for Nora Quill among young voters, ' +
        'Mayor Dana Holt is trying a new and more personal message: "It is about me."';
      assert.strictEqual(creditOf(text, 'It is about me').speaker, 'Dana Holt');
    });
    it('"…, including Dana Holt -- \'\'…\'\' -- and …": the person named before the dash speaks', () => {
      const text = "Report\n\nSeveral former mayors have said the same, including the former council leader Dana Holt -- " +
        "''Nobody should hide the accounts from the voters'' -- and Nora Quill, a former auditor.";
      assert.strictEqual(creditOf(text, 'Nobody should hide').speaker, 'Dana Holt');
    });
    it('a clause of time after the quotation is no tag: "…," when Quill blasted him', () => {
      const text = 'Report\n\nThe ad ends with footage of Dana Holt saying during the debate, "That makes me smart," when Nora Quill ' +
        'blasted him for not paying the tax.';
      assert.strictEqual(creditOf(text, 'That makes me smart').speaker, 'Dana Holt');
    });
    it('ordinary people speak as descriptions: "a reader asked", "one voter said"', () => {
      assert.strictEqual(creditOf('Report\n\nA reader asked: "Why are they on that channel?"', 'Why are they').speaker, 'A reader');
      assert.strictEqual(creditOf('Report\n\n"We are tired of this," one voter said.', 'tired of this').speaker, 'one voter');
    });
    it('"the 34-year-old mother of three replied": the mother speaks, not the count', () => {
      const text = 'Report\n\nAsked about fathers, the 34-year-old mother of three replied, "It is meant to help mothers first."';
      assert.strictEqual(creditOf(text, 'meant to help mothers').speaker, 'the 34-year-old mother of three');
    });
    it('a surname that is also a demonym, after the verb: "said Cuban."', () => {
      const text = 'Report\n\nLena Cuban spoke first.\n\n"It is too early to tell," said Cuban.';
      assert.strictEqual(creditOf(text, 'too early to tell').speaker, 'Lena Cuban');
    });
    it('the person "with" an organization speaks, not the organization', () => {
      const text = 'Report\n\nSam Ward with the Port Authority says the agency will match the grant. "We\'re in," Ward said.';
      assert.strictEqual(creditOf(text, "We're in").speaker, 'Sam Ward');
      assert.strictEqual(creditOf(text, "We're in").usage, 'speech');
    });
    it('the person "with" an organization speaks after a quotation too, the article between them', () => {
      const text = 'Report\n\n"We need more berths," Sam Ward with the Port Authority says.';
      assert.strictEqual(creditOf(text, 'more berths').speaker, 'Sam Ward');
    });
    it('a name and a university joined by "of" are two entities', () => {
      const text = 'Report\n\n"It protects the heart," said lead researcher Dr. Michael Lin of Stanford University.';
      assert.strictEqual(creditOf(text, 'protects the heart').speaker, 'Michael Lin');
      assert.strictEqual(entityNamed(analyze(text), 'Stanford University').type, 'organization');
    });
    it('a spokeswoman "for" something that is no speaker phrase is still the holder', () => {
      const text = 'Report\n\n"It\'s good news," a spokeswoman for the local residents\' association said.';
      assert.strictEqual(creditOf(text, "It's good news").written, "a spokeswoman for the local residents' association");
    });
  });

  describe('groups and writings', () => {
    it('"the themes that marketers hope …": "that" opens the clause and points at nobody; "point out that" skips its particle', () => {
      const themes = 'Report\n\nTalking animals and rock songs are the themes that marketers hope to win over viewers.';
      assert.deepStrictEqual(reportedSpeakers(themes), ['marketers']);
      const aides = analyze('Report\n\nHis aides point out that he placed second twice.').quotes.filter((q) => q.kind !== 'direct');
      assert.deepStrictEqual(aides.map((q) => q.text), ['he placed second twice']);
    });
    it('"some chanted “Fire Donnelly!”", "“We want change,” many said": a quantifier alone is a group, the words still a quote', () => {
      for (const [body, words] of [['Late on, some chanted "Fire Donnelly!" from the upper deck.', 'Fire Donnelly'], ['"We want change," many said.', 'We want change']]) {
        const quote = quoteWith(analyze(`Game\n\n${body}`), words);
        assert.strictEqual(quote.usage, 'speech', body);
        assert.strictEqual(quote.attribution.speaker, null, body);
        assert.strictEqual(quote.attribution.rule, 'group speaker', body);
      }
    });
    it('"The department, in a statement, said …": an aside of how stands between the speaker and the cue', () => {
      assert.deepStrictEqual(reportedSpeakers('Report\n\nThe department, in a statement, said it welcomed the ruling.'), ['The department']);
    });
    it('naming is no report: "a feature the company calls “Stairs Mode”", "who call themselves the “Saint Nation”", "known as “Mr. B”"', () => {
      for (const body of [
        'The phone has a feature the company calls “Stairs Mode” that slows the screen.',
        'The fans, who call themselves the “Saint Nation,” packed the hall.',
        'He was known to generations of pupils as “Mr. B.”',
      ]) assert.deepStrictEqual(reportedSpeakers(`Report\n\nAnn Lee spoke.\n\n${body}`), [], body);
      // The name itself is a term, not a quotation; calling someone something is still saying it.
      assert.strictEqual(quoteWith(analyze('Report\n\nThe phone has a feature the company calls “Stairs Mode” for stairs.'), 'Stairs Mode').usage, 'term');
      assert.deepStrictEqual(reportedSpeakers('Report\n\nAnn Lee called the plan “reckless” on Monday.'), ['Ann Lee']);
      assert.strictEqual(creditOf('Report\n\nAnn Lee called the plan “reckless” on Monday.', 'reckless').speaker, 'Ann Lee');
    });
    it('"“Come back in winter,” she calls from the boat": calling out words is saying them', () => {
      assert.strictEqual(creditOf('Travel\n\nAmelia Costa runs the ferry.\n\n“Come back in winter,” she calls from the boat.', 'Come back').speaker, 'Amelia Costa');
    });
    it('"A statement from the transit agency read:", "according to a statement from the company": the issuer speaks', () => {
      assert.strictEqual(creditOf('Report\n\nA statement from the transit agency read: "Service resumes Monday."', 'Service resumes').speaker, 'the transit agency');
      assert.deepStrictEqual(reportedSpeakers('Report\n\nThe phones will ship in May, according to a statement from the company.'), ['the company']);
      assert.deepStrictEqual(reportedSpeakers('Report\n\nA report by the inspectorate found that the wards were unsafe.'), ['the inspectorate']);
      assert.deepStrictEqual(reportedSpeakers('Report\n\nThe warning says power cuts are likely across the region.'), ['The warning']);
    });
    it('"corrected the candidate by tweeting …": the one who tweets, not the one corrected', () => {
      const text = 'Report\n\nJournalist Ana Ruiz corrected the candidate by tweeting back at him that "the figures are wrong."';
      const speakers = analyze(text).quotes.map((q) => q.attribution.speaker);
      assert.ok(!speakers.some((s) => s !== null && /candidate/.test(s)), JSON.stringify(speakers));
    });
    it('"A spokeswoman for the Department of Health said": the spokeswoman, not the department', () => {
      const text = 'Report\n\nA spokeswoman for the Department of Health said: "We are monitoring the situation."';
      assert.strictEqual(creditOf(text, 'monitoring').speaker, 'A spokeswoman for the Department of Health');
    });
    it('"The study, published Wednesday in Nature, found that …": a participle after the description sets it off', () => {
      const text = 'Report\n\nThe study, published Wednesday in the journal Nature, found that the drug cut deaths by a third.';
      assert.deepStrictEqual(reportedSpeakers(text), ['The study']);
    });
    it('"one of his aides said", "one of them said": one unnamed person, shown as the description', () => {
      assert.strictEqual(creditOf('Story\n\n"We are done," said one of his aides.', 'We are done').speaker, 'one of his aides');
      assert.strictEqual(creditOf('Story\n\n"We are done," one of the crew said.', 'We are done').speaker, 'one of the crew');
      const thanked = 'Letters\n\nWhen I thanked the crew, one of them said: "Don\'t thank us, love."';
      assert.strictEqual(creditOf(thanked, 'thank us').speaker, 'one of them');
      assert.strictEqual(creditOf('Story\n\nThe piece used one of the woman\'s quotes as its headline: "We are done."', 'We are done').speaker, null);
    });
    it('"a source close to the pair", "a person familiar with the matter": an unnamed source; "people familiar …" a group', () => {
      assert.strictEqual(creditOf('Story\n\n"It was mutual," a source close to the pair told the magazine.', 'mutual').speaker, 'a source close to the pair');
      assert.strictEqual(creditOf('Story\n\n"It was mutual," a person familiar with the matter said.', 'mutual').speaker, 'a person familiar with the matter');
      const group = creditOf('Story\n\n"It was mutual," people familiar with the talks said.', 'mutual');
      assert.strictEqual(group.speaker, null);
      assert.strictEqual(group.written, 'people familiar with the talks');
    });
    for (const group of ['several residents', 'heart specialists', 'demonstrators', 'members of the congregation', 'his staff']) {
      it(`"${group} said" leaves the quotation to no single speaker`, () => {
        const text = `Report\n\n"We were never told," ${group} said.`;
        const credit = creditOf(text, 'never told');
        assert.strictEqual(credit.speaker, null);
        assert.strictEqual(credit.rule, 'group speaker');
        assert.strictEqual(credit.usage, 'speech');
      });
    }
    it('a group naming a thing holds a term, not speech', () => {
      const text = 'Report\n\nIslanders have long complained about what they call the "mainland premium".';
      assert.strictEqual(creditOf(text, 'mainland premium').usage, 'term');
    });
    it('"her statement read" credits the person her stands for; "the agency\'s advisory" the agency', () => {
      const text = 'Report\n\nChief executive Mina Sato apologized. "Safety comes first," her statement read. ' +
        '"Two doses work," the agency\'s advisory said.';
      assert.strictEqual(creditOf(text, 'Safety comes first').speaker, 'Mina Sato');
      assert.strictEqual(creditOf(text, 'Two doses work').speaker, 'the agency');
    });
    it('a writing after "read" is the source', () => {
      const text = 'Report\n\n"Vaccines save lives," read a banner outside the clinic.';
      assert.strictEqual(creditOf(text, 'Vaccines save lives').speaker, 'a banner');
    });
  });

  describe('interview transcripts', () => {
    const text = [
      "'We moved too slowly': the mayor on the flood",
      '',
      'Mayor Lise Tremblay spoke with us a week after the river crested.',
      '',
      'Q: Was the city ready?',
      '',
      'A: No. We had a plan, but the plan assumed a smaller river.',
      '',
      'Q: What changes now?',
      '',
      "A: We'll buy out the homes that flooded three times.",
      '',
      'REYES: I was on the east side that night.',
      '',
      'REYES: Nobody warned us.',
      '',
      'CALLER (TERRY): The drains on my street are still blocked.',
    ].join('\n');
    const analysis = analyze(text);

    it('answers are direct quotes of the person introduced; questions are not quotes', () => {
      const answer = quoteWith(analysis, 'We had a plan');
      assert.strictEqual(answer.kind, 'direct');
      assert.strictEqual(answer.attribution.speaker, 'Lise Tremblay');
      assert.strictEqual(slice(text, answer.attribution.speakerSpan), 'A');
      assert.strictEqual(text.slice(answer.start, answer.end), 'No. We had a plan, but the plan assumed a smaller river.');
      assert.ok(!analysis.quotes.some((q) => q.text.includes('Was the city ready')));
    });
    it('a NAME: label credits the label as written when nobody has that surname', () => {
      assert.strictEqual(quoteWith(analysis, 'Nobody warned us').attribution.speaker, 'REYES');
    });
    it('a label in capitals may name the speaker in brackets ("CALLER (TERRY):")', () => {
      assert.strictEqual(quoteWith(analysis, 'drains on my street').attribution.speaker, 'CALLER (TERRY)');
    });
    it('a headline quotation followed by a colon credits what follows the colon', () => {
      assert.strictEqual(quoteWith(analysis, 'We moved too slowly').attribution.speaker, 'the mayor');
    });
    it('a headline quotation and a colon before a capitalised role credit the role', () => {
      const text = "'Farmers need water, not promises': Agriculture Minister\n\nThe minister spoke to our correspondent about the drought.";
      assert.strictEqual(creditOf(text, 'Farmers need water').speaker, 'Agriculture Minister');
    });
    it('one label alone is no transcript', () => {
      const single = analyze('Report\n\nUPDATE: The road reopened at noon after crews cleared it.');
      assert.strictEqual(single.quotes.filter((q) => q.kind === 'direct').length, 0);
    });
  });
  describe('companies and agencies named in full', () => {
    it('a compass word before a place opens a company name, and no person is made of the rest', () => {
      const analysis = analyze('Outage\n\nSouthern California Edison said it had shut off power to 18,000 customers.');
      assert.strictEqual(entityNamed(analysis, 'Southern California Edison').type, 'organization');
      assert.ok(!analysis.entities.some((e) => e.name === 'California Edison'), analysis.entities.map((e) => e.name).join(', '));
    });
    it('"and" before a word that ends company names joins the name', () => {
      const analysis = analyze('Outage\n\nPacific Gas and Electric said it would restore power by noon.');
      assert.strictEqual(entityNamed(analysis, 'Pacific Gas and Electric').type, 'organization');
      assert.ok(!analysis.entities.some((e) => e.name === 'Electric'), analysis.entities.map((e) => e.name).join(', '));
    });
  });

  describe('live blogs and signed posts', () => {
    it('an account name with a possessive signs the post ("— Alder County Sheriff\'s Office (@AlderSheriff)")', () => {
      const post = 'Fire live\n\nCrews held the line.\n\n"Evacuation orders remain in place for zones 4 and 5."\n\n— Alder County Sheriff\'s Office (@AlderSheriff)';
      assert.strictEqual(creditOf(post, 'Evacuation orders').speaker, "Alder County Sheriff's Office");
    });
    it('"wrote one follower", "one commenter said": people who post speak as one unnamed person each', () => {
      assert.strictEqual(creditOf('Split\n\n"the way i gasped," wrote one follower.', 'gasped').speaker, 'one follower');
      assert.strictEqual(creditOf('Split\n\n"Never again," one commenter said.', 'Never again').speaker, 'one commenter');
    });
    const text =
      'Fire near Ojai\n\n12:10 p.m. PT — Crews worked through the night.\n\n' +
      '12:34 p.m. PT — "Evacuation centers are open at the fairgrounds. Pets are welcome."\n\n' +
      '— Ventura County Office of Emergency Services, on X';
    it("an entry's time stands outside its quotation, and the agency signing the line below is the speaker", () => {
      const credit = creditOf(text, 'Pets are welcome');
      assert.strictEqual(credit.speaker, 'Ventura County Office of Emergency Services');
      assert.strictEqual(credit.rule, 'signed below the post');
    });
  });

  it('a name inside a prepositional phrase of a group subject does not speak for the group', () => {
    const analysis = analyze("Election night\n\nThe crowd at the LNP function in Brisbane has started chanting 'Ten more years!'");
    assert.ok(analysis.quotes.every((q) => q.attribution.speaker !== 'LNP'), analysis.quotes.map((q) => q.attribution.speaker).join(', '));
  });

  it("an account signing a post is read whole, though a name is found inside it ('Harbour Ferries')", () => {
    const text = 'Ferry news\n\nHarbour Ferries posted an update.\n\n"Sailings are cancelled today."\n\n— Harbour Ferries (@harbourferries) March 3, 2024';
    const credit = creditOf(text, 'Sailings are cancelled');
    assert.strictEqual(credit.speaker, 'Harbour Ferries');
    assert.strictEqual(credit.rule, 'signed below the post');
  });

  describe('people described by what they are', () => {
    for (const description of ['the schoolgirl from Cairns', 'the mother-of-two', 'a juror', 'the songwriter']) {
      it(`"said ${description}" credits the description`, () => {
        const credit = creditOf(`Report\n\n"I thought it was someone else's time," said ${description}.`, 'someone else');
        assert.strictEqual(credit.speaker, description.replace(/ from Cairns$/, ''));
      });
    }
    it('"recalls drummer Tobias Kent": the cue is not read as part of the role', () => {
      assert.strictEqual(creditOf('Report\n\n"Maren came down," recalls drummer Tobias Kent.', 'Maren came down').speaker, 'Tobias Kent');
    });
    it('"said Harbour Watch volunteer media coordinator Tom Baker" keeps its modifiers in the role', () => {
      assert.strictEqual(creditOf('Report\n\n"We hauled rope," said Harbour Watch volunteer media coordinator Tom Baker.', 'hauled rope').speaker, 'Tom Baker');
    });
    it('the organization before a description is no person, before the cue or after it', () => {
      for (const text of [
        'Report\n\n"We hauled rope," said Harbour Watch volunteer media coordinator Tom Baker.',
        'Report\n\nHarbour Watch volunteer media coordinator Tom Baker said the boats were late.',
      ]) {
        const people = analyze(text).entities.filter((e) => e.type === 'person').map((e) => e.name);
        assert.deepStrictEqual(people, ['Tom Baker'], text);
      }
    });
    it('"said Democratic presidential candidate Ann Lee that …": the adjective before the description is no person', () => {
      const text = 'Report\n\nRep. Tom Gray said Democratic presidential candidate Ann Lee had been careless with the files.';
      assert.ok(!analyze(text).entities.some((e) => e.type === 'person' && e.name === 'Democratic'));
    });
    it('"veteran Democratic strategist Donna Brazile": the adjective takes no role and is no person', () => {
      const text = 'Report\n\nShe was replaced by veteran Democratic strategist Donna Brazile, who said the party was ready.';
      const people = analyze(text).entities.filter((e) => e.type === 'person').map((e) => e.name);
      assert.deepStrictEqual(people, ['Donna Brazile']);
    });
    it('"a lawyer in Orlando": a lone name known only as a person\'s, after "in", is a place; a person named in full keeps it', () => {
      const analysis = analyze('Report\n\n"It is zoned," said Paul Chipok, a lawyer in Orlando. Donald Trump agreed. Confidence in Trump fell.');
      const types = Object.fromEntries(analysis.entities.map((e) => [e.name, e.type]));
      assert.deepStrictEqual(types, { 'Paul Chipok': 'person', Orlando: 'place', 'Donald Trump': 'person' });
      assert.strictEqual(entityNamed(analysis, 'Donald Trump').mentions.length, 2);
    });
    it('"the U.S. State Department", "The Department accepts", "Congress will track": institutions, no person', () => {
      const text = 'Report\n\nHe met the U.S. State Department. "The Department accepts the principle," it said. Congress will track it, he said.';
      const people = analyze(text).entities.filter((e) => e.type === 'person').map((e) => e.name);
      assert.deepStrictEqual(people, []);
    });
    it('"North Carolina will …" at a sentence\'s start is the place, not a person "Carolina"', () => {
      const analysis = analyze('Report\n\nNorth Carolina will also be considered a key state.');
      assert.deepStrictEqual(analysis.entities.map((e) => [e.name, e.type]), [['North Carolina', 'place']]);
    });
    it('"a CNN/ORC poll", "a Reuters/Ipsos poll": names joined by a slash are an organization', () => {
      const analysis = analyze('Report\n\nA CNN/ORC poll showed a lead. A Reuters/Ipsos poll showed none.');
      assert.deepStrictEqual(analysis.entities.map((e) => [e.name, e.type]), [['CNN/ORC', 'organization'], ['Reuters/Ipsos', 'organization']]);
    });
    it('"Democrats said", "Islamists said": a plural for people is no person, and its words keep their label', () => {
      const text = 'Report\n\n"It will fail," Democrats said. "We will win," Islamists said. "So will we," Sam Williams said.';
      const analysis = analyze(text);
      const people = analysis.entities.filter((e) => e.type === 'person').map((e) => e.name);
      assert.deepStrictEqual(people, ['Sam Williams']);
      assert.strictEqual(creditOf(text, 'It will fail').speaker, 'Democrats');
    });
    it('"her fellow Democrats": a plural for people is no antecedent for "she"', () => {
      const text = 'Report\n\nAnn Lee was warier than her fellow Democrats on the committee. Though she called the bank "reckless," Lee stopped there.';
      assert.ok(!analyze(text).entities.some((e) => e.type === 'person' && e.name === 'Democrats'));
      assert.strictEqual(creditOf(text, 'reckless').speaker, 'Ann Lee');
    });
    it('"radical Islamic terrorism", "Radical Islamic groups", "his wife Democratic front-runner …": no person', () => {
      const text =
        'Report\n\nRadical Islamic groups said the attack was planned. He spoke of radical Islamic terrorism. ' +
        'He campaigned for his wife Democratic presidential front-runner Ann Lee.';
      const people = analyze(text).entities.filter((e) => e.type === 'person').map((e) => e.name);
      assert.ok(!people.some((name) => /^(Islamic|Democratic|Radical)$/.test(name)), JSON.stringify(people));
    });
    it('"said Florida-based Republican strategist Al Cardenas": the name after the description speaks', () => {
      const text = 'Report\n\n"How much worse could it get?" said Florida-based Republican strategist Al Cardenas.';
      assert.match(creditOf(text, 'worse could it get').speaker ?? '', /Cardenas$/);
      assert.ok(!analyze(text).entities.some((e) => e.type === 'person' && e.name.includes('Republican')));
    });
    it('"observed a division bench of Justice Menon" credits the bench', () => {
      const credit = creditOf('Court\n\n"This is simply not acceptable," observed a division bench of Justice R.K. Menon.', 'not acceptable');
      assert.strictEqual(credit.speaker, 'a division bench');
    });
  });

  describe('descriptions and pairs of names as speakers', () => {
    it('"The former U.S. senator said": the whole description, not "senator"', () => {
      const text = 'Forum\n\nAnn Lee spoke first.\n\nThe former U.S. senator said, "The ferries will run on time."';
      assert.strictEqual(creditOf(text, 'ferries will run').speaker, 'The former U.S. senator');
    });
    it('"The former first lady and U.S. senator said": two roles of one person under one determiner', () => {
      const text = 'Forum\n\nAnn Lee spoke first.\n\nThe former first lady and U.S. senator said, "The ferries will run on time."';
      assert.strictEqual(creditOf(text, 'ferries will run').speaker, 'The former first lady and U.S. senator');
    });
    it('"Tom Gray and Ann Lee said": both named people speak, not the second alone', () => {
      const text = 'Harbour\n\n"The ferries will run on time," Tom Gray and Ann Lee said.';
      assert.strictEqual(creditOf(text, 'ferries will run').speaker, 'Tom Gray and Ann Lee');
    });
    it('"Tom Gray and Ann Lee:" before a quotation labels both', () => {
      const text = 'FERRIES ON TIME - Tom Gray and Ann Lee: "The ferries will run on time."';
      assert.strictEqual(creditOf(text, 'ferries will run').speaker, 'Tom Gray and Ann Lee');
    });
    it('"…, Tom Gray and Ann Lee, who joked": the end of a list is the last name', () => {
      const text = 'Harbour\n\nThe guests included Sam Ward, Tom Gray and Ann Lee, who joked, "I have never been on a ferry."';
      assert.strictEqual(creditOf(text, 'never been on a ferry').speaker, 'Ann Lee');
    });
    it('"His daughter, Kirsty, wrote on Facebook:" credits the daughter by her name, not the site', () => {
      const text = 'Walker missing\n\nHis daughter, Kirsty, wrote on Facebook: "Dad, if you see this, just phone."';
      assert.strictEqual(creditOf(text, 'just phone').speaker, 'Kirsty');
    });
    it('"Avon and Somerset Police said": an organization with "and" in its name stays one', () => {
      const text = 'Harbour\n\n"Inquiries are ongoing," Avon and Somerset Police said.';
      assert.match(creditOf(text, 'Inquiries are ongoing').speaker ?? '', /Somerset Police$/);
    });
  });
  describe('"that" opens what was said, and points at nobody', () => {
    it('after the cue: "noted that the company offers …" names no speaker after the cue', () => {
      const text = 'Harbour board meets\n\nSpeaking for the ferry line - a small business pitched as "the island\'s finest" - noted that ' +
        'the company gives visitors "a free crossing on their birthday."';
      for (const fragment of ["island's finest", 'free crossing']) {
        assert.ok(!/company/.test(creditOf(text, fragment).speaker ?? ''), JSON.stringify(creditOf(text, fragment)));
      }
    });
    it('before a determiner: "so odd that a spokesman for the mayor could only quip:" is the spokesman', () => {
      const text = 'Harbour board meets\n\nThe timing was so odd that a spokesman for Mayor Ana Ortiz could only quip: "I guess the ferry was booked."';
      const credit = creditOf(text, 'ferry was booked');
      assert.match(credit.written ?? '', /^a spokesman\b/);
      assert.notStrictEqual(credit.speaker, 'Ana Ortiz');
    });
  });

  describe('a headline with a full stop', () => {
    it('is read as a headline: its capitalised words are no new person', () => {
      const text = 'Pastor Wants Ferry Captains To Be Fined For Sailing Late.\n\nPastor Kevin Swanson said on Monday that "the ferries are a disgrace."';
      const people = analyze(text).entities.filter((e) => e.type === 'person').map((e) => e.name);
      assert.deepStrictEqual(people, ['Kevin Swanson']);
    });
    it('a sentence with a full stop stays a sentence', () => {
      // Four of five longer words capitalised: a headline without the stop, a sentence with it.
      assert.strictEqual(isTitleCase('The Mayor said the Ferry Would Run on Time'), true);
      assert.strictEqual(isTitleCase('The Mayor said the Ferry Would Run on Time.'), false);
      // Every longer word capitalised, but a verb in lower case: a sentence.
      assert.strictEqual(isTitleCase('Mayor Dan Whitfield and Councilman Tom Barrow met on Monday.'), false);
      assert.strictEqual(isTitleCase('Mayor Wants Ferry Captains To Be Fined For Sailing Late.'), true);
    });
  });
  describe('a participle after a noun is no tag', () => {
    it('"describing as “reckless” a ferry board letter attacking …": the letter is not the speaker', () => {
      const text = 'Harbour board meets\n\nMayor Ana Ortiz is describing as “reckless” a ferry board letter attacking the toll.';
      assert.notStrictEqual(creditOf(text, 'reckless').speaker, 'a ferry board letter');
    });
  });
  describe('to whom a speaker spoke is not who speaks', () => {
    it('"a source speaking to Harbour Radio said" is the source', () => {
      const text = 'Harbour board meets\n\nA board source speaking to Harbour Radio said, "The toll will go."';
      assert.strictEqual(creditOf(text, 'toll will go').written, 'A board source');
    });
    it('"residents who spoke with the Harbour Ledger said" are the residents', () => {
      const text = 'Harbour board meets\n\nTwo skippers who spoke with the Harbour Ledger said the ferry "has never once run on time."';
      assert.ok(!/Ledger/.test(creditOf(text, 'never once run').written ?? ''), JSON.stringify(creditOf(text, 'never once run')));
    });
  });

  describe('reports and their makers', () => {
    it('"…, the Ledger reported." claims the clause before it', () => {
      const items = reportedSpeakers('Harbour board meets\n\nThe board said the toll will rise in May, the Harbour Ledger reported.');
      assert.deepStrictEqual(items, ['Harbour Ledger']);
    });
    it('"according to an analysis by the institute" is the institute', () => {
      const items = reportedSpeakers('Harbour board meets\n\nFerry use rose by a third last year, according to an analysis by the Island Research Institute.');
      assert.deepStrictEqual(items, ['Island Research Institute']);
    });
  });
  describe('the one told is not the one who speaks', () => {
    it('"Ortiz later Thursday told Harbour Radio: …" is Ortiz', () => {
      const text = 'Harbour board meets\n\nMayor Ana Ortiz spoke first.\n\nOrtiz later Thursday told Harbour Radio: "The toll will go."';
      assert.strictEqual(creditOf(text, 'toll will go').speaker, 'Ana Ortiz');
    });
    it('"told Harbour Radio:" with no one named before it credits nobody, not the station', () => {
      const text = 'Harbour board meets\n\nWhitlow later Thursday told Harbour Radio: "The toll will go."';
      assert.notStrictEqual(creditOf(text, 'toll will go').speaker, 'Harbour Radio');
    });
  });

  describe('writings followed by who made them are nouns', () => {
    it('"the publication of board emails by a blogger led to …" reports nothing', () => {
      assert.deepStrictEqual(reportedSpeakers('Harbour board meets\n\nThe publication of board emails by a blogger led to the resignation of the chair in July.'), []);
    });
  });
  describe('nouns that look like cues, and phrases that open a sentence', () => {
    it('"After the Harbour attacks, …": the attacks say nothing', () => {
      const items = reportedSpeakers('Harbour board meets\n\nAfter the Lisbon attacks, Mayor Ana Ortiz released a new radio ad calling it ' +
        '"dangerous" that the board "has no plan for the pier."');
      assert.ok(!items.includes('Lisbon'), JSON.stringify(items));
    });
    it('"Seeking a second term as prime minister, Ortiz said …": the participle\'s phrase holds no speaker', () => {
      const text = 'Harbour board meets\n\nMayor Ana Ortiz spoke on Monday.\n\nSeeking a second term as prime minister in May, Ortiz rallied ' +
        'skippers by warning that "the toll is here to stay."';
      assert.strictEqual(creditOf(text, 'here to stay').speaker, 'Ana Ortiz');
    });
    it('a naming verb after a quotation tags nothing: "…," a site linked to a group called the "…"', () => {
      const text = 'Harbour board meets\n\nOne sign read "ferriesforall.org," a website linked to a group called the "Island Riders Union."';
      assert.notStrictEqual(creditOf(text, 'ferriesforall').speaker, 'a group');
    });
  });
  describe('an organization after the cue', () => {
    it('"…," said the New York Times. is the paper; a reporter named after it is the reporter', () => {
      assert.strictEqual(creditOf('Harbour\n\n"We lost the vote," said the New York Times.', 'lost the vote').speaker, 'New York Times');
      assert.strictEqual(creditOf('Harbour\n\n"We lost the vote," said the New York Times reporter Tom Baker.', 'lost the vote').speaker, 'Tom Baker');
    });
  });
  describe('first names spelt like common words', () => {
    it('"said Will Doyle", "host Rush Limbaugh" name people', () => {
      const text = 'Harbour\n\n"The toll is a tax," said Will Doyle, a professor. Radio host Rush Limbaugh said the plan "reeks of fear."';
      assert.strictEqual(creditOf(text, 'toll is a tax').speaker, 'Will Doyle');
      assert.strictEqual(creditOf(text, 'reeks of fear').speaker, 'Rush Limbaugh');
    });
    it('"will" stays a verb where it is one', () => {
      const text = 'Harbour\n\nMayor Ana Ortiz said the board Will Decide in May, and "nobody will like it."';
      assert.ok(!analyze(text).entities.some((e) => /^Will\b/.test(e.name)), JSON.stringify(analyze(text).entities.map((e) => e.name)));
    });
  });
  describe('a name before a colon that a preposition governs', () => {
    it('"delivered a blunt message to Ortiz: …" is the sender\'s; "A lesson from Ortiz: …" is Ortiz\'s', () => {
      const text = 'Harbour\n\nMayor Ana Ortiz and Councillor Tom Baker met.\n\nBaker delivered a blunt message to Ortiz: "The toll must go."';
      assert.strictEqual(creditOf(text, 'toll must go').speaker, 'Tom Baker');
      const lesson = 'A lesson from Ana Ortiz: \'Be the voice that people hear.\'\n\nAna Ortiz spoke on Monday.';
      assert.strictEqual(creditOf(lesson, 'Be the voice').speaker, 'Ana Ortiz');
    });
  });

  it('a colon closing a "that" clause whose subject is "I" introduces the narrator\'s words, not the main subject\'s', () => {
    const text = 'Ferry diary\n\nMy aunt Rosa Delgado was so cross that I had to change my answer: "Of course I will take the early boat."';
    const credit = creditOf(text, 'early boat');
    assert.deepStrictEqual([credit.speaker, credit.written, credit.rule], [null, 'I', 'first-person speaker']);
  });

  it('a bare verb after a name in the plural is a verb ("The Democrats argue"), after a singular name a noun', () => {
    assert.deepStrictEqual(reportedSpeakers('Harbour vote\n\nThe Democrats argue that the new toll would cost too much.'), ['Democrats']);
    assert.deepStrictEqual(reportedSpeakers('Harbour vote\n\nThe Harbourside Greens say the quay must close.'), ['Harbourside Greens']);
    // "Ana Ortiz's upcoming Harbour Radio show": a noun after a possessive, a word and a name.
    const show = 'Harbour vote\n\nIn a clip from Ana Ortiz’s upcoming Harbour Radio show The Tide, Ortiz reads a poem to the mayor.';
    assert.ok(!reportedSpeakers(show).includes('Harbour Radio'));
  });

  it('a capitalised cue word inside a name after a plural is part of the name ("the Critical Threats Project")', () => {
    const text = 'Harbour vote\n\n"Nothing would change now," Rosa Delgado, director of the Critical Threats Project at the Harbour Institute, said.';
    assert.strictEqual(creditOf(text, 'Nothing would change').speaker, 'Rosa Delgado');
  });

  it('"The Hill reported" within a sentence names the outlet as the source; at a sentence\'s start "The" is no name', () => {
    const text = 'Tolls\n\nThe four faults are “the late buses and the broken lifts at every single stop,” The Hill reported.';
    assert.deepStrictEqual([creditOf(text, 'late buses').speaker, creditOf(text, 'late buses').rule], ['The Hill', 'trailing tag (speaker, cue)']);
    assert.deepStrictEqual(reportedSpeakers('Tolls\n\nThe Hill said the quay would close.'), []);
  });

  it('an honorific\'s gender picks the person a surname points to ("Mrs. Holt" is not Dan Holt)', () => {
    const text = 'Harbour vote\n\nMaria Holt met Dan Holt, the harbour master, on Monday.\n\n"We will reopen the quay," Mrs. Holt said.';
    assert.strictEqual(creditOf(text, 'reopen the quay').speaker, 'Maria Holt');
    const his = 'Harbour vote\n\nDan Holt met Maria Holt on Monday.\n\n"We will reopen the quay," Mr. Holt said.';
    assert.strictEqual(creditOf(his, 'reopen the quay').speaker, 'Dan Holt');
  });

  it('"Bill" as a first name is a man\'s: "she" does not pick him up', () => {
    const text =
      'Clinic\n\nDr. Rosa Diaz, who was the physician of former Governor Bill Okafor, said that Okafor hid a blood clot.\n\n' +
      'Diaz wrote a memoir of those years.\n\nAccording to her account, after examining Okafor’s leg, she insisted that the patient go to the hospital.';
    assert.deepStrictEqual(reportedSpeakers(text).slice(-1), ['Rosa Diaz']);
  });
});
