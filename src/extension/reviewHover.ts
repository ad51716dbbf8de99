import type { QuoteReview } from '../engine/review/place';
import { isSetByPerson, type Quote } from '../engine/types';
import { escapeMarkdown } from './hoverCards';

const STATUS_LINES: Record<QuoteReview['status'], string> = { verified: '✔ **Verified**', disputed: '⚠ **Disputed**', unchecked: 'Unchecked' };

/** The lines a quote's hover adds about a person's decisions: who set the speaker, the status, what changed. */
export function reviewCardLines(quote: Quote, review: QuoteReview | undefined): string[] {
  const lines: string[] = [];
  if (isSetByPerson(quote.attribution) && !review?.decision.notQuotation) lines.push(quote.attribution.speaker ? 'Speaker set by you.' : 'Left unattributed by you.');
  if (review?.decision.notQuotation) lines.push('Marked by you as not a quotation.');
  if (!review) return lines;
  const status: string[] = [STATUS_LINES[review.status]];
  if (review.decision.note) status.push(escapeMarkdown(review.decision.note));
  if (review.decision.source) status.push(`source: ${escapeMarkdown(review.decision.source)}`);
  lines.push(status.join(' · '));
  if (review.changed) {
    lines.push(
      `The words changed since it was ${review.decision.status}: it was “${escapeMarkdown(review.changed.was)}”, now “${escapeMarkdown(review.changed.now)}”. Check it again.`,
    );
  }
  return lines;
}
