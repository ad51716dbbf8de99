/** Checking quotes against their sources (transcripts, captions, press releases). No vscode here. */
export * from './types';
export { readSource, sourceFormatOf, MAX_SOURCE_CHARACTERS } from './readSource';
export { buildSourceIndex, type SourceIndex } from './sourceIndex';
export { checkQuotes } from './check';
export { quotesToCheck } from './articleQuotes';
export { checkOfQuote } from './checkOfQuote';
export { formatTime } from './timestamps';
export { checkAgainstSources, summarizeSource, type SourceCheckResult } from './checkSources';
