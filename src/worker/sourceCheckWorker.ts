/**
 * Worker-thread entry (bundled to dist/sourceCheckWorker.js) for Check Quotes Against Source: reading and
 * indexing a long transcript and aligning every quote never runs on the extension host's thread.
 */
import { parentPort } from 'node:worker_threads';
import { checkAgainstSources } from '../engine/sourceCheck';
import type { SourceCheckRequest, SourceCheckResponse } from './sourceCheckContract';

if (!parentPort) throw new Error('dist/sourceCheckWorker.js must be started as a worker thread');
const port = parentPort;
port.on('message', (request: SourceCheckRequest) => {
  let response: SourceCheckResponse;
  try {
    response = { id: request.id, ok: true, result: checkAgainstSources(request.quotes, request.sources) };
  } catch (error) {
    response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(response);
});
