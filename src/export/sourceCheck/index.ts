import type { ExportFormat } from '..';
import { sourceCheckCsv } from './csv';
import { sourceCheckJson } from './json';
import { sourceCheckMarkdown } from './markdown';
import { toSourceCheckRecord, type SourceCheckInput } from './records';

export type { SourceCheckInput } from './records';

/** Renders a source check as Markdown (the worksheet), JSON or CSV. */
export function exportSourceCheck(input: SourceCheckInput, format: ExportFormat): string {
  const record = toSourceCheckRecord(input);
  switch (format) {
    case 'markdown':
      return sourceCheckMarkdown(record);
    case 'json':
      return sourceCheckJson(record);
    case 'csv':
      return sourceCheckCsv(record);
  }
}
