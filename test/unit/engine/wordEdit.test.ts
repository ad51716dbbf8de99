import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analysisCounts, analyze, analyzeFromScratch, analyzeFully } from '../../../src/engine/analyze';
import type { AnalyzeOptions } from '../../../src/engine/types';

const seeds = path.resolve(__dirname, '../../../seeds');
const SEED_TEXTS = ['000_70231c3abc8c0ee5.txt', 'draft-city-council.md', 'draft-senate-hearing.txt'].map((name) => readFileSync(path.join(seeds, name), 'utf8'));

/** Types words at random word ends and backspaces, comparing the typing fast path with a full analysis each time. */
function typeAndCompare(text: string, options: AnalyzeOptions, seed: number): { keystrokes: number; reused: number } {
  let state = seed;
  const random = (): number => (state = (state * 16807) % 2147483647) / 2147483647;
  const reusedBefore = analysisCounts.reused;
  let keystrokes = 0;
  analyze(text, options);
  for (let word = 0; word < 12; word++) {
    let pos = Math.floor(random() * text.length);
    while (pos < text.length && /\p{L}/u.test(text[pos])) pos++;
    const steps: string[] = [];
    // Every other word is a new one (a space first), the others extend the word before.
    for (const ch of (word % 2 ? ' ' : '') + 'reportedly'.slice(0, 3 + Math.floor(random() * 7))) {
      text = text.slice(0, pos) + ch + text.slice(pos);
      steps.push(text);
      pos++;
    }
    pos--;
    text = text.slice(0, pos) + text.slice(pos + 1);
    steps.push(text);
    for (const step of steps) {
      keystrokes++;
      assert.deepStrictEqual(analyze(step, options), analyzeFromScratch(step, options), `keystroke ${keystrokes} (word ${word})`);
    }
  }
  return { keystrokes, reused: analysisCounts.reused - reusedBefore };
}

describe('engine: the typing fast path', () => {
  it('gives exactly what a full analysis gives, keystroke after keystroke', () => {
    let reused = 0;
    SEED_TEXTS.forEach((text, i) => {
      reused += typeAndCompare(text, i === 1 ? { language: 'markdown' } : {}, 7 + i).reused;
      reused += typeAndCompare(text, { reported: false }, 31 + i).reused;
    });
    assert.ok(reused > 0, 'some keystrokes took the fast path');
  });

  it('runs in full when the edit touches a name, a cue or a quotation mark, or adds a word where rules read', () => {
    const text = 'Mayor Dana Reyes spoke at length about the budget and the harbor and the schools of the city.\n\n"We will not wait," Reyes said, and she said the harbor would reopen soon.';
    const runsInFull = (edited: string): boolean => {
      analyzeFully(text);
      const full = analysisCounts.full;
      analyze(edited);
      return analysisCounts.full === full + 1;
    };
    assert.ok(!runsInFull(text.replace('the harbor', 'the harbors')), 'an ordinary word takes the fast path');
    assert.ok(runsInFull(text.replace('Reyes said', 'Reyesx said')), 'a name');
    assert.ok(runsInFull(text.replace('Reyes said', 'Reyes saidx')), 'a cue');
    assert.ok(runsInFull(text.replace('wait,"', 'waitx,"')), 'next to a quotation mark');
    assert.ok(!runsInFull(text.replace('about the', 'about thex')), 'any word of a sentence the sieve does not read');
    assert.ok(runsInFull(text.replace('said the harbor', 'said thex harbor')), 'a word the rules name ("the") in a sentence with a cue');
    assert.ok(!runsInFull(text.replace('would reopen', 'would reopens')), 'a word that looks the same to every rule, in a sentence with a cue');
    assert.ok(!runsInFull(text.replace('about the budget', 'about the new budget')), 'a new word where no rule reads');
    assert.ok(!runsInFull(text.replace('the harbor and', 'the harbor, and')), 'a comma where no rule reads');
    assert.ok(runsInFull(text.replace('said the harbor', 'said the old harbor')), 'a new word in a sentence with a cue');
    assert.ok(runsInFull(text.replace('about the budget', 'about the Reyes budget')), 'a new name');
  });

  it('compares words as the tokenizer cuts them: a letter typed into "that" of "that’s" after a cue runs in full', () => {
    const text = 'The harbor reopened on Monday after a long winter.\n\nReyes said that’s what the city had expected all along.';
    const edited = text.replace('that’s', 'txhat’s');
    analyzeFully(text);
    const full = analysisCounts.full;
    assert.deepStrictEqual(analyze(edited), analyzeFromScratch(edited));
    assert.equal(analysisCounts.full, full + 1, 'the reported content starts after "that": the edit changes it');
  });
  it('reads a phrase pasted at the end of an unfinished paragraph (it lengthens that paragraph)', () => {
    const before = 'Sergey Lavrov spoke first at the news conference.\n\nThen the microphone went to the visitor\n\n' +
      'He added that the two men had agreed on nothing at all.';
    analyzeFully(before);
    const at = before.indexOf('visitor') + 'visitor'.length;
    for (const phrase of [' Mike Pompeo said', ' he said', ', she added', ' Pompeo']) {
      const after = before.slice(0, at) + phrase + before.slice(at);
      analyze(before);
      assert.deepStrictEqual(analyze(after), analyzeFromScratch(after), phrase);
    }
    const pasted = before.slice(0, at) + ' Mike Pompeo said' + before.slice(at);
    analyze(before);
    assert.strictEqual(analyze(pasted).quotes.find((q) => q.kind === 'reported')?.attribution.speaker, 'Mike Pompeo');
  });

  it('sees a deletion that ends a line on a stop break the paragraph in two', () => {
    const before = 'The mayor spoke first. Then\nHe said the budget would pass.';
    analyzeFully(before);
    const after = before.replace(' Then', '');
    assert.deepStrictEqual(analyze(after), analyzeFromScratch(after));
  });
});
