import type { Analysis, AnalyzeOptions } from '../engine/types';

/** Messages between the extension host (or any Node caller) and the analysis worker thread. */
export interface AnalyzeRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export interface AnalyzeResponse {
  id: number;
  /** A small Analysis, as is: one structured clone costs the receiver a few milliseconds. */
  analysis?: Analysis;
  /** A large Analysis, split into V8-serialised parts that are transferred, not copied (see analysis-parts.ts). */
  parts?: ArrayBuffer[];
  error?: string;
  /** Milliseconds the worker spent in the engine. */
  elapsedMs: number;
  /** Bytes used by the worker's own V8 heap after this request (the worker shares the process RSS). */
  heapUsedBytes?: number;
}
