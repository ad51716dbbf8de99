/** Runs the source-check measurement (source-check.ts) in a worker thread on a bundle of the engine. */
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceCheckTiming } from './source-check';

/** The measurement in a worker thread running the bundled engine (as the extension runs it), not the test loader's. */
export async function measureSourceCheckInWorker(repoRoot: string, texts: string[], seed: number): Promise<SourceCheckTiming[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'otr-bench-'));
  const script = path.join(folder, 'source-check-thread.js');
  try {
    buildSync({
      entryPoints: [path.join(repoRoot, 'bench/source-check-thread.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      minify: true,
      logLevel: 'warning',
    });
    const worker = new Worker(script, { workerData: { texts, seed } });
    return await new Promise<SourceCheckTiming[]>((resolve, reject) => {
      worker.once('message', (timings: SourceCheckTiming[]) => resolve(timings));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`source check worker exited with ${code}`)));
    }).finally(() => void worker.terminate());
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
