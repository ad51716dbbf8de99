import type { ExportFile } from './records';

/**
 * A document written file by file: `head`, then per file `separator(index)` and the file's `pieces`, then
 * `tail(count)`. Each format has one: the whole document at once (the extension's export) and the CLI's output
 * written as it is made are the same code, and memory holds one piece (a quote, an entity) at a time.
 */
export interface StreamedFormat {
  head: string;
  separator(index: number): string;
  pieces(file: ExportFile): Iterable<string>;
  tail(fileCount: number): string;
}

/** The whole document, piece by piece. */
export function* documentPieces(format: StreamedFormat, files: readonly ExportFile[]): Generator<string> {
  yield format.head;
  for (let index = 0; index < files.length; index++) {
    yield format.separator(index);
    yield* format.pieces(files[index]);
  }
  yield format.tail(files.length);
}

/** The whole document at once, the same bytes as writing it piece by piece. */
export function renderDocument(format: StreamedFormat, files: readonly ExportFile[]): string {
  return joinPieces(documentPieces(format, files));
}

/** One file's pieces as one string. */
export function joinPieces(pieces: Iterable<string>): string {
  return Array.from(pieces).join('');
}
