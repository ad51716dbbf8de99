/**
 * Worker-thread entry (bundled to dist/worker.js). One long-lived worker per window: the engine module stays
 * loaded, so its per-paragraph cache makes re-analysis after a small edit cheap. Messages are handled one at a
 * time in arrival order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeRequest, ForgetRequest, WarmedUpReport } from './contract';
import { forgetDocument, handleRequest } from './handle-request';
import { warmUp } from './warm-up';
import { lowerThreadPriority } from './priority';

if (!parentPort) {
  throw new Error('dist/worker.js must be started as a worker thread (see src/worker/client.ts)');
}
const port = parentPort;
lowerThreadPriority();
port.on('message', (request: AnalyzeRequest | ForgetRequest) => {
  if ('forget' in request) return forgetDocument(request.forget);
  const response = handleRequest(request);
  port.postMessage(response, response.parts ?? []);
});
const reportWarmedUp = (elapsedMs: number, steps: number): void => port.postMessage({ warmedUp: { elapsedMs, steps } } satisfies WarmedUpReport);
// One step per turn of the event loop: requests that arrive meanwhile are answered between steps.
if ((workerData as { warmUp?: boolean } | undefined)?.warmUp === false) reportWarmedUp(0, 0);
else warmUp(setImmediate, reportWarmedUp);
