import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { analyze } from '../engine/analyze';
import { createSession, type DocumentSession } from '../engine/session';
import type { Analysis, AnalyzeOptions } from '../engine/types';
import { splitAnalysis, travelsWhole } from './analysis-parts';
import { diffAnalysis, textChange } from './analysis-delta';
import type { AnalyzeRequest, AnalyzeResponse, TextEdit } from './contract';

type AnalyzeFunction = (text: string, options: AnalyzeOptions, session: DocumentSession) => Analysis;

/** Runs one request through the engine; engine exceptions become an `error` response, never a thrown error. */
export function handleRequest(request: AnalyzeRequest, analyzeText: AnalyzeFunction = analyze): AnalyzeResponse {
  const started = performance.now();
  const base = request.key === undefined ? undefined : lastSent.get(request.key);
  const text = request.text ?? (base && base.id === request.baseId ? edited(base.text, request.edits ?? [], request.length) : undefined);
  if (text === undefined) return { id: request.id, needsText: true, elapsedMs: 0 };
  try {
    const analysis = analyzeText(text, request.options ?? {}, sessionFor(request.key));
    const elapsedMs = performance.now() - started;
    const payload =
      base && base.id === request.baseId
        ? { delta: { ...diffAnalysis(base.analysis, analysis, textChange(base.text, text)), baseId: base.id } }
        : travelsWhole(analysis)
          ? { analysis }
          : { parts: splitAnalysis(analysis) };
    if (request.key !== undefined) remember(request.key, { id: request.id, text, analysis });
    return { id: request.id, ...payload, elapsedMs, heapUsedBytes: heapUsed() };
  } catch (err) {
    const message = err instanceof Error ? err.stack ?? err.message : String(err);
    return { id: request.id, error: message, elapsedMs: performance.now() - started, heapUsedBytes: heapUsed() };
  }
}

/** `text` with the edits applied in order; undefined when one does not fit or the result has another length. */
function edited(text: string, edits: TextEdit[], length: number | undefined): string | undefined {
  for (const { start, end, text: inserted } of edits) {
    if (!(start >= 0 && start <= end && end <= text.length)) return undefined;
    text = text.slice(0, start) + inserted + text.slice(end);
  }
  return text.length === length ? text : undefined;
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
