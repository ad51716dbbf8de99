/**
 * The source check on a long recording: 100 quotes against a transcript of about 30,000 words (three hours of
 * speech) made of corpus sentences in speaker turns, as plain text and as SubRip captions, and the same against
 * four times that much, to show the cost follows the quotes and not the transcript's length times the quotes.
 * source-check-run.ts runs it in a worker thread on the bundled engine, as the extension would run it.
 */
import { buildSourceIndex, checkQuotes, readSource, type QuoteToCheck } from '../src/engine/sourceCheck';
import { median } from './stats';

export interface SourceCheckTiming {
  label: string;
  words: number;
  quotes: number;
  runs: number;
  /** Reading the source and building its index. */
  indexMedianMs: number;
  /** Checking every quote against the index. */
  checkMedianMs: number;
  totalMedianMs: number;
  totalMaxMs: number;
  /** CPU time the thread spent on it (the machine is shared: wall time includes waiting for a CPU). */
  totalCpuMedianMs: number;
  /** How the quotes came out, as a sanity check that the work was real. */
  results: Record<string, number>;
}

const RUNS = 7;
const SPEAKERS = ['MODERATOR', 'SEN. ALVAREZ', 'GOV. PRICE', 'DR. NAKAMURA', 'MAYOR OKONJO'];
const SENTENCES_PER_TURN = 4;

/** Sentences of the corpus without quotation marks or line breaks, of 6 to 40 words. */
function corpusSentences(texts: string[]): string[] {
  const sentences: string[] = [];
  for (const text of texts) {
    for (const raw of text.replace(/["“”‘’]/g, '').split(/(?<=[.!?])\s+/)) {
      const sentence = raw.replace(/\s+/g, ' ').trim();
      const words = sentence.split(' ').length;
      if (words >= 6 && words <= 40) sentences.push(sentence);
    }
  }
  return sentences;
}

interface Transcript {
  text: string;
  srt: string;
  words: number;
  /** Sentences in the transcript, with the speaker of each. */
  said: { sentence: string; speaker: string }[];
}

function buildTranscript(sentences: string[], targetWords: number, offset: number): Transcript {
  const turns: string[] = [];
  const cues: string[] = [];
  const said: Transcript['said'] = [];
  let words = 0;
  let second = 0;
  for (let turn = 0, i = offset; words < targetWords; turn++) {
    const speaker = SPEAKERS[turn % SPEAKERS.length];
    const body: string[] = [];
    for (let k = 0; k < SENTENCES_PER_TURN && words < targetWords; k++, i++) {
      const sentence = sentences[i % sentences.length];
      body.push(sentence);
      said.push({ sentence, speaker });
      const count = sentence.split(' ').length;
      words += count;
      const start = second;
      second += Math.max(2, Math.round(count / 2.7));
      cues.push(`${cues.length + 1}\n${srtTime(start)} --> ${srtTime(second)}\n${k === 0 ? `${speaker}: ` : ''}${sentence}\n`);
    }
    turns.push(`[${srtTime(second).slice(0, 8)}] ${speaker}: ${body.join(' ')}`);
  }
  return { text: turns.join('\n\n') + '\n', srt: cues.join('\n'), words, said };
}

function srtTime(totalSeconds: number): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(Math.floor(totalSeconds / 3600))}:${two(Math.floor(totalSeconds / 60) % 60)}:${two(totalSeconds % 60)},000`;
}

/** 100 quotes: verbatim fragments, altered ones, two sentences joined by an ellipsis, and sentences never said. */
function buildQuotes(transcript: Transcript, unsaid: string[], random: () => number): QuoteToCheck[] {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const quotes: QuoteToCheck[] = [];
  const add = (text: string, speaker: string | null): void => void quotes.push({ text, start: 0, end: text.length, speaker });
  for (let i = 0; i < 40; i++) {
    const { sentence, speaker } = pick(transcript.said);
    const words = sentence.split(' ');
    add(words.slice(Math.floor(random() * 3)).join(' '), speaker);
  }
  for (let i = 0; i < 30; i++) {
    const { sentence, speaker } = pick(transcript.said);
    const words = sentence.split(' ');
    words.splice(1 + Math.floor(random() * (words.length - 2)), 1, i % 2 ? 'never' : 'nine');
    add(words.join(' '), speaker);
  }
  for (let i = 0; i < 10; i++) {
    const at = Math.floor(random() * (transcript.said.length - 1));
    add(`${transcript.said[at].sentence} … ${transcript.said[at + 1].sentence}`, transcript.said[at].speaker);
  }
  for (let i = 0; i < 20; i++) add(pick(unsaid), null);
  return quotes;
}

function measure(label: string, source: { name: string; text: string }, words: number, quotes: QuoteToCheck[]): SourceCheckTiming {
  const index: number[] = [];
  const check: number[] = [];
  const total: number[] = [];
  const cpu: number[] = [];
  let results: Record<string, number> = {};
  // The first run warms the compiled code up and is not counted.
  for (let run = 0; run <= RUNS; run++) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    const built = buildSourceIndex([readSource(source.name, source.text)]);
    const indexed = performance.now();
    const checks = checkQuotes(quotes, built);
    const done = performance.now();
    const cpuUsed = process.cpuUsage(cpuStarted);
    if (run === 0) continue;
    cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
    index.push(indexed - started);
    check.push(done - indexed);
    total.push(done - started);
    results = {};
    for (const c of checks) results[c.status] = (results[c.status] ?? 0) + 1;
  }
  return {
    label,
    words,
    quotes: quotes.length,
    runs: RUNS,
    indexMedianMs: median(index),
    checkMedianMs: median(check),
    totalMedianMs: median(total),
    totalMaxMs: Math.max(...total),
    totalCpuMedianMs: median(cpu),
    results,
  };
}

export function measureSourceCheck(texts: string[], random: () => number): SourceCheckTiming[] {
  const sentences = corpusSentences(texts);
  if (sentences.length < 50) return [];
  // Sentences never said come from the other half of the corpus sentences, away from the transcript's.
  const half = Math.floor(sentences.length / 2);
  const spoken = sentences.slice(0, half);
  const unsaid = sentences.slice(half);
  const threeHours = buildTranscript(spoken, 30_000, 0);
  const twelveHours = buildTranscript(spoken, 120_000, 0);
  const quotes = buildQuotes(threeHours, unsaid, random);
  return [
    measure('30,000 words, text transcript', { name: 'bench.txt', text: threeHours.text }, threeHours.words, quotes),
    measure('30,000 words, SubRip captions', { name: 'bench.srt', text: threeHours.srt }, threeHours.words, quotes),
    measure('120,000 words, text transcript', { name: 'bench.txt', text: twelveHours.text }, twelveHours.words, quotes),
  ];
}
