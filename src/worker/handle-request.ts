import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { analyze } from '../engine/analyze';
import { createSession, type DocumentSession } from '../engine/session';
import type { Analysis, AnalyzeOptions } from '../engine/types';
import { splitAnalysis, travelsWhole } from './analysis-parts';
import { diffAnalysis, textChange } from './analysis-delta';
import type { AnalyzeRequest, AnalyzeResponse } from './contract';

type AnalyzeFunction = (text: string, options: AnalyzeOptions, session: DocumentSession) => Analysis;

/** Runs one request through the engine; engine exceptions become an `error` response, never a thrown error. */
export function handleRequest(request: AnalyzeRequest, analyzeText: AnalyzeFunction = analyze): AnalyzeResponse {
  const started = performance.now();
  try {
    const analysis = analyzeText(request.text, request.options ?? {}, sessionFor(request.key));
    const elapsedMs = performance.now() - started;
    const base = request.key === undefined ? undefined : lastSent.get(request.key);
    const payload =
      base && base.id === request.baseId
        ? { delta: { ...diffAnalysis(base.analysis, analysis, textChange(base.text, request.text)), baseId: base.id } }
        : travelsWhole(analysis)
          ? { analysis }
          : { parts: splitAnalysis(analysis) };
    if (request.key !== undefined) remember(request.key, { id: request.id, text: request.text, analysis });
    return { id: request.id, ...payload, elapsedMs, heapUsedBytes: heapUsed() };
  } catch (err) {
    const message = err instanceof Error ? err.stack ?? err.message : String(err);
    return { id: request.id, error: message, elapsedMs: performance.now() - started, heapUsedBytes: heapUsed() };
  }
}

/** The last result sent for each document, the base of the next delta; a few documents at most. */
const lastSent = new Map<string, { id: number; text: string; analysis: Analysis }>();
/** What the engine keeps about each document between analyses (see engine/session.ts), as many documents. */
const sessions = new Map<string, DocumentSession>();
const DOCUMENTS_KEPT = 8;
/** Requests without a key (one-off texts) share a session. */
const unkeyedSession = createSession();

function remember(key: string, sent: { id: number; text: string; analysis: Analysis }): void {
  keepRecent(lastSent, key, sent);
}

function sessionFor(key: string | undefined): DocumentSession {
  if (key === undefined) return unkeyedSession;
  const session = sessions.get(key) ?? createSession();
  keepRecent(sessions, key, session);
  return session;
}

/** Sets `key` as the most recent entry, dropping the least recent beyond `DOCUMENTS_KEPT`. */
function keepRecent<T>(map: Map<string, T>, key: string, value: T): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > DOCUMENTS_KEPT) map.delete(map.keys().next().value!);
}

export function forgetDocument(key: string): void {
  lastSent.delete(key);
  sessions.delete(key);
}

function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}
