export { buildLedger, keptForLedger } from './ledger';
export type { ArticleAnalyses, LedgerAnalysis, FileQuotes, Ledger, LedgerOptions, LedgerPerson, NamedNotQuoted } from './ledger';
export type { NearDuplicate, WordChange, FileQuote } from './nearDuplicates';
export { sourcesPicture } from './sources';
export type { SourceSummary, SourcesPicture, SourceTags } from './sources';
