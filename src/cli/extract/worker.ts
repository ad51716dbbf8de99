/** Worker-thread entry of `extract --jobs N` (bundled to dist/cli-worker.js): one article per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { processArticle, type ArticleSettings } from './article';
import { CHUNKS_AHEAD, type WorkerReply, type WorkerRequest } from './pool';

if (!parentPort) throw new Error('dist/cli-worker.js must be started as a worker thread by the CLI');
const port = parentPort;
const settings = workerData as ArticleSettings;
const reply = (message: WorkerReply): void => port.postMessage(message);

/** The article being sent: how many of its chunks the main thread has written, and who waits for one more. */
const sending = { seq: -1, written: 0, wake: null as (() => void) | null };

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'written') {
    if (request.seq !== sending.seq) return;
    sending.written++;
    const wake = sending.wake;
    sending.wake = null;
    wake?.();
    return;
  }
  void send(request.seq, processArticle(request.task, settings));
});

/** The summary, then the output rendered chunk by chunk, a few chunks ahead of the main thread's writing. */
async function send(seq: number, { output, ...summary }: ReturnType<typeof processArticle>): Promise<void> {
  Object.assign(sending, { seq, written: 0, wake: null });
  reply({ kind: 'summary', seq, summary });
  let sent = 0;
  for (const chunk of output) {
    reply({ kind: 'chunk', seq, chunk });
    sent++;
    while (sent - sending.written >= CHUNKS_AHEAD) await new Promise<void>((resolve) => (sending.wake = resolve));
  }
  reply({ kind: 'end', seq });
}
