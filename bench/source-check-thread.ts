/** Runs the source-check measurement in a worker thread, as bundled code: the engine as the extension ships it. */
import { parentPort, workerData } from 'node:worker_threads';
import { measureSourceCheck } from './source-check';
import { seededRandom } from './stats';

const { texts, seed } = workerData as { texts: string[]; seed: number };
parentPort?.postMessage(measureSourceCheck(texts, seededRandom(seed)));
