/** Runs one source check in a worker thread of its own, ended when it answers (or when it takes too long). */
import { Worker } from 'node:worker_threads';
import type { SourceCheckResult } from '../engine/sourceCheck/checkSources';
import type { QuoteToCheck } from '../engine/sourceCheck/types';
import type { SourceCheckRequest, SourceCheckResponse } from '../worker/sourceCheckContract';

/** Longer than any check of sources within the size cap takes; past it the worker is ended with a message. */
const TIMEOUT_MS = 60_000;

export function checkInWorker(script: string, quotes: QuoteToCheck[], sources: { name: string; text: string }[]): Promise<SourceCheckResult> {
  const worker = new Worker(script);
  const request: SourceCheckRequest = { id: 1, quotes, sources };
  return new Promise<SourceCheckResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the check took longer than ${TIMEOUT_MS / 1000} s and was stopped`)), TIMEOUT_MS);
    worker.once('message', (response: SourceCheckResponse) => {
      clearTimeout(timer);
      if (response.ok) resolve(response.result);
      else reject(new Error(response.message));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.postMessage(request);
  }).finally(() => void worker.terminate());
}
