import { CSV_FORMAT } from './csv';
import type { StreamedFormat } from './document';
import { JSON_FORMAT, JSONL_FORMAT } from './json';
import { MARKDOWN_FORMAT } from './markdown';
import { WORKSHEET_FORMAT, worksheetCsvFormat } from './worksheet';

export type { StreamedFormat } from './document';

/** The formats that can be written one file at a time, as the files are done: the exports and JSON Lines. */
export type StreamedFormatName = 'markdown' | 'json' | 'csv' | 'jsonl' | 'worksheet' | 'worksheet-csv';

const STREAMED_FORMATS: Record<StreamedFormatName, StreamedFormat> = {
  markdown: MARKDOWN_FORMAT,
  json: JSON_FORMAT,
  csv: CSV_FORMAT,
  jsonl: JSONL_FORMAT,
  worksheet: WORKSHEET_FORMAT,
  // Written file by file, the worksheet cannot know its header needs the source check's columns: the CLI runs none.
  'worksheet-csv': worksheetCsvFormat(false),
};

export function streamedFormat(name: StreamedFormatName): StreamedFormat {
  return STREAMED_FORMATS[name];
}
