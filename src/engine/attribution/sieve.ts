/**
 * The attribution sieve. One pass over the document in reading order: each sentence's cue words are found
 * with their speakers, then each quotation is attributed by the first rule that has evidence, most certain
 * first. Pronouns resolve against who spoke last, which is why the pass goes in order. Each paragraph's
 * rules read the rest of the document through its context (context.ts).
 */
import type { Attribution, FixedAttribution } from '../types';
import { SET_BY_PERSON } from '../types';
import type { MarkedQuote } from '../text/quotes';
import type { Token } from '../text/tokens';
import type { EntityIndex, MentionDraft } from '../names/entities';
import { findCues, labelAfter, labelBefore, leadingTag, lineLabel, participleSpeaker, trailingTag, UNATTRIBUTED } from './attribution';
import type { AttributedQuote, Decision, DocumentLayout } from './attribution';
import type { CueHit, SpeechEvent } from './speechEvents';
import type { MentionLookup } from './speakers';
import { ParagraphContext } from './context';
import { attributeUntagged } from './untaggedQuotes';

export interface SieveResult {
  attributions: Map<MarkedQuote, Attribution>;
  /** Pronoun and role mentions that the sieve resolved, to add to their entities. */
  resolvedMentions: MentionDraft[];
  /** Every speech event, in order (reported speech builds on these). */
  speechEvents: SpeechEvent[];
}

/** The sieve of one document, paragraph by paragraph in reading order. */
export class Sieve {
  readonly context: ParagraphContext;
  /** The top-level quotations, by where their opening mark stands. */
  readonly byOpen: Map<number, MarkedQuote>;
  /** The speech events of the paragraphs sieved, in order. */
  readonly speechEvents: SpeechEvent[] = [];
  private readonly results = new Map<MarkedQuote, AttributedQuote>();

  constructor(readonly layout: DocumentLayout, private readonly quotes: MarkedQuote[], readonly index: EntityIndex) {
    this.context = new ParagraphContext(layout, index);
    this.byOpen = new Map(quotes.filter((q) => q.depth === 0).map((q) => [q.open, q]));
  }

  /** Attributes the quotations of paragraph `p`; returns them in reading order. */
  paragraph(p: number): AttributedQuote[] {
    const { layout, context, byOpen, results, speechEvents } = this;
    const { text, names } = context;
    context.enter(p);
    const inParagraph: AttributedQuote[] = [];
    layout.sentences[p].forEach((sentence, si) => {
      const tokens = layout.tokens[p][si];
      // A sentence without a cue word or a quotation decides nothing (one the sieve never reads has no tokens).
      if (layout.cues[p][si].length === 0 && !hasQuotation(tokens)) return;
      const cues = findCues(tokens, text, names, layout.cues[p][si]);
      const label = lineLabelDecision(tokens, text, names);
      const here: AttributedQuote[] = [];
      // Where each of `here` stands among the sentence's tokens.
      const hereAt: number[] = [];
      for (let qi = 0; qi < tokens.length; qi++) {
        const t = tokens[qi];
        if (t.kind !== 'quote') continue;
        const quote = byOpen.get(t.start)!;
        const previous = results.get(quote);
        if (previous && previous.decision) continue; // a multi-paragraph quote attributed where it began
        const decision =
          (label && qi > label.cue.index ? label : null) ??
          trailingTag(tokens, qi, cues, text, names) ?? leadingTag(tokens, qi, cues, text, names) ?? labelBefore(tokens, qi, text, names) ??
          (p === 0 ? labelAfter(tokens, qi, text, names) : null);
        const attribution = decision ? context.attribution(decision, p, sentence.start) : null;
        const entry: AttributedQuote = previous ?? { quote, sentence, paragraph: p, decision, attribution: attribution ?? UNATTRIBUTED('no cue') };
        if (decision && attribution) {
          entry.decision = decision;
          entry.attribution = attribution;
        }
        const fixed = layout.fixed?.get(quote.start);
        if (fixed) {
          entry.decision = decision ?? { phrase: null, cue: null, confidence: 1, rule: SET_BY_PERSON };
          entry.attribution = fixedAttribution(fixed, entry.attribution, context);
        }
        results.set(quote, entry);
        here.push(entry);
        hereAt.push(qi);
      }
      // Quotes that share a sentence with an attributed one share its speaker: the nearest one, counted in
      // words (so that typing inside a quotation never changes which one is nearest).
      const attributed: number[] = []; // indexes into `here`, in token order
      for (let k = 0; k < here.length; k++) if (here[k].decision && here[k].attribution.speaker) attributed.push(k);
      let next = 0; // the first attributed quote after the entry
      for (let k = 0; k < here.length; k++) {
        const entry = here[k];
        while (next < attributed.length && hereAt[attributed[next]] < hereAt[k]) next++;
        if (entry.decision) continue;
        const before = attributed[next - 1];
        const after = attributed[next];
        // The nearer one; on a tie, the one before.
        const beforeIsNearer = before !== undefined && (after === undefined || hereAt[k] - hereAt[before] <= hereAt[after] - hereAt[k]);
        const nearer = beforeIsNearer ? before : after;
        const mate = nearer === undefined ? undefined : here[nearer];
        if (mate) entry.attribution = { ...mate.attribution, confidence: Math.min(mate.attribution.confidence, 0.85), rule: 'same sentence as an attributed quote' };
      }
      // A line's label speaks all of the line: its words are reported as the named one's.
      const labelled = label && context.attribution(label, p, sentence.start);
      if (label && labelled?.speaker) {
        context.noteSpeaker(labelled, label.cue.span.start, p);
        speechEvents.push({ cue: label.cue, attribution: labelled, sentence, tokens, tagsQuote: false });
      }
      // Cues outside quotations move the salience (who spoke last) in reading order.
      for (const cue of cues) {
        const quoteAttributed = quoteTaggedBy(here, cue.span.start);
        const decision = quoteAttributed ? null : speechCueDecision(tokens, cue, cues, text, names);
        const attribution = quoteAttributed?.attribution ?? (decision ? context.attribution(decision, p, sentence.start) : null);
        if (attribution) {
          // Who spoke last: a subject, the tagged quotation's speaker, or a participle's speaker (a decision with neither
          // subject nor inverted speaker); not a speaker after the cue alone ("said Lavrov").
          const participle = decision !== null && !cue.subject && !cue.inverted;
          if (cue.subject || quoteAttributed || participle) context.noteSpeaker(attribution, cue.span.start, p);
          speechEvents.push({ cue, attribution, sentence, tokens, tagsQuote: quoteAttributed !== undefined });
        }
      }
      // A speaker a person set is who spoke last, as if the text had named them.
      for (const entry of here) {
        if (entry.attribution.rule === SET_BY_PERSON && entry.attribution.speaker) context.noteSpeaker(entry.attribution, entry.quote.open, p, { start: entry.quote.open, end: entry.quote.close });
      }
      for (const item of here) inParagraph.push(item);
    });
    attributeUntagged(inParagraph, context);
    return inParagraph;
  }

  /** Gives `quote`, opening in paragraph `p`, an attribution decided without the rules. */
  settle(quote: MarkedQuote, p: number, attribution: Attribution): void {
    this.results.set(quote, { quote, sentence: this.layout.paragraphs[p], paragraph: p, decision: null, attribution });
  }

  /** Every quotation's attribution, once every paragraph is sieved or settled. */
  attributions(): Map<MarkedQuote, Attribution> {
    const attributions = new Map<MarkedQuote, Attribution>();
    for (const q of this.quotes) {
      if (q.depth > 0) attributions.set(q, UNATTRIBUTED('quoted inside another quotation'));
      else attributions.set(q, this.results.get(q)?.attribution ?? UNATTRIBUTED('no cue'));
    }
    return attributions;
  }
}

/** The first of a sentence's quotes that the cue at `cueStart` tags (a sentence holds a few: no map). */
function quoteTaggedBy(here: readonly AttributedQuote[], cueStart: number): AttributedQuote | undefined {
  for (const e of here) {
    // A group tags its quotation too ("…," fans chanted), though it is no speaker.
    const { cueSpan, speaker, rule } = e.attribution;
    if (cueSpan?.start === cueStart && (speaker !== null || rule === 'group speaker')) return e;
  }
  return undefined;
}

/** Sieves the whole document. */
export function attribute(layout: DocumentLayout, quotes: MarkedQuote[], index: EntityIndex): SieveResult {
  const sieve = new Sieve(layout, quotes, index);
  for (let p = 0; p < layout.paragraphs.length; p++) sieve.paragraph(p);
  return { attributions: sieve.attributions(), resolvedMentions: sieve.context.resolvedMentions, speechEvents: sieve.speechEvents };
}

/** The attribution a person decided, keeping the cue the text gives (the worksheet lists it). */
function fixedAttribution(fixed: FixedAttribution, automatic: Attribution, context: ParagraphContext): Attribution {
  const cueFields = { cue: automatic.cue, cueSpan: automatic.cueSpan };
  const chosen = fixed.notQuotation ? null : fixed.speaker;
  if (!chosen || (!chosen.entityId && !chosen.name)) return { ...UNATTRIBUTED(SET_BY_PERSON), ...cueFields };
  const entity = context.entityByIdOrName(chosen.entityId, chosen.name?.toLowerCase());
  const speaker = entity?.name ?? chosen.name ?? chosen.entityId!;
  return { speaker, entityId: entity?.id ?? null, speakerSpan: null, ...cueFields, confidence: 1, rule: SET_BY_PERSON };
}

/** `Sanders: Clinton needs to 'get away from …'`: the line's label as a decision whose cue is its colon. */
function lineLabelDecision(tokens: Token[], text: string, names: MentionLookup): (Decision & { cue: CueHit }) | null {
  const label = lineLabel(tokens, text, names);
  if (!label) return null;
  const colon = tokens[label.colon];
  const cue: CueHit = { index: label.colon, token: colon, text: ':', span: { start: colon.start, end: colon.end }, subject: label.phrase, inverted: null };
  return { phrase: label.phrase, cue, confidence: 0.85, rule: 'speaker and colon opening the line' };
}

function hasQuotation(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'quote') return true;
  return false;
}

/**
 * What a cue outside quotations says of who speaks: its subject or its inverted speaker ("said Lavrov"), or, for a
 * participle after a comma ("Trump struck a measured tone, saying he understood …"), the clause's speaker.
 */
function speechCueDecision(tokens: Token[], cue: CueHit, cues: CueHit[], text: string, names: MentionLookup): Decision | null {
  const phrase = cue.subject ?? cue.inverted;
  if (phrase) return { phrase, cue, confidence: 0.85, rule: 'speech cue' };
  if (tokens[cue.index - 1]?.text !== ',' || !/ing$/.test(cue.token.lower)) return null;
  const participle = participleSpeaker(tokens, cue, cues, text, names);
  return participle && { phrase: participle.phrase, cue, confidence: participle.confidence, rule: participle.rule };
}
