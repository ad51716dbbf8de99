import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../../src/engine/analyze';
import { directSpeech, entityNamed, quoteWith, slice } from '../../fixtures/engine/helpers';

const ARTICLE = join(__dirname, '../../../seeds/000_70231c3abc8c0ee5.txt');

describe('engine: the sample article (Pompeo and Lavrov in Sochi)', () => {
  const text = readFileSync(ARTICLE, 'utf8');
  const a = analyze(text);
  const speech = directSpeech(a);

  it('finds all 28 quotations as speech, with no problems', () => {
    assert.strictEqual(speech.length, 28, JSON.stringify(speech.map((q) => q.text.slice(0, 30))));
    assert.deepStrictEqual(a.problems, []);
    for (const q of speech) assert.strictEqual(text.slice(q.start, q.end), q.text);
  });

  it('credits every quotation to Pompeo or Lavrov, except the "frank" one', () => {
    for (const q of speech) {
      if (q.text === 'frank') continue;
      assert.ok(['Mike Pompeo', 'Sergey Lavrov'].includes(q.attribution.speaker ?? ''), `${q.text} -> ${q.attribution.speaker}`);
      assert.ok(q.attribution.confidence > 0 && q.attribution.confidence <= 1);
    }
    assert.strictEqual(quoteWith(a, 'frank').attribution.speaker, null);
  });

  it('counts 15 quotations for Pompeo and 12 for Lavrov', () => {
    const count = (name: string): number => speech.filter((q) => q.attribution.speaker === name).length;
    assert.deepStrictEqual([count('Mike Pompeo'), count('Sergey Lavrov')], [15, 12]);
  });

  it('reads the headline quote as Pompeo’s', () => {
    const q = quoteWith(a, 'We Would Not Tolerate');
    assert.strictEqual(q.line, 1);
    assert.strictEqual(q.attribution.speaker, 'Mike Pompeo');
  });

  it('"We would not tolerate that," he added → Pompeo through the pronoun', () => {
    const q = quoteWith(a, 'We would not tolerate that,');
    assert.strictEqual(q.attribution.speaker, 'Mike Pompeo');
    assert.strictEqual(q.attribution.cue, 'added');
    assert.strictEqual(slice(text, q.attribution.speakerSpan), 'he');
    assert.strictEqual(slice(text, q.attribution.cueSpan), 'added');
  });

  it('"Democracy cannot be done by force." → Lavrov countered', () => {
    const q = quoteWith(a, 'Democracy cannot be done by force.');
    assert.strictEqual(q.attribution.speaker, 'Sergey Lavrov');
    assert.strictEqual(q.attribution.cue, 'countered');
    assert.strictEqual(slice(text, q.attribution.speakerSpan), 'Lavrov');
  });

  it('the partial quotes of a sentence go to its speaker', () => {
    assert.strictEqual(quoteWith(a, 'baseless accusations').attribution.speaker, 'Sergey Lavrov');
    assert.strictEqual(quoteWith(a, 'certain collusion').attribution.speaker, 'Sergey Lavrov');
    assert.strictEqual(quoteWith(a, 'fresh take').attribution.speaker, 'Sergey Lavrov');
    assert.strictEqual(quoteWith(a, 'every country').attribution.cue, 'called on');
  });

  it('"Lavrov told Pompeo, …" is Lavrov speaking', () => {
    const q = quoteWith(a, 'I believe that it is time');
    assert.strictEqual(q.attribution.speaker, 'Sergey Lavrov');
    assert.strictEqual(q.attribution.cue, 'told');
  });

  it('the quote-only last paragraph continues Pompeo, less certainly than a tag', () => {
    const q = quoteWith(a, 'It\'s not destined');
    assert.strictEqual(q.attribution.speaker, 'Mike Pompeo');
    assert.strictEqual(q.attribution.cue, null);
    assert.ok(q.attribution.confidence < quoteWith(a, 'We fundamentally do not seek').attribution.confidence);
  });

  it('finds the people with their roles', () => {
    assert.strictEqual(entityNamed(a, 'Mike Pompeo').role, 'Secretary of State');
    assert.match(entityNamed(a, 'Sergey Lavrov').role ?? '', /Foreign Minister/);
    assert.match(entityNamed(a, 'Vladimir Putin').role ?? '', /President/);
    assert.match(entityNamed(a, 'Nicolas Maduro').role ?? '', /President/);
    assert.strictEqual(entityNamed(a, 'Robert Mueller').role, 'special counsel');
    assert.strictEqual(entityNamed(a, 'Juan Guaidó').role, 'opposition leader');
    for (const name of ['Mike Pompeo', 'Sergey Lavrov', 'Vladimir Putin', 'Nicolas Maduro', 'Robert Mueller', 'Juan Guaidó']) {
      assert.strictEqual(entityNamed(a, name).type, 'person', name);
    }
  });

  it('joins surnames to their people and keeps places apart', () => {
    assert.ok(entityNamed(a, 'Mike Pompeo').aliases.includes('Pompeo'));
    assert.ok(entityNamed(a, 'Sergey Lavrov').aliases.includes('Lavrov'));
    assert.ok(entityNamed(a, 'Nicolas Maduro').aliases.includes('Maduro'));
    for (const place of ['Russia', 'Venezuela', 'Iran', 'Moscow']) assert.strictEqual(entityNamed(a, place).type, 'place', place);
    const names = a.entities.map((e) => e.name);
    assert.ok(!names.includes('State Mike') && !names.some((n) => /^President\b/.test(n)), JSON.stringify(names));
  });
});
