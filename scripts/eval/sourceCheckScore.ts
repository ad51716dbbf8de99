/**
 * Scores the source check on a labelled test set: quotes checked against sources, each with the result a
 * careful fact-checker would give. Precision and recall are per result ("altered", "not found"), and the
 * serious kinds expected of altered quotes are counted as found or missed.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSourceIndex, checkQuotes, readSource, type CheckStatus, type QuoteCheck, type SeriousKind, type SourceIndex } from '../../src/engine/sourceCheck';

export interface LabelledCase {
  source: string | string[];
  speaker: string | null;
  quote: string;
  expect: CheckStatus;
  serious?: SeriousKind[];
  why: string;
}

export interface CaseOutcome {
  case: LabelledCase;
  check: QuoteCheck;
  /** Expected serious kinds the check did not call out. */
  missedSerious: SeriousKind[];
}

export interface Rates {
  precision: number;
  recall: number;
  truePositives: number;
  predicted: number;
  expected: number;
}

export interface SourceCheckScore {
  cases: number;
  correct: number;
  /** confusion[expected][got] */
  confusion: Record<CheckStatus, Record<CheckStatus, number>>;
  rates: Record<CheckStatus, Rates>;
  serious: { expected: number; found: number };
  outcomes: CaseOutcome[];
}

export const STATUSES: readonly CheckStatus[] = ['matches', 'altered', 'speaker-differs', 'not-found'];

export function loadCases(folder: string): LabelledCase[] {
  return (JSON.parse(readFileSync(path.join(folder, 'cases.json'), 'utf8')) as { cases: LabelledCase[] }).cases;
}

/** Checks every case against its sources (each set of sources indexed once) and scores the results. */
export function scoreSourceCheck(folder: string, cases: readonly LabelledCase[]): SourceCheckScore {
  const indexes = new Map<string, SourceIndex>();
  const indexFor = (names: string[]): SourceIndex => {
    const key = names.join('\n');
    let index = indexes.get(key);
    if (!index) {
      index = buildSourceIndex(names.map((name) => readSource(name, readFileSync(path.join(folder, name), 'utf8'))));
      indexes.set(key, index);
    }
    return index;
  };
  const outcomes = cases.map((labelled): CaseOutcome => {
    const names = Array.isArray(labelled.source) ? labelled.source : [labelled.source];
    const [check] = checkQuotes([{ text: labelled.quote, start: 0, end: labelled.quote.length, speaker: labelled.speaker }], indexFor(names));
    const found = new Set(check.differences.flatMap((d) => d.serious));
    return { case: labelled, check, missedSerious: (labelled.serious ?? []).filter((kind) => !found.has(kind)) };
  });
  return summarize(outcomes);
}

function summarize(outcomes: CaseOutcome[]): SourceCheckScore {
  const confusion = Object.fromEntries(STATUSES.map((e) => [e, Object.fromEntries(STATUSES.map((g) => [g, 0]))])) as SourceCheckScore['confusion'];
  for (const { case: labelled, check } of outcomes) confusion[labelled.expect][check.status]++;
  const rates = Object.fromEntries(
    STATUSES.map((status) => {
      const truePositives = confusion[status][status];
      const predicted = STATUSES.reduce((sum, e) => sum + confusion[e][status], 0);
      const expected = STATUSES.reduce((sum, g) => sum + confusion[status][g], 0);
      return [status, { precision: predicted ? truePositives / predicted : 1, recall: expected ? truePositives / expected : 1, truePositives, predicted, expected }];
    }),
  ) as Record<CheckStatus, Rates>;
  const withSerious = outcomes.filter((o) => o.case.expect === 'altered' && o.check.status === 'altered');
  const expectedSerious = withSerious.reduce((sum, o) => sum + (o.case.serious ?? []).length, 0);
  const missedSerious = withSerious.reduce((sum, o) => sum + o.missedSerious.length, 0);
  return {
    cases: outcomes.length,
    correct: outcomes.filter((o) => o.case.expect === o.check.status).length,
    confusion,
    rates,
    serious: { expected: expectedSerious, found: expectedSerious - missedSerious },
    outcomes,
  };
}
