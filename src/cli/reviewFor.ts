import { analyzeFromScratch } from '../engine/analyze';
import { analyzeWithReview as analyzeWithReviewKeeping } from '../engine/review/analyzeWithReview';
import { placeReview, type PlacedReview } from '../engine/review/place';
import type { Analysis, AnalyzeOptions } from '../engine/types';
import { readReviewFileSync, reviewPathFor } from '../review-store/reviewFile';

// One analysis per file, nothing kept for a next one (no edits follow): memory is the file's alone.
const analyzeWithReview = (text: string, options: AnalyzeOptions, review: Parameters<typeof analyzeWithReviewKeeping>[2]): Analysis =>
  analyzeWithReviewKeeping(text, options, review, undefined, (t, o) => analyzeFromScratch(t, o));

/**
 * An article analysed with a person's decisions: those of `reviewFile`, or of the review file beside the
 * article when there is one. A review file that cannot be trusted is named in `warning` and ignored.
 */
export function analyzeReviewed(
  file: string | null,
  text: string,
  options: AnalyzeOptions,
  reviewFile: string | undefined,
): { analysis: Analysis; review?: PlacedReview; warning?: string } {
  const path = reviewFile ?? (file === null ? null : reviewPathFor(file));
  if (path === null) return { analysis: analyzeWithReview(text, options, undefined) };
  const read = readReviewFileSync(path);
  if (read.kind === 'none') {
    const analysis = analyzeWithReview(text, options, undefined);
    return reviewFile ? { analysis, warning: `review file ${reviewFile} not found; exported without decisions` } : { analysis };
  }
  if (read.kind === 'bad') return { analysis: analyzeWithReview(text, options, undefined), warning: `review file ${path} ignored: ${read.message}` };
  const analysis = analyzeWithReview(text, options, read.review);
  const review = placeReview(text, analysis, read.review);
  if (review.foreign) return { analysis: analyzeWithReview(text, options, undefined), warning: `review file ${path} ignored: ${review.foreign}` };
  const orphans = review.orphans.length;
  const warning = orphans ? `${orphans} decision${orphans === 1 ? '' : 's'} in ${path} fit no quotation (deleted or changed); listed in the export` : undefined;
  return { analysis, review, warning };
}
