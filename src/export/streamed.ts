import { CSV_HEADER, csvFileRows } from './csv';
import { csvRow } from './csvField';
import { JSON_HEAD, jsonFilePart, jsonLine, jsonSeparator, jsonTail } from './json';
import { MARKDOWN_HEAD, MARKDOWN_SEPARATOR, markdownFileSections, markdownTail } from './markdown';
import type { ExportFile } from './records';
import { WORKSHEET_HEAD, WORKSHEET_HEADER, WORKSHEET_SEPARATOR, worksheetCsvRows, worksheetMarkdownSections, worksheetTail } from './worksheet';

/** The formats that can be written one file at a time, as the files are done: the exports and JSON Lines. */
export type StreamedFormatName = 'markdown' | 'json' | 'csv' | 'jsonl' | 'worksheet' | 'worksheet-csv';

/**
 * A document written file by file: `head`, then per file `separator(index)` and `part(file)`, then
 * `tail(count)`. Memory holds one file's part at a time, whatever the number of files.
 */
export interface StreamedFormat {
  head: string;
  separator(index: number): string;
  part(file: ExportFile): string;
  tail(fileCount: number): string;
}

const STREAMED_FORMATS: Record<StreamedFormatName, StreamedFormat> = {
  markdown: { head: MARKDOWN_HEAD, separator: () => MARKDOWN_SEPARATOR, part: markdownFileSections, tail: markdownTail },
  json: { head: JSON_HEAD, separator: jsonSeparator, part: jsonFilePart, tail: jsonTail },
  csv: { head: csvRow(CSV_HEADER), separator: () => '', part: csvFileRows, tail: () => '' },
  jsonl: { head: '', separator: () => '', part: (file) => jsonLine(file, { file: file.file }), tail: () => '' },
  worksheet: { head: WORKSHEET_HEAD, separator: () => WORKSHEET_SEPARATOR, part: worksheetMarkdownSections, tail: worksheetTail },
  'worksheet-csv': { head: csvRow(WORKSHEET_HEADER), separator: () => '', part: worksheetCsvRows, tail: () => '' },
};

export function streamedFormat(name: StreamedFormatName): StreamedFormat {
  return STREAMED_FORMATS[name];
}

/** The whole document at once, the same bytes as writing it file by file. */
export function renderStreamed(format: StreamedFormat, files: ExportFile[]): string {
  return format.head + files.map((file, index) => format.separator(index) + format.part(file)).join('') + format.tail(files.length);
}
