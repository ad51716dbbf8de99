import { csvRow } from './csvField';
import { renderDocument, type StreamedFormat } from './document';
import type { ExportFile } from './records';

export const CSV_HEADER = ['file', 'line', 'start', 'end', 'kind', 'speaker', 'role', 'cue', 'confidence', 'text', 'context'];

/** One header row, then one row per quote across all files. */
export function toCsv(files: readonly ExportFile[]): string {
  return renderDocument(CSV_FORMAT, files);
}

/** One row per quote of one file. */
export function* csvFilePieces(file: ExportFile): Generator<string> {
  for (const quote of file.quotes) {
    yield csvRow([
      file.file,
      quote.line,
      quote.start,
      quote.end,
      quote.kind,
      quote.speaker,
      quote.role,
      quote.cue,
      quote.confidence,
      quote.text,
      quote.context,
    ]);
  }
}

export const CSV_FORMAT: StreamedFormat = { head: csvRow(CSV_HEADER), separator: () => '', pieces: csvFilePieces, tail: () => '' };
