/**
 * Indexing articles for the ledger: each file is read and analysed in the worker, a few at a time so reading
 * overlaps the analysis, and kept as the little the ledger needs (quotes and entities without mentions).
 * No vscode here: the bench runs it on files on disk.
 */
import { keptForLedger, type LedgerAnalysis } from '../engine/ledger';
import type { Analysis, AnalyzeOptions } from '../engine/types';

export type { LedgerAnalysis };

export interface Analyser {
  analyze(text: string, options: AnalyzeOptions): Promise<{ analysis: Analysis }>;
}

export interface IndexRun {
  /** Read, analysed and kept, by file. */
  analyses: Map<string, LedgerAnalysis>;
  /** Files that could not be read or analysed, with why. */
  failed: Map<string, string>;
  cancelled: boolean;
}

export interface IndexOptions {
  readText(file: string): Promise<string>;
  options(file: string): AnalyzeOptions;
  /** Asked between files: true stops the run (what is done so far is kept). */
  isCancelled?(): boolean;
  onProgress?(done: number, total: number): void;
  /** Requests waiting in the worker's queue at once. */
  parallel?: number;
}

export async function indexArticles(files: readonly string[], analyser: Analyser, how: IndexOptions): Promise<IndexRun> {
  const run: IndexRun = { analyses: new Map(), failed: new Map(), cancelled: false };
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      if (how.isCancelled?.()) {
        run.cancelled = true;
        return;
      }
      const file = files[next++];
      try {
        const text = await how.readText(file);
        const { analysis } = await analyser.analyze(text, how.options(file));
        run.analyses.set(file, keptForLedger(analysis));
      } catch (err) {
        run.failed.set(file, err instanceof Error ? err.message : String(err));
      }
      how.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, how.parallel ?? 4) }, worker));
  return run;
}
