import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { analyzeWithOwnReview } from '../engine/review/analyzeWithReview';
import { createSession, type DocumentSession } from '../engine/reuse/session';
import type { Analysis, AnalyzeOptions } from '../engine/types';
import { splitAnalysis, travelsWhole } from './analysis-parts';
import { diffAnalysis, textChange } from './analysis-delta';
import type { AnalyzeRequest, AnalyzeResponse, TextEdit } from './contract';

type AnalyzeFunction = (text: string, options: AnalyzeOptions, session: DocumentSession) => Analysis;

/** Runs one request through the engine; engine exceptions become an `error` response, never a thrown error. */
export function handleRequest(request: AnalyzeRequest, analyzeText: AnalyzeFunction = analyzeWithOwnReview): AnalyzeResponse {
  const started = performance.now();
  const document = request.key === undefined ? undefined : documentFor(request.key);
  const base = document?.sent;
  const text = request.text ?? (base && base.id === request.baseId ? edited(base.text, request.edits ?? [], request.length) : undefined);
  if (text === undefined) return { id: request.id, needsText: true, elapsedMs: 0 };
  try {
    const analysis = analyzeText(text, request.options ?? {}, document?.session ?? unkeyedSession);
    const elapsedMs = performance.now() - started;
    const payload =
      base && base.id === request.baseId
        ? { delta: { ...diffAnalysis(base.analysis, analysis, textChange(base.text, text)), baseId: base.id } }
        : travelsWhole(analysis)
          ? { analysis }
          : { parts: splitAnalysis(analysis) };
    if (document) document.sent = { id: request.id, text, analysis };
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

/**
 * Per document, a few at most (the most recently used): what the engine keeps about it between analyses
 * (see engine/reuse/session.ts), and the last result sent, the base of the next delta and of the next edits.
 */
interface KeptDocument {
  session: DocumentSession;
  sent?: { id: number; text: string; analysis: Analysis };
}
const documents = new Map<string, KeptDocument>();
const DOCUMENTS_KEPT = 8;
/** Requests without a key (one-off texts) share a session. */
const unkeyedSession = createSession();

function documentFor(key: string): KeptDocument {
  const document = documents.get(key) ?? { session: createSession() };
  documents.delete(key);
  documents.set(key, document);
  if (documents.size > DOCUMENTS_KEPT) documents.delete(documents.keys().next().value!);
  return document;
}

export function forgetDocument(key: string): void {
  documents.delete(key);
}

function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}
