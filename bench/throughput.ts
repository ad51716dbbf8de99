import nlp from 'compromise';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/engine/analyze';
import { textVariant } from './corpus';

export interface Throughput {
  kbPerSecond: number;
  articlesPerSecond: number;
  articles: number;
  kilobytes: number;
  seconds: number;
}

/** Measure at least this long so a small corpus still gives a stable number. */
const MIN_MEASURED_SECONDS = 1;

/**
 * Engine throughput on articles it has not seen before: warm-up passes run on marked variants of the texts, so
 * the measured pass over the originals gets a warm JIT but no per-paragraph cache hits.
 */
export function engineThroughput(texts: string[]): Throughput {
  for (const variant of [1, 2]) runEngine(texts.map((text) => textVariant(text, variant)));
  // Later passes use variants never seen before (100, 101, ...), so every pass is cache-cold.
  return measureUntilStable(texts, runEngine, (pass) => (pass === 0 ? 0 : 99 + pass));
}

/** Re-analysing the same texts again: what the engine's per-paragraph cache buys. */
export function engineCachedThroughput(texts: string[]): Throughput {
  runEngine(texts);
  return measureUntilStable(texts, runEngine, () => 0);
}

/** The reference: compromise's full parse with people, places, organizations and quotations, fully evaluated. */
export function compromiseThroughput(texts: string[]): Throughput {
  runCompromise(texts.slice(0, Math.min(texts.length, 8)));
  return measureUntilStable(texts, runCompromise, () => 0);
}

function runEngine(texts: string[]): void {
  for (const text of texts) analyze(text, {});
}

function runCompromise(texts: string[]): void {
  for (const text of texts) {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    doc.quotations().out('array');
  }
}

/** Repeats passes over `variantOf(pass)` of the texts until enough time has been measured. */
function measureUntilStable(texts: string[], run: (texts: string[]) => void, variantOf: (pass: number) => number): Throughput {
  const total = measure(texts, run);
  for (let pass = 1; total.seconds < MIN_MEASURED_SECONDS; pass++) {
    const next = measure(texts.map((text) => textVariant(text, variantOf(pass))), run);
    total.seconds += next.seconds;
    total.articles += next.articles;
    total.kilobytes += next.kilobytes;
  }
  total.kbPerSecond = total.kilobytes / total.seconds;
  total.articlesPerSecond = total.articles / total.seconds;
  return total;
}

function measure(texts: string[], run: (texts: string[]) => void): Throughput {
  const kilobytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1024;
  const started = performance.now();
  run(texts);
  const seconds = (performance.now() - started) / 1000;
  return { kbPerSecond: kilobytes / seconds, articlesPerSecond: texts.length / seconds, articles: texts.length, kilobytes, seconds };
}
