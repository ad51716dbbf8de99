import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

export interface Corpus {
  texts: string[];
  /** Where the texts came from, for the report. */
  source: string;
  /** Set when the requested corpus was missing and seeds/ was used instead. */
  notice?: string;
}

/** Articles from a JSONL corpus (field `text`), or from seeds/*.txt when the corpus is absent. */
export function loadCorpus(corpusPath: string, seedsDir: string): Corpus {
  if (existsSync(corpusPath)) {
    const texts = readFileSync(corpusPath, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text?: unknown }).text)
      .filter((text): text is string => typeof text === 'string' && text.length > 0);
    if (texts.length > 0) return { texts, source: corpusPath };
  }
  const seeds = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(seedsDir, name), 'utf8'));
  return {
    texts: seeds,
    source: seedsDir,
    notice: `corpus ${corpusPath} not found: using ${seeds.length} article(s) from seeds/ (numbers are less representative)`,
  };
}

/**
 * The text with every line changed by a marker, so an engine that caches per paragraph cannot reuse results
 * from another variant; variant 0 is the text itself.
 */
export function textVariant(text: string, variant: number): string {
  if (variant === 0) return text;
  return text.replace(/[^\n]+/g, (line) => `${line} (${variant})`);
}

/**
 * One long document of at least `minChars` characters: articles joined by blank lines, cycling through the
 * corpus with a new variant per cycle so no paragraph repeats.
 */
export function buildDocument(texts: string[], minChars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < minChars; i++) {
    const part = textVariant(texts[i % texts.length], Math.floor(i / texts.length));
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n');
}
