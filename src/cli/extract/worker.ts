/** Worker-thread entry of `extract --jobs N` (bundled to dist/cli-worker.js): one article per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { processArticle, type ArticleSettings } from './article';
import type { WorkerReply, WorkerRequest } from './pool';

if (!parentPort) throw new Error('dist/cli-worker.js must be started as a worker thread by the CLI');
const port = parentPort;
const settings = workerData as ArticleSettings;
port.on('message', ({ seq, task }: WorkerRequest) => {
  port.postMessage({ seq, result: processArticle(task, settings) } satisfies WorkerReply);
});
