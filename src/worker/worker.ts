/**
 * Worker-thread entry (bundled to dist/worker.js). One long-lived worker per window: the engine module stays
 * loaded, so its per-paragraph cache makes re-analysis after a small edit cheap. Messages are handled one at a
 * time in arrival order.
 */
import { parentPort } from 'node:worker_threads';
import type { AnalyzeRequest, ForgetRequest } from './contract';
import { forgetDocument, handleRequest } from './handle-request';

if (!parentPort) {
  throw new Error('dist/worker.js must be started as a worker thread (see src/worker/client.ts)');
}
const port = parentPort;
port.on('message', (request: AnalyzeRequest | ForgetRequest) => {
  if ('forget' in request) return forgetDocument(request.forget);
  const response = handleRequest(request);
  port.postMessage(response, response.parts ?? []);
});
