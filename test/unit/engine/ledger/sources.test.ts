import * as assert from 'assert';
import { sourcesPicture } from '../../../../src/engine/ledger';
import { analyze } from '../../../../src/engine/analyze';
import { analyseNewsroom, article, person, quote } from './helpers';

describe('sources picture of one article', () => {
  const council = analyseNewsroom().get('council-vote.txt')!;

  it('lists distinct sources, most quoted first (then most words), with shares of quotes and quoted words', () => {
    const picture = sourcesPicture(council);
    assert.deepStrictEqual(picture.sources.map((s) => [s.speaker, s.quotes, s.named]), [
      ['Dana Whitfield', 2, true], ['Priya Lund', 2, true], ['Officials', 1, false], ['Omar Hale', 1, true],
    ]);
    assert.strictEqual(picture.quotes, 6);
    const whitfield = picture.sources[0];
    // "the repairs could not wait another winter" (7) + "We will fix the Elm Street bridge before the first snow" (11)
    assert.strictEqual(whitfield.words, 18);
    assert.strictEqual(whitfield.quoteShare, 2 / 6);
    assert.strictEqual(whitfield.wordShare, 18 / picture.words);
    const shareSum = picture.sources.reduce((n, s) => n + s.wordShare, 0);
    assert.ok(Math.abs(shareSum - 1) < 1e-9);
  });

  it('counts named against anonymous and direct against reported', () => {
    const picture = sourcesPicture(council);
    assert.deepStrictEqual(picture.named, { sources: 3, quotes: 5, words: picture.words - picture.anonymous.words });
    assert.strictEqual(picture.anonymous.sources, 1);
    assert.strictEqual(picture.anonymous.quotes, 1);
    assert.deepStrictEqual([picture.direct, picture.mixed, picture.reported], [3, 0, 3]);
    assert.deepStrictEqual(picture.sources.map((s) => [s.direct, s.reported]), [[1, 1], [1, 1], [0, 1], [1, 0]]);
  });

  it('counts two named people speaking together ("Tom Gray and Ann Lee said") as named', () => {
    const text = 'Harbour\n\n"The ferries will run on time," Tom Gray and Ann Lee said. "We doubt it," a port official said.';
    const picture = sourcesPicture(analyze(text));
    assert.deepStrictEqual(picture.sources.map((s) => [s.speaker, s.named]), [['Tom Gray and Ann Lee', true], ['a port official', false]]);
  });

  it('takes categories only from the user, matched by the source name in any case', () => {
    assert.ok(sourcesPicture(council).sources.every((s) => s.tags.length === 0), 'no tag is inferred');
    const picture = sourcesPicture(council, { 'dana whitfield': ['government'], 'Priya Lund': ['government', 'expert'] });
    assert.deepStrictEqual(picture.sources.map((s) => s.tags), [['government'], ['government', 'expert'], [], []]);
    assert.deepStrictEqual(picture.tags.map((t) => [t.tag, t.quotes]), [['government', 4], ['expert', 2]]);
  });

  it('counts unattributed quotes apart and gives zero shares for an article without sources', () => {
    const picture = sourcesPicture(article([quote('Nobody knows who said this', null, null)], [person('x', 'Ann Cole')]));
    assert.deepStrictEqual([picture.sources.length, picture.unattributed, picture.quotes, picture.words], [0, 1, 0, 0]);
  });
});
