import { csvRow } from './csvField';
import type { ExportFile } from './records';

export const CSV_HEADER = ['file', 'line', 'start', 'end', 'kind', 'speaker', 'role', 'cue', 'confidence', 'text', 'context'];

/** One header row, then one row per quote across all files. */
export function toCsv(files: ExportFile[]): string {
  let output = csvRow(CSV_HEADER);
  for (const file of files) output += csvFileRows(file);
  return output;
}

/** One row per quote of one file. */
export function csvFileRows(file: ExportFile): string {
  let output = '';
  for (const quote of file.quotes) {
    output += csvRow([
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
  return output;
}
