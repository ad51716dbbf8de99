import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { entityNamed, slice } from '../../fixtures/engine/helpers';
import { MentionLookup } from '../../../src/engine/attribution/speakers';
import type { MentionDraft } from '../../../src/engine/names/entities';

const TEXT = [
  // Long enough not to read as a title-case headline.
  "Secretary of State Mike Pompeo met Russian Foreign Minister Sergey Lavrov on Tuesday, and the two men talked for more than an hour about Russia's role in the places where their countries disagree.",
  "Venezuelan President Nicolas Maduro was not invited, and opposition leader Juan Guaidó's allies watched from Caracas.",
  'The report by special counsel Robert Mueller came up twice. Pompeo said little about it, and Lavrov said less.',
].join('\n\n');

describe('engine: entities', () => {
  const a = analyze(TEXT);

  it('takes the title before a name as its role, not as part of the name', () => {
    const pompeo = entityNamed(a, 'Mike Pompeo');
    assert.strictEqual(pompeo.type, 'person');
    assert.strictEqual(pompeo.role, 'Secretary of State');
    // The title form is a mention (hover works on all of it), not another name: aliases list other names only.
    assert.ok(pompeo.mentions.some((m) => m.text === 'Secretary of State Mike Pompeo' && m.kind === 'title'));
    assert.ok(!pompeo.aliases.includes('Secretary of State Mike Pompeo'), JSON.stringify(pompeo.aliases));
  });

  it('keeps a nationality with the role', () => {
    assert.match(entityNamed(a, 'Sergey Lavrov').role ?? '', /Foreign Minister/);
    assert.match(entityNamed(a, 'Nicolas Maduro').role ?? '', /President/);
  });

  it('takes lower-case roles', () => {
    assert.strictEqual(entityNamed(a, 'Robert Mueller').role, 'special counsel');
    assert.strictEqual(entityNamed(a, 'Juan Guaidó').role, 'opposition leader');
  });

  it('keeps accented names whole and leaves the possessive out', () => {
    const guaido = entityNamed(a, 'Juan Guaidó');
    const mention = guaido.mentions.find((m) => m.text.endsWith('Juan Guaidó'));
    assert.ok(mention, JSON.stringify(guaido.mentions));
    assert.strictEqual(slice(TEXT, mention), mention.text);
    assert.strictEqual(TEXT.slice(mention.end, mention.end + 2), "'s");
  });

  it('counts a surname alone as a mention of the same person', () => {
    for (const [full, surname] of [['Mike Pompeo', 'Pompeo'], ['Sergey Lavrov', 'Lavrov']]) {
      const entity = entityNamed(a, full);
      assert.ok(entity.aliases.includes(surname), `${full}: ${JSON.stringify(entity.aliases)}`);
      const surnameMentions = entity.mentions.filter((m) => m.text === surname);
      assert.strictEqual(surnameMentions.length, 1, full);
      assert.strictEqual(surnameMentions[0].kind, 'surname');
      assert.strictEqual(a.entities.filter((e) => e.name === surname).length, 0, `no separate entity "${surname}"`);
    }
  });

  it('finds places and leaves possessives out of them', () => {
    const russia = entityNamed(a, 'Russia');
    assert.strictEqual(russia.type, 'place');
    assert.ok(russia.mentions.every((m) => m.text === 'Russia'));
    assert.ok(!a.entities.some((e) => /'s$/.test(e.name)));
    assert.strictEqual(entityNamed(a, 'Caracas').type, 'place');
  });

  it('does not glue a title to a name or make a person of a title', () => {
    const names = a.entities.map((e) => e.name);
    assert.ok(!names.includes('State Mike'), JSON.stringify(names));
    assert.ok(!names.some((n) => /^(President|Secretary|Foreign|Minister)\b/.test(n)), JSON.stringify(names));
  });

  it('lists mentions in document order with offsets into the text', () => {
    for (const e of a.entities) {
      assert.ok(e.mentions.length > 0, e.name);
      for (const m of e.mentions) assert.strictEqual(TEXT.slice(m.start, m.end), m.text);
      const starts = e.mentions.map((m) => m.start);
      assert.deepStrictEqual(starts, [...starts].sort((x, y) => x - y), e.name);
      assert.ok(!e.aliases.includes(e.name), `${e.name} is not its own alias`);
    }
  });

  it('gives every entity a distinct id that attributions point to', () => {
    const text = 'Mayor Dana Whitfield arrived late. "We are ready," Whitfield said.';
    const b = analyze(text);
    const ids = b.entities.map((e) => e.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    const whitfield = entityNamed(b, 'Dana Whitfield');
    assert.strictEqual(whitfield.role, 'Mayor');
    assert.strictEqual(b.quotes[0].attribution.entityId, whitfield.id);
  });
});

describe('engine: looking up the name under a word', () => {
  it('gives the longer of two names covering it, however many other names the document has', () => {
    // "Chicago police officer Jason Van Dyke": the place inside the officer's title.
    const place: MentionDraft = { start: 100, end: 107, text: '', kind: 'name', entityId: 'chicago', inQuote: false };
    const officer: MentionDraft = { start: 100, end: 137, text: '', kind: 'title', entityId: 'jason-van-dyke', inQuote: false };
    const token = { start: 100, end: 107 };
    for (let others = 0; others < 12; others++) {
      const filler = Array.from({ length: others }, (_, i): MentionDraft => ({ start: i * 5, end: i * 5 + 3, text: '', kind: 'name', entityId: `x${i}`, inQuote: false }));
      const after = Array.from({ length: others }, (_, i): MentionDraft => ({ start: 200 + i * 5, end: 203 + i * 5, text: '', kind: 'name', entityId: `y${i}`, inQuote: false }));
      assert.strictEqual(new MentionLookup([...filler, place, officer, ...after]).at(token)?.entityId, 'jason-van-dyke', `${others} other names`);
    }
  });

  it('finds a title that starts before a shorter name inside it ("longtime Democratic pollster Pat Caddell")', () => {
    const title: MentionDraft = { start: 100, end: 140, text: '', kind: 'title', entityId: 'pat-caddell', inQuote: false };
    const party: MentionDraft = { start: 109, end: 119, text: '', kind: 'name', entityId: 'democratic', inQuote: false };
    const pat = { start: 129, end: 132 };
    for (let others = 0; others < 12; others++) {
      const after = Array.from({ length: others }, (_, i): MentionDraft => ({ start: 200 + i * 5, end: 203 + i * 5, text: '', kind: 'name', entityId: `y${i}`, inQuote: false }));
      assert.strictEqual(new MentionLookup([title, party, ...after]).at(pat)?.entityId, 'pat-caddell', `${others} other names`);
    }
  });

});
