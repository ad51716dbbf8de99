/**
 * The analysis travels from the worker as several V8-serialised parts, transferred (not copied). The receiving
 * thread deserialises one part per event-loop turn, so a large result (tens of thousands of quotes and mentions)
 * never blocks the extension host in one long stretch the way a single structured clone does.
 */
import { deserialize, serialize } from 'node:v8';
import type { Analysis, Entity, Quote } from '../engine/types';

/**
 * Upper bound of items per part: a quote counts 1, an entity 1 plus its mentions. Deserialising 1,000 takes
 * 1–3 ms, up to ten times that while the receiver's code is cold or its collector runs.
 */
const PART_WEIGHT = 1000;

/**
 * Up to this many items (quotes, entities and mentions) the analysis travels whole: one part's worth. A 200 KB
 * article's 3,700 items in one structured clone held the receiver 7–47 ms.
 */
const WHOLE_LIMIT = PART_WEIGHT;

type Part = { head: Omit<Analysis, 'quotes' | 'entities'> } | { quotes: Quote[] } | { entities: Entity[] };

/** Whether an analysis is small enough to post as it is. */
export function travelsWhole(analysis: Analysis): boolean {
  let weight = analysis.quotes.length;
  for (const entity of analysis.entities) weight += 1 + entity.mentions.length;
  return weight <= WHOLE_LIMIT;
}

export function splitAnalysis(analysis: Analysis): ArrayBuffer[] {
  const { quotes, entities, ...head } = analysis;
  const parts: Part[] = [{ head }];
  for (const batch of batches(quotes, () => 1)) parts.push({ quotes: batch });
  for (const batch of batches(entities, (entity) => 1 + entity.mentions.length)) parts.push({ entities: batch });
  return parts.map(toArrayBuffer);
}

/** Rebuilds the analysis, calling `pause` between parts (e.g. to yield to the event loop). */
export async function joinAnalysis(parts: ArrayBuffer[], pause: () => Promise<void>): Promise<Analysis> {
  const analysis: Analysis = { quotes: [], entities: [], problems: [], analyzedLength: 0, textLength: 0 };
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) await pause();
    const part = deserialize(Buffer.from(parts[i])) as Part;
    if ('head' in part) Object.assign(analysis, part.head);
    else if ('quotes' in part) pushAll(analysis.quotes, part.quotes);
    else pushAll(analysis.entities, part.entities);
  }
  return analysis;
}

function* batches<T>(items: T[], weigh: (item: T) => number): Generator<T[]> {
  let batch: T[] = [];
  let weight = 0;
  for (const item of items) {
    const itemWeight = weigh(item);
    if (batch.length > 0 && weight + itemWeight > PART_WEIGHT) {
      yield batch;
      batch = [];
      weight = 0;
    }
    batch.push(item);
    weight += itemWeight;
  }
  if (batch.length > 0) yield batch;
}

function toArrayBuffer(part: Part): ArrayBuffer {
  const bytes = serialize(part);
  // A Buffer may be a view into a larger pooled allocation; only a buffer it owns whole can be transferred.
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer as ArrayBuffer;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function pushAll<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}
