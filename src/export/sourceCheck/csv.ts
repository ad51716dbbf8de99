import { csvRow } from '../csvField';
import { describeAllowedEdit, describeDifference, STATUS_LABELS, type SourceCheckRecord } from './records';

const HEADER = ['file', 'line', 'quote', 'speaker', 'result', 'serious', 'differences', 'allowed_edits', 'source', 'source_line', 'time', 'source_speaker', 'source_passage'];

/** One row per quote; a quote found in several places lists them joined by " | ". */
export function sourceCheckCsv(record: SourceCheckRecord): string {
  const rows = record.quotes.map((q) =>
    csvRow([
      record.file,
      q.line,
      q.text,
      q.speaker,
      STATUS_LABELS[q.status],
      q.serious.join(' '),
      q.differences.map(describeDifference).join('; '),
      q.allowedEdits.map(describeAllowedEdit).join('; '),
      joined(q.passages.map((p) => p.source)),
      joined(q.passages.map((p) => String(p.line))),
      joined(q.passages.map((p) => p.time ?? '')),
      joined(q.passages.map((p) => p.speaker ?? '')),
      joined(q.passages.map((p) => p.text)),
    ]),
  );
  return csvRow(HEADER) + rows.join('');
}

function joined(values: string[]): string | null {
  return values.length ? values.join(' | ') : null;
}
