import type { Analysis } from '../engine/types';
import { formatBytes, type ReadArticle } from './readArticle';

/**
 * The engine measures a truncation against the text it was given. When only the start of the file was read (as
 * much as `--max-size` can use), that text is not the whole: the message names the file's real size instead.
 */
export function truncationAgainstFile(analysis: Analysis, read: ReadArticle): Analysis {
  if (read.readWhole) return analysis;
  const analysed = `${analysis.analyzedLength.toLocaleString('en-US')} characters`;
  const message =
    read.fileBytes === null
      ? `Only the first ${analysed} were analysed; the input is longer (see --max-size).`
      : `Only the first ${analysed} of a ${formatBytes(read.fileBytes)} file were analysed (see --max-size).`;
  const problems = analysis.problems.map((problem) => (problem.kind === 'truncated' ? { ...problem, message } : problem));
  return { ...analysis, problems };
}
