/**
 * A larger test set made from the sources themselves: every sentence of six words or more, quoted verbatim
 * (matches), with a word dropped, changed, added or negated, or every fourth word changed (altered), and stand-ins that share the source's
 * words but not its sentences (not found): a word salad of the source's own words and sentences of another source.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { seededRandom } from '../../bench/stats';
import { readSource } from '../../src/engine/sourceCheck';
import type { LabelledCase } from './sourceCheckScore';

const MIN_WORDS = 6;
const NEGATABLE = /^(is|are|was|were|will|can|could|would|should|do|does|did|have|has)$/i;

export function generatedCases(folder: string, sources: string[], seed = 1): LabelledCase[] {
  const random = seededRandom(seed);
  const pickIndex = (length: number): number => Math.floor(random() * length);
  const sentencesOf = new Map(sources.map((name) => [name, sourceSentences(path.join(folder, name), name)]));
  const cases: LabelledCase[] = [];
  for (const name of sources) {
    const sentences = sentencesOf.get(name) ?? [];
    const ownWords = new Set(sentences.flatMap((s) => s.map((w) => w.toLowerCase())));
    const foreign = sources.filter((other) => other !== name).flatMap((other) => sentencesOf.get(other) ?? []);
    const foreignWords = foreign.flat().filter((w) => !ownWords.has(w.toLowerCase()) && /^\p{Ll}{4,}$/u.test(w));
    const add = (words: string[], expect: LabelledCase['expect'], why: string): void =>
      void cases.push({ source: name, speaker: null, quote: words.join(' '), expect, why });
    for (const words of sentences) {
      add(words, 'matches', 'verbatim sentence');
      const middle = 1 + pickIndex(words.length - 2);
      add([...words.slice(0, middle), ...words.slice(middle + 1)], 'altered', `word ${middle + 1} dropped`);
      add([...words.slice(0, middle), foreignWords[pickIndex(foreignWords.length)], ...words.slice(middle + 1)], 'altered', `word ${middle + 1} changed`);
      add([...words.slice(0, middle), foreignWords[pickIndex(foreignWords.length)], ...words.slice(middle)], 'altered', `word added before word ${middle + 1}`);
      if (words.length >= 8) {
        const changed = words.map((w, i) => (i % 4 === 3 ? foreignWords[pickIndex(foreignWords.length)] : w));
        add(changed, 'altered', 'every fourth word changed');
      }
      const verb = words.findIndex((w, i) => i > 0 && i < words.length - 1 && NEGATABLE.test(w) && !/^not$/i.test(words[i + 1]));
      if (verb > 0) add([...words.slice(0, verb + 1), 'not', ...words.slice(verb + 1)], 'altered', 'negation added');
      const salad = Array.from({ length: words.length }, () => {
        const other = sentences[pickIndex(sentences.length)];
        return other[pickIndex(other.length)];
      });
      add(salad, 'not-found', "the source's own words in a random order");
    }
    for (const words of foreign.filter((_, i) => i % 3 === 0)) add(words, 'not-found', 'a sentence of another source');
  }
  return cases;
}

/** The source's sentences (as lists of written words) in its spoken words, one passage at a time. */
function sourceSentences(file: string, name: string): string[][] {
  const source = readSource(name, readFileSync(file, 'utf8'));
  const sentences: string[][] = [];
  for (const passage of source.passages) {
    const text = source.words.slice(passage.start, passage.end).replace(/\s+/g, ' ');
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const words = sentence.split(' ').map((w) => w.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, '')).filter(Boolean);
      if (words.length >= MIN_WORDS) sentences.push(words);
    }
  }
  return sentences;
}
