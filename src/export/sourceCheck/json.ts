import type { SourceCheckRecord } from './records';

/** One JSON document, versioned like the extract schema. */
export function sourceCheckJson(record: SourceCheckRecord): string {
  return JSON.stringify({ version: 1, ...record }, null, 2) + '\n';
}
