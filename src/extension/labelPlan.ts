import { isSetByPerson, type Analysis, type MentionKind, type Quote, type Span } from '../engine/types';
import { ParagraphBreaks } from '../export/paragraphs';
import type { LabelMode, ViewSettings } from './config';
import type { ReviewStatus } from '../engine/review/format';
import { isLowConfidence, quoteLabel, statusMark, surnameOf } from './labels';
import { shownQuotes } from './quoteFilter';

/** One speaker label: drawn at `at` (after a quote's closing mark, or at the end of a quoted paragraph). */
export interface PlannedLabel {
  at: number;
  text: string;
  quote: Quote;
  /** True for the label at the end of a paragraph that a multi-paragraph quote runs on from. */
  continuation: boolean;
}

/** What the label plan reads besides the analysis. */
export interface LabelInput {
  /** The document's text (the analysed part is enough). */
  text: string;
  settings: Pick<ViewSettings, 'labelStyle' | 'showReportedSpeech' | 'labels'>;
  /** The cursor's offset, for `labels: cursorParagraph`; undefined when the document has no cursor. */
  cursor?: number;
  /** Each quote's review status, when the article has a review file. */
  statusOf?: (quote: Quote) => ReviewStatus | undefined;
}

/**
 * What may stand between a quote and a tag that sits right next to it, besides the cue word itself:
 * punctuation, and the "that" of reported speech ("Lavrov added that …").
 */
const TAG_GAP = /^[\s,.:;!?\u2014\u2013-]*(?:that\s*)?$/i;
/** A tag further away than this is not "right next to" the quote. */
const MAX_TAG_GAP = 40;

/**
 * Where the speaker labels go and what they say. Each shown quote gets one after its closing mark, and a
 * quote running over several paragraphs one at the end of each paragraph it continues from. Fewer with
 * `onTheRecord.labels`: only in the paragraph with the cursor, only unattributed and uncertain quotes, or
 * none (hover only). A label that would repeat the tag right beside the quote ("Lavrov said") is left out;
 * one that explains the tag ("he added", "the secretary said") stays.
 */
export function planLabels(analysis: Analysis, input: LabelInput): PlannedLabel[] {
  const mode: LabelMode = input.settings.labels;
  if (mode === 'hoverOnly') return [];
  const paragraphs = new ParagraphBreaks(input.text);
  const cursorParagraph = mode === 'cursorParagraph' && input.cursor !== undefined ? paragraphs.around({ start: input.cursor, end: input.cursor }) : undefined;
  if (mode === 'cursorParagraph' && !cursorParagraph) return [];

  // How each mention names its entity, by where it starts: a tag's speaker words are one of them.
  const mentionKinds = new Map<number, MentionKind>();
  for (const entity of analysis.entities) for (const mention of entity.mentions) mentionKinds.set(mention.start, mention.kind);
  const texts = new Map<string, string>();
  const labels: PlannedLabel[] = [];
  for (const quote of shownQuotes(analysis, input.settings)) {
    if (cursorParagraph && (quote.outer.end < cursorParagraph.start || quote.outer.start > cursorParagraph.end)) continue;
    if (mode === 'uncertainOnly' && quote.attribution.speaker !== null && !isLowConfidence(quote.attribution)) continue;
    const status = input.statusOf?.(quote);
    // Labels repeat per speaker: build each distinct one once (large documents have thousands of quotes).
    const key = `${quote.attribution.speaker}\u0000${quote.attribution.entityId}\u0000${isLowConfidence(quote.attribution)}\u0000${isSetByPerson(quote.attribution)}\u0000${status}`;
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = quoteLabel(quote, analysis, input.settings.labelStyle, status)));

    const places = labelPlaces(quote, paragraphs, input.text);
    const tagBeside = tagNamesSpeaker(quote, mentionKinds, input.text);
    // Where the tag beside the quote names the speaker, a checked quote still shows its mark, alone.
    const mark = statusMark(status);
    places.forEach((at, index) => {
      const last = index === places.length - 1;
      const repeatsTag = (tagBeside === 'after' && last) || (tagBeside === 'before' && index === 0);
      if (repeatsTag && !(mark && last)) return;
      if (cursorParagraph && (at < cursorParagraph.start || at > cursorParagraph.end)) return;
      labels.push({ at, text: repeatsTag ? mark : text, quote, continuation: !last });
    });
  }
  return labels;
}

/** The end of each paragraph a quote runs over (its words, before the blank line), then its closing mark. */
function labelPlaces(quote: Quote, paragraphs: ParagraphBreaks, text: string): number[] {
  if (!quote.multiParagraph) return [quote.outer.end];
  const places: number[] = [];
  for (const gap of paragraphs.inside(quote.outer)) {
    let end = gap.start;
    while (end > quote.outer.start && /\s/.test(text[end - 1])) end--;
    if (end > quote.outer.start) places.push(end);
  }
  places.push(quote.outer.end);
  return places;
}

/**
 * Whether the tag right beside the quote already names the speaker by name ("…," Lavrov said; Pompeo
 * said, "…"): then a label would only repeat it. A pronoun, a role noun, or an uncertain attribution
 * keeps the label, since there the label tells the reader something.
 */
function tagNamesSpeaker(quote: Quote, mentionKinds: Map<number, MentionKind>, text: string): 'before' | 'after' | null {
  const { speakerSpan, speaker } = quote.attribution;
  if (!speakerSpan || speaker === null || isLowConfidence(quote.attribution)) return null;
  if (!namesSpeaker(text.slice(speakerSpan.start, speakerSpan.end), speaker, mentionKinds.get(speakerSpan.start))) return null;
  if (speakerSpan.start >= quote.outer.end && besideQuote(quote, { start: quote.outer.end, end: speakerSpan.start }, text)) return 'after';
  if (speakerSpan.end <= quote.outer.start && besideQuote(quote, { start: speakerSpan.end, end: quote.outer.start }, text)) return 'before';
  return null;
}

/**
 * Whether the tag's speaker words name the speaker: a name, surname or titled name of the entity
 * ("Lavrov" for Sergey Lavrov), or for a source without an entity the same words as the label. A
 * pronoun or a role ("he", "the secretary") never does.
 */
function namesSpeaker(words: string, speaker: string, kind: MentionKind | undefined): boolean {
  if (kind !== undefined) return kind === 'name' || kind === 'surname' || kind === 'title';
  const said = normalise(words);
  return said !== '' && (said === normalise(speaker) || said === normalise(surnameOf(speaker)));
}

/** True when only punctuation, spaces and the cue stand between the quote and the tag. */
function besideQuote(quote: Quote, gap: Span, text: string): boolean {
  if (gap.end - gap.start > MAX_TAG_GAP) return false;
  let between = text.slice(gap.start, gap.end);
  const cue = quote.attribution.cueSpan;
  if (cue && cue.start >= gap.start && cue.end <= gap.end) {
    between = text.slice(gap.start, cue.start) + text.slice(cue.end, gap.end);
  }
  return TAG_GAP.test(between);
}

function normalise(words: string): string {
  return words.replace(/[’']s$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
