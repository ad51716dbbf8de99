/** A source check as plain records (lines and times ready to show), shared by the Markdown, JSON and CSV renderers. */
import { formatTime } from '../../engine/sourceCheck/timestamps';
import type { CheckStatus, QuoteCheck, SeriousKind, SourceSummary } from '../../engine/sourceCheck/types';
import { LineIndex } from '../lines';

export interface SourceCheckInput {
  /** The article's path as given. */
  file: string;
  text: string;
  sources: SourceSummary[];
  checks: QuoteCheck[];
}

export interface CheckedQuoteRecord {
  line: number;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  status: CheckStatus;
  sourceSpeaker: string | null;
  serious: SeriousKind[];
  passages: {
    source: string;
    line: number;
    start: number;
    end: number;
    /** "1:02:03", or null when the source gives no time. */
    time: string | null;
    startMs: number | null;
    speaker: string | null;
    text: string;
    agreement: number;
  }[];
  differences: {
    kind: 'added' | 'dropped' | 'changed';
    quoteWords: string;
    sourceWords: string;
    serious: SeriousKind[];
    line: number;
  }[];
  allowedEdits: { kind: 'omission' | 'insertion' | 'stitched'; sourceWords: string }[];
}

export interface SourceCheckRecord {
  file: string;
  sources: { file: string; format: SourceSummary['format']; passages: number; problems: SourceSummary['problems'] }[];
  counts: Record<CheckStatus, number>;
  quotes: CheckedQuoteRecord[];
}

export const STATUS_LABELS: Record<CheckStatus, string> = {
  matches: 'matches',
  altered: 'altered',
  'speaker-differs': 'speaker differs',
  'not-found': 'not found',
};

export function toSourceCheckRecord(input: SourceCheckInput): SourceCheckRecord {
  const lines = new LineIndex(input.text);
  const counts: Record<CheckStatus, number> = { matches: 0, altered: 0, 'speaker-differs': 0, 'not-found': 0 };
  for (const check of input.checks) counts[check.status]++;
  return {
    file: input.file,
    sources: input.sources.map((s) => ({ file: s.name, format: s.format, passages: s.passages, problems: s.problems })),
    counts,
    quotes: input.checks.map((check) => ({
      line: lines.lineAt(check.quote.start),
      start: check.quote.start,
      end: check.quote.end,
      text: check.quote.text,
      speaker: check.quote.speaker,
      status: check.status,
      sourceSpeaker: check.sourceSpeaker,
      serious: [...new Set(check.differences.flatMap((d) => d.serious))],
      passages: check.passages.map((p) => ({
        source: p.source,
        line: p.line,
        start: p.start,
        end: p.end,
        time: p.startMs === null ? null : formatTime(p.startMs),
        startMs: p.startMs,
        speaker: p.speaker,
        text: p.text,
        agreement: Math.round(p.agreement * 100) / 100,
      })),
      differences: check.differences.map((d) => ({
        kind: d.kind,
        quoteWords: d.quoteWords,
        sourceWords: d.sourceWords,
        serious: d.serious,
        line: lines.lineAt(d.quoteSpan.start),
      })),
      allowedEdits: check.allowedEdits.map((e) => ({ kind: e.kind, sourceWords: e.sourceWords })),
    })),
  };
}

/** "dropped “not” (negation)" — one difference in words a reader follows. */
export function describeDifference(d: CheckedQuoteRecord['differences'][number]): string {
  const serious = d.serious.length ? ` (${d.serious.join(', ')})` : '';
  switch (d.kind) {
    case 'added':
      return `added “${d.quoteWords}”, not in the source${serious}`;
    case 'dropped':
      return `dropped “${d.sourceWords}”${serious}`;
    case 'changed':
      return `“${d.quoteWords}” where the source has “${d.sourceWords}”${serious}`;
  }
}

/** "omitted: “…”" — one allowed edit. */
export function describeAllowedEdit(e: CheckedQuoteRecord['allowedEdits'][number]): string {
  switch (e.kind) {
    case 'omission':
      return e.sourceWords ? `omission marked: “${e.sourceWords}”` : 'omission marked (nothing left out but punctuation)';
    case 'insertion':
      return e.sourceWords ? `bracketed insertion for “${e.sourceWords}”` : 'bracketed insertion';
    case 'stitched':
      return 'joined from two places in the sources';
  }
}

/** Where a check found the quote: "transcripts/town-hall.txt, line 16, 0:41" per passage, "; " between them. */
export function passageReference(check: Pick<QuoteCheck, 'passages'>): string {
  const place = (p: QuoteCheck['passages'][number]): string =>
    [p.source, `line ${p.line}`, p.startMs === null ? null : formatTime(p.startMs)].filter(Boolean).join(', ');
  return check.passages.map(place).join('; ');
}
