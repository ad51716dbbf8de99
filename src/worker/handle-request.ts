import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { analyze } from '../engine/analyze';
import type { Analysis, AnalyzeOptions } from '../engine/types';
import { splitAnalysis, travelsWhole } from './analysis-parts';
import type { AnalyzeRequest, AnalyzeResponse } from './contract';

type AnalyzeFunction = (text: string, options: AnalyzeOptions) => Analysis;

/** Runs one request through the engine; engine exceptions become an `error` response, never a thrown error. */
export function handleRequest(request: AnalyzeRequest, analyzeText: AnalyzeFunction = analyze): AnalyzeResponse {
  const started = performance.now();
  try {
    const analysis = analyzeText(request.text, request.options ?? {});
    const elapsedMs = performance.now() - started;
    const payload = travelsWhole(analysis) ? { analysis } : { parts: splitAnalysis(analysis) };
    return { id: request.id, ...payload, elapsedMs, heapUsedBytes: heapUsed() };
  } catch (err) {
    const message = err instanceof Error ? err.stack ?? err.message : String(err);
    return { id: request.id, error: message, elapsedMs: performance.now() - started, heapUsedBytes: heapUsed() };
  }
}

function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}
