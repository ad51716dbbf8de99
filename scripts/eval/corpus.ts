/** Reading annotated articles (one JSONL file, or every JSONL file of a folder) and scoring them by source. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { emptyTally, addTally, type ArticleResult, type GoldArticle, type Tally } from './score';
import { judgeArticle, type JudgedAttribution } from './judged';

export interface CorpusArticle extends GoldArticle {
  /** The article's `source` field, else the file it came from (without .jsonl). */
  source: string;
}

/** The JSONL files a corpus path names: the file itself, or a folder's *.jsonl files in name order. */
export function corpusFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(path, f));
}

export function readCorpus(path: string): CorpusArticle[] {
  return corpusFiles(path).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const article = JSON.parse(line) as GoldArticle & { source?: string };
        return { ...article, source: article.source ?? basename(file, '.jsonl') };
      }),
  );
}

export interface CorpusScore {
  total: Tally;
  /** Tallies by source, in first-seen order. */
  bySource: Map<string, Tally>;
  /** Every speaker judgement with its confidence (the reliability table reads these). */
  judged: JudgedAttribution[];
}

/** Analyses and scores every article; `onArticle` sees each one's result (for examples). */
export function scoreCorpus(articles: CorpusArticle[], onArticle?: (result: ArticleResult) => void): CorpusScore {
  const total = emptyTally();
  const bySource = new Map<string, Tally>();
  const judged: JudgedAttribution[] = [];
  for (const article of articles) {
    const { result, attributions } = judgeArticle(article);
    for (const attribution of attributions) judged.push(attribution);
    addTally(total, result.tally);
    const tally = bySource.get(article.source) ?? emptyTally();
    addTally(tally, result.tally);
    bySource.set(article.source, tally);
    onArticle?.(result);
  }
  return { total, bySource, judged };
}
