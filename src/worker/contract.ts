import type { Analysis, AnalyzeOptions } from '../engine/types';
import type { AnalysisDelta } from './analysis-delta';

/** Messages between the extension host (or any Node caller) and the analysis worker thread. */
/** A replacement of `start`..`end` (offsets in the text as the edits before it left it) by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface AnalyzeRequest {
  id: number;
  /** The whole text; absent when `edits` turn the text of request `baseId` into it. */
  text?: string;
  /** Applied in order to the text of request `baseId`; `length` is the length they must give. */
  edits?: TextEdit[];
  length?: number;
  options: AnalyzeOptions;
  /** The document the text is from: its last result can be the base of a delta. */
  key?: string;
  /** The request whose result the client will hold for `key` when this one arrives (the delta's base). */
  baseId?: number;
}

/** Drops what the worker keeps for a document (it was closed). */
export interface ForgetRequest {
  forget: string;
}

/** Sent once, when the worker has warmed its compiled code up (see warm-up.ts). */
export interface WarmedUpReport {
  warmedUp: { elapsedMs: number; steps: number };
}

export interface AnalyzeResponse {
  id: number;
  /** A small Analysis, as is: one structured clone costs the receiver a few milliseconds. */
  analysis?: Analysis;
  /** A large Analysis, split into V8-serialised parts that are transferred, not copied (see analysis-parts.ts). */
  parts?: ArrayBuffer[];
  /** The Analysis as a change to the result of request `baseId` for the same key (see analysis-delta.ts). */
  delta?: AnalysisDelta & { baseId: number };
  error?: string;
  /** The worker no longer holds the text the edits apply to: send the request again with the whole text. */
  needsText?: boolean;
  /** Milliseconds the worker spent in the engine. */
  elapsedMs: number;
  /** Bytes used by the worker's own V8 heap after this request (the worker shares the process RSS). */
  heapUsedBytes?: number;
}
