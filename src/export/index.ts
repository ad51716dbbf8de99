import { toCsv } from './csv';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import { toExportFile, type ExportInput } from './records';
import { toWorksheetCsv, toWorksheetMarkdown } from './worksheet';

export type { ExportInput } from './records';

/** The formats every export has. */
export type ExportFormat = 'markdown' | 'json' | 'csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'json', 'csv'];

/** Extract Quotes' formats: those, and the fact-check worksheet as Markdown and CSV. */
export type QuoteExportFormat = ExportFormat | 'worksheet' | 'worksheet-csv';

export const QUOTE_EXPORT_FORMATS: readonly QuoteExportFormat[] = [...EXPORT_FORMATS, 'worksheet', 'worksheet-csv'];

/** File extension (without the dot) conventionally used for each format. */
export const EXPORT_FILE_EXTENSIONS: Record<QuoteExportFormat, string> = { markdown: 'md', json: 'json', csv: 'csv', worksheet: 'md', 'worksheet-csv': 'csv' };

/** Renders the quotes of every input (only those inside `selection` when it is set) in one document. */
export function exportQuotes(inputs: ExportInput[], format: QuoteExportFormat): string {
  const files = inputs.map(toExportFile);
  switch (format) {
    case 'markdown':
      return toMarkdown(files);
    case 'json':
      return toJson(files);
    case 'csv':
      return toCsv(files);
    case 'worksheet':
      return toWorksheetMarkdown(files);
    case 'worksheet-csv':
      return toWorksheetCsv(files);
  }
}
