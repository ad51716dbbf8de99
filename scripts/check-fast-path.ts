/**
 * Differential check of the typing fast path on real articles: random edits of every kind the fast path
 * may take (letters, spaces, commas, new words, deletions, words typed letter by letter, phrases pasted at
 * paragraph ends, with and without the final stop, as in a draft), each analysed
 * both ways and compared. Exits 1 on any difference.
 * `--joined KB` joins the articles into documents of that size first (headlines, many entities, names
 * shared between articles), as the benchmark's long documents are.
 * Usage: npm run check:fast-path -- [--corpus PATH] [--edits N per article] [--joined KB]
 */
import { readFileSync } from 'node:fs';
import { corpusPathOrExit, option } from './corpusOption';
import { isDeepStrictEqual } from 'node:util';
import { analysisCounts, analyze, analyzeFromScratch, analyzeFully } from '../src/engine/analyze';
import type { AnalyzeOptions } from '../src/engine/types';
import { sieveCounts } from '../src/engine/reuse/sieveMemo';

const corpusPath = corpusPathOrExit();
const editsPerArticle = Number(option('edits') ?? 30);
const articles: string[] = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line).text);
const joinedKB = option('joined');
const texts = joinedKB === undefined ? articles : joinedDocuments(articles, Number(joinedKB) * 1024);

/** Consecutive articles joined by blank lines into documents of at least `minChars` characters. */
function joinedDocuments(all: string[], minChars: number): string[] {
  const documents: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const article of all) {
    current.push(article);
    length += article.length + 2;
    if (length >= minChars) {
      documents.push(current.join('\n\n'));
      current = [];
      length = 0;
    }
  }
  if (current.length) documents.push(current.join('\n\n'));
  return documents;
}

let state = 12345;
const random = (): number => (state = (state * 16807) % 2147483647) / 2147483647;
const KINDS = [
  'x', ' ', ',', ' the', 'delete a character', 'delete a word', 'type a word', 'paste at a paragraph end', 'paste in a draft',
] as const;
/** Phrases pasted or completed in one change (2-24 characters): names, cues, pronouns, plain words. */
const PASTES = [
  ' Mike Pompeo said', ' he said', ', she added', ' officials said', ' said Smith', ' the', ' told reporters', ' Lavrov',
  ' and', ', according to Jones', ' Smith', ' in a statement', ' she', ' said the senator', ', he', ' New York',
];
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
/** Where paragraphs end (a line's last letter before a blank line or the end of the text). */
const paragraphEnds = (text: string): number[] => [...text.matchAll(/\S(?=[ \t]*(?:\r?\n[ \t]*\r?\n|$))/g)].map((m) => m.index! + 1);
const taken: Record<string, { fast: number; all: number }> = {};
let edits = 0;
let differences = 0;

texts.forEach((original, t) => {
  // Every seventh article also as Markdown and without reported speech.
  const variants: AnalyzeOptions[] = t % 7 === 0 ? [{}, { language: 'markdown' }, { reported: false }] : [{}];
  for (const options of variants) {
    let text = original;
    analyzeFully(text, options);
    for (let e = 0; e < editsPerArticle; e++) {
      const kind = KINDS[Math.floor(random() * KINDS.length)];
      let at = Math.floor(random() * text.length);
      const steps: string[] = [];
      if (kind === 'delete a character') steps.push((text = text.slice(0, at) + text.slice(at + 1)));
      else if (kind === 'delete a word') {
        const word = /\s\S+/.exec(text.slice(at));
        if (word) at += word.index;
        steps.push((text = text.slice(0, at) + text.slice(at + (word?.[0].length ?? 0))));
      } else if (kind === 'type a word') {
        while (at < text.length && /\p{L}/u.test(text[at])) at++;
        for (const ch of ' news') steps.push((text = text.slice(0, at) + ch + text.slice(at++)));
      } else if (kind === 'paste at a paragraph end' || kind === 'paste in a draft') {
        const ends = paragraphEnds(text);
        if (ends.length === 0) continue;
        at = pick(ends);
        // A draft: the paragraph's final stop not written yet (taken away in a step of its own, then the paste).
        if (kind === 'paste in a draft' && /[.!?]/.test(text[at - 1])) steps.push((text = text.slice(0, --at) + text.slice(at + 1)));
        steps.push((text = text.slice(0, at) + pick(PASTES) + text.slice(at)));
      } else steps.push((text = text.slice(0, at) + kind + text.slice(at)));
      for (const step of steps) {
        edits++;
        const reusedBefore = analysisCounts.reused;
        const fast = analyze(step, options);
        const count = (taken[kind] ??= { fast: 0, all: 0 });
        count.all++;
        if (analysisCounts.reused > reusedBefore) count.fast++;
        if (!isDeepStrictEqual(fast, analyzeFromScratch(step, options))) {
          differences++;
          console.log(`difference after "${kind}" at ${at}: ${JSON.stringify(step.slice(Math.max(0, at - 30), at + 30))}`);
        }
      }
    }
  }
});

console.log(`${corpusPath}: ${edits} edits, ${differences} differences`);
const sieved = sieveCounts.replayed + sieveCounts.sieved;
console.log(`  paragraphs whose sieve decisions were replayed: ${((100 * sieveCounts.replayed) / sieved).toFixed(0)}% of ${sieved}`);
for (const [kind, c] of Object.entries(taken)) console.log(`  ${JSON.stringify(kind).padEnd(22)} fast path ${((100 * c.fast) / c.all).toFixed(0).padStart(3)}% of ${c.all}`);
process.exit(differences ? 1 : 0);
