import { isSetByPerson, LOW_CONFIDENCE } from '../engine/types';
import type { Analysis, Attribution, Quote } from '../engine/types';
import type { ReviewStatus } from '../engine/review/format';
import type { LabelStyle } from './config';

const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** "Mike Pompeo" -> "Pompeo"; "Martin Luther King Jr." -> "King". */
export function surnameOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/).map((w) => w.replace(/,$/, ''));
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1].toLowerCase())) words.pop();
  return words[words.length - 1] ?? fullName;
}

/**
 * The speaker's name as the label shows it. Only named people are shortened to a surname:
 * organisations and unnamed sources ("a senior official") keep the phrase as written.
 */
export function speakerDisplayName(attribution: Attribution, analysis: Analysis, style: LabelStyle): string | null {
  const speaker = attribution.speaker;
  if (speaker === null) return null;
  if (style === 'fullName' || attribution.entityId === null) return speaker;
  const entity = analysis.entities.find((e) => e.id === attribution.entityId);
  return entity?.type === 'person' ? surnameOf(speaker) : speaker;
}

export function isLowConfidence(attribution: Attribution): boolean {
  return attribution.speaker !== null && attribution.confidence < LOW_CONFIDENCE;
}

/** The mark a checked quote's label ends with: a fact-checker sees in the article what was checked. */
export function statusMark(status: ReviewStatus | undefined): string {
  if (status === 'verified') return '✓';
  if (status === 'disputed') return '⚑ disputed';
  return '';
}

/**
 * The muted text drawn after a quote: "— Mike Pompeo", "— Pompeo (?)" when uncertain, "— unattributed",
 * then "✎" when a person set the speaker and the quote's review status ("✓", "⚑ disputed"). Reported
 * speech gets the same text; the decoration styles it apart.
 */
export function quoteLabel(quote: Quote, analysis: Analysis, style: LabelStyle, status?: ReviewStatus): string {
  const name = speakerDisplayName(quote.attribution, analysis, style);
  // A small mark says a person set it, not the engine.
  const setByPerson = isSetByPerson(quote.attribution) ? ' ✎' : '';
  const mark = statusMark(status);
  const checked = mark ? ` ${mark}` : '';
  if (name === null) return `— unattributed${setByPerson}${checked}`;
  const uncertain = isLowConfidence(quote.attribution) ? ' (?)' : '';
  return `— ${name}${uncertain}${setByPerson}${checked}`;
}

/** The quote's words on one line, cut to `maxLength` characters with an ellipsis. */
export function trimQuoteText(text: string, maxLength = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= maxLength) return oneLine;
  // Cut on a word boundary when one is near, so the preview does not end mid-word.
  let cut = oneLine.slice(0, maxLength - 1);
  // Never split a surrogate pair (emoji) in half.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut}…`;
}

/** What "Copy Quote with Attribution" puts on the clipboard: “words” — Speaker (line 12). */
export function quoteWithAttribution(quote: Quote, analysis: Analysis): string {
  // Only a direct quote is all quoted words; mixed and reported text keep their own marks (or none).
  const words = quote.kind === 'direct' ? `“${quote.text.trim()}”` : quote.text.trim();
  const speaker = speakerDisplayName(quote.attribution, analysis, 'fullName') ?? 'unattributed';
  const uncertain = isLowConfidence(quote.attribution) ? ', uncertain' : '';
  return `${words} — ${speaker} (line ${quote.line}${uncertain})`;
}
