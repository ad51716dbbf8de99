import type { Analysis, AnalyzeOptions } from './types';

/** Placeholder until the engine lands: same signature, empty result. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  void options;
  return { quotes: [], entities: [], problems: [], analyzedLength: text.length, textLength: text.length };
}
