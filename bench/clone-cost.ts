import { performance } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import type { Analysis } from '../src/engine/types';
import { splitAnalysis } from '../src/worker/analysis-parts';

export interface TextCloneCost {
  /** Serialising the text: what `postMessage` does synchronously on the sending (extension host) thread. */
  serializeMs: number;
  bytes: number;
}

export interface ResultTransportCost {
  /** Serialised size of all parts. */
  bytes: number;
  parts: number;
  /** Splitting and serialising the analysis, in the worker. */
  splitMs: number;
  /** Deserialising all parts, on the receiving thread, spread over several event-loop turns. */
  joinTotalMs: number;
  /** The slowest single part: the longest stretch the receiving thread spends on the result at once. */
  largestPartMs: number;
  /** For comparison: deserialising the analysis as one structured clone, in one stretch. */
  wholeCloneMs: number;
}

/** Median of a few runs, so one GC pause does not dominate. */
function medianOfRuns(runs: number, measure: () => number): number {
  const times = Array.from({ length: runs }, measure).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function timed(action: () => void): number {
  const started = performance.now();
  action();
  return performance.now() - started;
}

/** Measured with the V8 serializer that `postMessage` uses for structured clones. */
export function measureTextClone(text: string, runs = 5): TextCloneCost {
  return { serializeMs: medianOfRuns(runs, () => timed(() => serialize(text))), bytes: serialize(text).length };
}

export function measureResultTransport(analysis: Analysis, runs = 3): ResultTransportCost {
  const parts = splitAnalysis(analysis);
  const partTimes = parts.map((part) => medianOfRuns(runs, () => timed(() => deserialize(Buffer.from(part)))));
  const whole = serialize(analysis);
  return {
    bytes: parts.reduce((sum, part) => sum + part.byteLength, 0),
    parts: parts.length,
    splitMs: medianOfRuns(runs, () => timed(() => splitAnalysis(analysis))),
    joinTotalMs: partTimes.reduce((sum, t) => sum + t, 0),
    largestPartMs: Math.max(...partTimes),
    wholeCloneMs: medianOfRuns(runs, () => timed(() => deserialize(whole))),
  };
}
