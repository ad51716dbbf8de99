/** One call for a whole check: sources read and indexed, quotes checked, and what a report needs of each source. */
import { checkQuotes } from './check';
import { readSource } from './readSource';
import { buildSourceIndex } from './sourceIndex';
import type { ParsedSource, QuoteCheck, QuoteToCheck, SourceSummary } from './types';

export function summarizeSource(source: ParsedSource): SourceSummary {
  return { name: source.name, format: source.format, passages: source.passages.length, problems: source.problems };
}

export interface SourceCheckResult {
  checks: QuoteCheck[];
  sources: SourceSummary[];
}

/** Checks the quotes against the sources given by name and text; sources without words are summarised, not searched. */
export function checkAgainstSources(quotes: readonly QuoteToCheck[], sources: readonly { name: string; text: string }[]): SourceCheckResult {
  const parsed = sources.map((source) => readSource(source.name, source.text));
  const searchable = parsed.filter((source) => source.passages.length > 0);
  const checks = searchable.length > 0 ? checkQuotes(quotes, buildSourceIndex(searchable)) : [];
  return { checks, sources: parsed.map(summarizeSource) };
}
