import { writeSync } from 'node:fs';

/** Why output could not be written, in a few words (a full disk, a missing folder...). */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'cannot write output: its folder does not exist';
  if (code === 'EISDIR') return 'cannot write output: it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot write output: permission denied';
  if (code === 'ENOSPC') return 'cannot write output: no space left on device';
  if (code === 'EDQUOT') return 'cannot write output: disk quota exceeded';
  if (code === 'EROFS') return 'cannot write output: read-only file system';
  if (code === 'EFBIG') return 'cannot write output: file too large';
  return `cannot write output: ${error instanceof Error ? error.message : String(error)}`;
}

/** Writes all of `text` to a file descriptor: one call may write less than it was given. */
export function writeTextSync(descriptor: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let written = 0; written < bytes.length; ) written += writeSync(descriptor, bytes, written);
}
