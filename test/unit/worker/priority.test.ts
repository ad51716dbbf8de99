import * as assert from 'node:assert/strict';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';

describe('worker thread priority', () => {
  it('lowers a worker thread’s priority on Linux and leaves the process’s main thread as it was', async function () {
    if (process.platform !== 'linux') this.skip();
    const before = getPriority(process.pid);
    const source = `
      require(${JSON.stringify(path.resolve(__dirname, '../../../node_modules/esbuild-register/dist/node'))}).register();
      const { lowerThreadPriority } = require(${JSON.stringify(path.resolve(__dirname, '../../../src/worker/priority.ts'))});
      const { readlinkSync } = require('node:fs');
      const { getPriority } = require('node:os');
      const lowered = lowerThreadPriority();
      const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
      require('node:worker_threads').parentPort.postMessage({ lowered, priority: getPriority(threadId) });
    `;
    const report = await new Promise<{ lowered: boolean; priority: number }>((resolve, reject) => {
      const worker = new Worker(source, { eval: true });
      worker.once('message', (message) => void worker.terminate().then(() => resolve(message)));
      worker.once('error', reject);
    });
    assert.equal(report.lowered, true);
    assert.ok(report.priority > before, `worker ${report.priority}, main thread ${before}`);
    assert.equal(getPriority(process.pid), before);
  });
});
