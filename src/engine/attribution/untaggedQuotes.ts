/**
 * Quotations with no tag of their own, after the tags of the paragraph are read: a transcript label, a
 * signature below an embedded post, a person named in the sentence before, a colon ending the previous
 * paragraph; else the quotation continues the speaker of the paragraph, or of the previous one when the
 * paragraph holds nothing but quotation.
 */
import type { Attribution } from '../types';
import { firstStartingAt } from '../text/spans';
import { clauseSubject, findCues, INTRODUCING_SENTENCE_TOKENS, type AttributedQuote } from './attribution';
import type { ParagraphContext } from './context';
import { isRecordHead, type MentionLookup, type SpeakerPhrase } from './speakers';
import type { Token } from '../text/tokens';
import { signatureBelow } from './signatures';
import { transcriptLabel } from './transcript';

/** "Cruz called them on it:" ending the previous paragraph introduces the quotation below it. */
function introducedByColon(context: ParagraphContext): Attribution | null {
  const p = context.previousParagraph();
  if (p < 0) return null;
  const { text, names, layout } = context;
  const paragraph = layout.paragraphs[p];
  if (!/:\s*$/.test(text.slice(paragraph.start, paragraph.end))) return null;
  const last = layout.sentences[p].length - 1;
  const sentence = layout.sentences[p][last];
  if (!sentence) return null;
  const tokens = layout.tokens[p][last];
  const subject = clauseSubject(tokens, tokens.length - 1, text, names);
  if (!subject) return null;
  const a = context.attribution({ phrase: subject, cue: null, confidence: 0.7, rule: 'introduced by a colon in the previous paragraph' }, p, sentence.start);
  return a.speaker ? a : null;
}

/**
 * The short sentence, without a quotation, right before the one the quotation opens, in the same paragraph: what
 * may introduce a quotation that has no tag of its own.
 */
function introducingSentence(entry: AttributedQuote, context: ParagraphContext): { tokens: Token[]; cues: number[]; start: number } | null {
  const { paragraph: p, layout } = context;
  const sentences = layout.sentences[p];
  const si = sentences.indexOf(entry.sentence);
  if (si < 1 || entry.sentence.start !== entry.quote.open) return null;
  const tokens = layout.tokens[p][si - 1];
  if (tokens.length === 0 || tokens.length > INTRODUCING_SENTENCE_TOKENS || tokens.some((t) => t.kind === 'quote')) return null;
  return { tokens, cues: layout.cues[p][si - 1], start: sentences[si - 1].start };
}

const isPerson = (phrase: SpeakerPhrase | null | undefined, names: MentionLookup): phrase is SpeakerPhrase =>
  phrase?.kind === 'name' && phrase.mention !== undefined && names.typeOf(phrase.mention) === 'person';

/**
 * `City captain Rhys Morgan was blunt. "We gave it away."`: an introducing sentence without a cue whose subject is
 * a person gives that person the quotation, even after someone else spoke in the paragraph (`"…," Raman said.
 * Dunn was not convinced. "…"`). Or, `Dunn replied. "…"`, one that is only a person and a speech verb.
 */
function personNamedBefore(entry: AttributedQuote, context: ParagraphContext): Attribution | null {
  const { text, names } = context;
  const before = introducingSentence(entry, context);
  if (!before) return null;
  const { tokens } = before;
  if (before.cues.length > 0) {
    const cues = findCues(tokens, text, names, before.cues);
    const cue = cues.length === 1 ? cues[0] : undefined;
    // The verb ends the sentence (but for adverbs and its stop): no content of its own was reported.
    const rest = cue ? tokens.slice(cue.index + 1).filter((t) => t.kind === 'word') : [];
    if (!cue || rest.length > 2 || !isPerson(cue.subject, names)) return null;
    const a = context.attribution({ phrase: cue.subject, cue, confidence: 0.7, rule: 'a person and a speech verb in the sentence before' }, context.paragraph, before.start);
    return a.speaker ? a : null;
  }
  const subject = clauseSubject(tokens, tokens.length, text, names);
  if (!isPerson(subject, names)) return null;
  if (/^['’]s$/i.test(tokens[firstStartingAt(tokens, subject.end)]?.text ?? '')) return null; // "Dunn's plan failed."
  const a = context.attribution({ phrase: subject, cue: null, confidence: 0.65, rule: 'a person named in the sentence before' }, context.paragraph, before.start);
  return a.speaker ? a : null;
}

/** Whether a quotation without a tag may continue this speaker: not a count or a record ("polls", "the numbers"). */
function speaksOn(attribution: Attribution): boolean {
  if (attribution.entityId || !attribution.speaker) return true;
  return !isRecordHead(attribution.speaker.slice(attribution.speaker.lastIndexOf(' ') + 1).toLowerCase());
}

/** Attributes the quotations of the paragraph that no tag attributed (`inParagraph` in reading order). */
export function attributeUntagged(inParagraph: readonly AttributedQuote[], context: ParagraphContext): void {
  const { paragraph: p, text, salience } = context;
  const quoteOnly = context.layout.quoteOnly[p];
  let earlier: AttributedQuote | undefined; // the last quote before the entry with a speaker
  for (const entry of inParagraph) {
    if (entry.attribution.speaker || entry.attribution.rule !== 'no cue') {
      if (entry.attribution.speaker) earlier = entry;
      continue;
    }
    const label = transcriptLabel(text, entry.quote, context);
    const last = salience.lastSource;
    const introduced = !label && quoteOnly ? introducedByColon(context) : null;
    const signed = !label && quoteOnly ? signatureBelow(context) : null;
    const namedBefore = label || signed ? null : personNamedBefore(entry, context);
    if (label) {
      entry.attribution = label;
    } else if (signed) {
      entry.attribution = signed;
    } else if (namedBefore) {
      entry.attribution = namedBefore;
    } else if (introduced && (!last || last.paragraph < p - 1)) {
      entry.attribution = introduced;
    } else if (earlier && (!last || last.paragraph !== p || last.at < earlier.quote.open || last.at > entry.quote.open)) {
      // "polls show …": the next quotation is not the poll's words.
      if (speaksOn(earlier.attribution)) {
        entry.attribution = { ...earlier.attribution, confidence: Math.min(earlier.attribution.confidence, 0.8), rule: "continues the paragraph's speaker" };
      }
    } else if (last && speaksOn(last.attribution) && ((last.paragraph === p && last.at < entry.quote.open) || (quoteOnly && last.paragraph === p - 1))) {
      entry.attribution = {
        ...last.attribution,
        cue: null,
        cueSpan: null,
        confidence: Math.min(last.attribution.confidence, last.paragraph === p ? 0.8 : 0.75),
        rule: last.paragraph === p ? "continues the paragraph's speaker" : 'quote-only paragraph continues the previous speaker',
      };
    }
    if (entry.attribution.speaker) {
      context.noteSpeaker(entry.attribution, entry.quote.open, p);
      earlier = entry;
    }
  }
}
