import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { AnalyzeOptions } from '../engine/types';
import { decodeText } from './decodeText';

export type ArticleLanguage = NonNullable<AnalyzeOptions['language']>;

export interface ReadArticle {
  ok: true;
  text: string;
  language: ArticleLanguage;
  warnings: string[];
  /** Size of the whole file in bytes; null for a pipe or a device, which report none. */
  fileBytes: number | null;
  /** False when only the bytes the size limit can use were read. */
  readWhole: boolean;
}

export type ReadResult = ReadArticle | { ok: false; message: string };

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
// A UTF-16 code unit takes at most 3 bytes in UTF-8 (4 bytes make 2 units), plus room for a BOM.
const MAX_BYTES_PER_CHARACTER = 3;
const BOM_BYTES = 3;

/** Reads one article as text; never throws: a missing file, a folder or a binary file is a message. */
export function readArticle(path: string, maxCharacters: number): ReadResult {
  let size: number | null;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return { ok: false, message: 'is a directory (pass the files inside it)' };
    // Pipes and devices report no size: read them to the end.
    size = stats.isFile() ? stats.size : null;
  } catch (error) {
    return { ok: false, message: describeFileError(error) };
  }

  let bytes: Uint8Array;
  try {
    // One byte past the limit tells whether there is more.
    bytes = readAtMost(path, byteLimitFor(maxCharacters) + 1);
  } catch (error) {
    return { ok: false, message: describeFileError(error) };
  }
  return articleFromBytes(bytes, size, languageOf(path), maxCharacters);
}

/** The most bytes `maxCharacters` characters can take; reading one more tells whether there is more. */
export function byteLimitFor(maxCharacters: number): number {
  return maxCharacters * MAX_BYTES_PER_CHARACTER + BOM_BYTES;
}

export function languageOf(path: string): ArticleLanguage {
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

/** Decodes bytes read up to `byteLimitFor(maxCharacters) + 1`; `fileBytes` is the whole input's size when known. */
export function articleFromBytes(bytes: Uint8Array, fileBytes: number | null, language: ArticleLanguage, maxCharacters: number): ReadResult {
  const byteLimit = byteLimitFor(maxCharacters);
  const truncated = bytes.length > byteLimit;
  const decoded = decodeText(truncated ? bytes.subarray(0, byteLimit) : bytes, truncated);
  if (!decoded.ok) return decoded;
  // When the text read is longer than the analysis limit, the engine reports the truncation (see truncation.ts).
  const unnoticedTruncation = truncated && decoded.text.length <= maxCharacters;
  const whole = fileBytes === null ? 'the input' : formatBytes(fileBytes);
  const warnings = unnoticedTruncation
    ? [`only the first ${formatBytes(byteLimit)} of ${whole} were read (see --max-size)`, ...decoded.warnings]
    : decoded.warnings;
  return { ok: true, text: decoded.text, language, warnings, fileBytes, readWhole: !truncated };
}

const CHUNK_BYTES = 1 << 20;

function readAtMost(path: string, limit: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const descriptor = openSync(path, 'r');
  try {
    while (total < limit) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit - total));
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
    }
  } finally {
    closeSync(descriptor);
  }
  return Buffer.concat(chunks, total);
}

export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory (pass the files inside it)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1e3) return `${bytes} bytes`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
