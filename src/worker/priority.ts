import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Lowers the calling thread's scheduling priority, so that when the analysis and the editor compete for the
 * CPU the editor wins and the labels come a little later. Only Linux gives a thread a priority of its own
 * (elsewhere this would lower the whole editor's process): there the thread's id is read from /proc.
 * Returns whether it was lowered; any failure leaves the priority as it was.
 */
export function lowerThreadPriority(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId === process.pid) return false; // never the process's main thread
    setPriority(threadId, constants.priority.PRIORITY_BELOW_NORMAL);
    return true;
  } catch {
    return false;
  }
}
