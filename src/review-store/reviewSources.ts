/**
 * The sources remembered for an article in its review file: written relative to the article's folder with `/`,
 * so the article, its review file and its transcripts can move together (or to another machine) and still fit.
 */
import * as path from 'node:path';
import type { ReviewFile } from '../engine/review/format';

/** The remembered sources as paths on this machine. */
export function rememberedSourcePaths(articlePath: string, review: ReviewFile | undefined): string[] {
  const folder = path.dirname(articlePath);
  return (review?.sources ?? []).map((source) => path.resolve(folder, ...source.split('/')));
}

/** How the review file names `sourcePath`, seen from the article. */
export function rememberedSourceName(articlePath: string, sourcePath: string): string {
  return path.relative(path.dirname(articlePath), sourcePath).split(path.sep).join('/');
}
