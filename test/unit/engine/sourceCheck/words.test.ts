import * as assert from 'node:assert/strict';
import { normalWords } from '../../../../src/engine/sourceCheck/words';
import { readNumber } from '../../../../src/engine/sourceCheck/numbers';

const norms = (text: string): string[] => normalWords(text).map((w) => w.norm);

describe('source check: words as compared', () => {
  it('ignores case, accents, punctuation, curly or straight marks and dashes', () => {
    assert.deepEqual(norms('“Café—open,” she’s sure…'), ['cafe', 'open', 'she', 'is', 'sure']);
    assert.deepEqual(norms('"Cafe - open," she\'s SURE'), ['cafe', 'open', 'she', 'is', 'sure']);
  });

  it('splits hyphenated words, so "well-known" is "well known"', () => {
    assert.deepEqual(norms('a well-known, long-running case'), ['a', 'well', 'known', 'long', 'running', 'case']);
  });

  it('spells out contractions, so a negation is a word of its own', () => {
    assert.deepEqual(norms("don't can't won't cannot isn't I'm we're they've you'll I'd let's"), [
      'do', 'not', 'can', 'not', 'will', 'not', 'can', 'not', 'is', 'not', 'i', 'am', 'we', 'are', 'they', 'have',
      'you', 'will', 'i', 'would', 'let', 'us',
    ]);
  });

  it('reads numbers written as words as digits', () => {
    assert.deepEqual(norms('ten'), ['10']);
    assert.deepEqual(norms('twenty-five people'), ['25', 'people']);
    assert.deepEqual(norms('one hundred and five'), ['105']);
    assert.deepEqual(norms('three million dollars'), ['3000000', 'dollars']);
    assert.deepEqual(norms('$3 million'), ['3000000', 'dollars']);
    assert.deepEqual(norms('1.5 billion'), ['1500000000']);
    assert.deepEqual(norms('6,000 doses'), ['6000', 'doses']);
    assert.deepEqual(norms('the first time'), ['the', '1st', 'time']);
  });

  it('keeps numbers said one after another apart', () => {
    assert.deepEqual(norms('one two three'), ['1', '2', '3']);
    assert.deepEqual(norms('in 2019 2020'), ['in', '2019', '2020']);
    assert.equal(readNumber(['hundred'], 0), null);
  });

  it('reads "%", "percent" and "per cent" alike', () => {
    assert.deepEqual(norms('40%'), ['40', 'percent']);
    assert.deepEqual(norms('forty percent'), ['40', 'percent']);
    assert.deepEqual(norms('forty per cent'), ['40', 'percent']);
  });

  it('keeps each word\'s place in the text', () => {
    const [first, second] = normalWords('Say “ten” twice', 4);
    assert.deepEqual([first.start, first.end, first.norm], [5, 8, '10']);
    assert.deepEqual([second.start, second.end], [10, 15]);
  });

  it('marks capitalised words that do not open a sentence as names', () => {
    const words = normalWords('The mayor met Delgado. Then I left for Sunday service.');
    assert.deepEqual(words.filter((w) => w.nameLike).map((w) => w.norm), ['delgado', 'sunday']);
  });
});
