import { performance } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';

export interface CloneCost {
  /** Serialising the value: what `postMessage` does synchronously on the sending thread. */
  serializeMs: number;
  /** Deserialising it: what the receiving thread does before its 'message' handler runs. */
  deserializeMs: number;
  bytes: number;
}

/**
 * What a structured clone of `value` costs, measured with the same V8 serializer `postMessage` uses
 * (median of a few runs, so one GC pause does not dominate).
 */
export function measureCloneCost(value: unknown, runs = 5): CloneCost {
  const serializeTimes: number[] = [];
  const deserializeTimes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    const buffer = serialize(value);
    serializeTimes.push(performance.now() - started);
    bytes = buffer.length;
    started = performance.now();
    deserialize(buffer);
    deserializeTimes.push(performance.now() - started);
  }
  const middle = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { serializeMs: middle(serializeTimes), deserializeMs: middle(deserializeTimes), bytes };
}
