/**
 * What the attribution sieve decided in each paragraph, remembered for the next analysis (a paragraph
 * query, see paragraphQuery.ts). A paragraph whose text and quotations are unchanged, and whose reads
 * (its neighbours, the document's entities) still answer the same, decides what it decided before when
 * the sieve reaches it in the same state (the same last speaker and last source, moved along with it):
 * its decisions are replayed, moved by as many characters as the paragraph moved. After an edit only the
 * edited paragraph, and those whose reads or incoming state it changed, are sieved again.
 */
import type { Attribution, Span } from '../types';
import type { EntityIndex, MentionDraft } from '../names/entities';
import type { Salience } from '../names/coreference';
import type { MarkedQuote } from '../text/quotes';
import type { DocumentLayout } from '../attribution/attribution';
import { attribute, Sieve, type SieveResult } from '../attribution/sieve';
import { askAgain } from '../attribution/context';
import type { SpeechEvent } from '../attribution/speechEvents';
import type { SpeakerPhrase } from '../attribution/speakers';
import { firstStartingAt } from '../text/spans';
import { detached, detachedAttribution } from '../detach';
import { attributionOf, spanOf } from '../shapes';
import { recordQuery, stillAnswers, verified, type AskAgain, type DocumentInputs, type QueryRecord } from './paragraphQuery';

/**
 * A speech event as remembered: its tokens, sentence and cue token are the paragraph's own facts, which
 * move with the paragraph; its speaker phrases are kept without their mentions.
 */
export type RememberedEvent = SpeechEvent;

/**
 * A remembered event of a replayed paragraph, `delta` characters from where it was remembered. It is moved
 * only when read: what is derived from it (its reported speech) is usually remembered with it.
 */
export interface ReplayedEvent {
  remembered: RememberedEvent;
  delta: number;
}

/** The speech events of a document in order: a replayed paragraph's are remembered ones. */
export type SieveEvents = (SpeechEvent | ReplayedEvent)[];

export interface RememberedSalience {
  lastSpeaker: { entityId: string; at: number; paragraphsBack: number; span: Span } | null;
  lastSource: { attribution: Attribution; at: number; paragraphsBack: number } | null;
}

export interface ParagraphMemo {
  /** What the paragraph's rules read, and where the paragraph started (every span below is as of then). */
  query: QueryRecord;
  salienceIn: RememberedSalience;
  /** The attribution of each top-level quotation that opens in the paragraph, by where it opens. */
  attributions: [open: number, attribution: Attribution][];
  resolvedMentions: MentionDraft[];
  events: RememberedEvent[];
  salienceOut: RememberedSalience;
}

/** The document's remembered decisions, by paragraph identity, and the document they are checked against. */
export interface SieveReuse extends DocumentInputs {
  memos: WeakMap<object, ParagraphMemo>;
}

/** Paragraphs whose remembered decisions were replayed, and paragraphs sieved (the checks report both). */
export const sieveCounts = { replayed: 0, sieved: 0 };

export interface RememberingSieveResult extends Omit<SieveResult, 'speechEvents'> {
  speechEvents: SieveEvents;
}

/**
 * Paragraphs sieved every time: those a quotation runs across (their decisions depend on one another's)
 * and those holding a person's decision (the memo knows nothing of decisions).
 */
function paragraphsNeverKept(layout: DocumentLayout, quotes: MarkedQuote[]): Set<number> {
  const { paragraphs } = layout;
  const never = new Set<number>();
  for (const q of quotes) {
    if (q.depth > 0 || !q.multiParagraph) continue;
    for (let p = Math.max(0, firstStartingAt(paragraphs, q.open) - 1); p < paragraphs.length && paragraphs[p].start < q.close; p++) never.add(p);
  }
  for (const q of quotes) if (q.depth === 0 && layout.fixed?.has(q.start)) never.add(Math.max(0, firstStartingAt(paragraphs, q.open + 1) - 1));
  return never;
}

/**
 * The attribution sieve over the document, replaying what `reuse` remembers of each paragraph where it
 * still holds and remembering what it decides afresh. Without `reuse` every paragraph is sieved.
 */
export function sieveDocument(layout: DocumentLayout, quotes: MarkedQuote[], index: EntityIndex, reuse?: SieveReuse): RememberingSieveResult {
  if (!reuse) return attribute(layout, quotes, index);
  const sieve = new Sieve(layout, quotes, index);
  const { context } = sieve;
  const neverKept = paragraphsNeverKept(layout, quotes);
  const events: SieveEvents = [];
  const ask: AskAgain = (kind, key, at) => askAgain(index, kind, key, at);
  for (let p = 0; p < layout.paragraphs.length; p++) {
    const identity = neverKept.has(p) ? undefined : reuse.identities[p];
    const memo = identity && reuse.memos.get(identity);
    if (memo && replay(memo, p, sieve, reuse, ask, events)) {
      sieveCounts.replayed++;
      continue;
    }
    if (identity) sieveCounts.sieved++;
    const salienceIn = identity ? rememberSalience(context.salience, p) : undefined;
    const eventsBefore = sieve.speechEvents.length;
    const mentionsBefore = context.resolvedMentions.length;
    const decided = sieve.paragraph(p);
    for (let i = eventsBefore; i < sieve.speechEvents.length; i++) events.push(sieve.speechEvents[i]);
    if (!identity) continue;
    reuse.memos.set(identity, {
      query: recordQuery(p, context.reads, reuse),
      salienceIn: salienceIn!,
      attributions: decided.map((e) => [e.quote.open, detachedAttribution(e.attribution)]),
      resolvedMentions: context.resolvedMentions.slice(mentionsBefore).map((m) => ({ ...m, text: detached(m.text) })),
      // A sieved paragraph's events are its own, not replayed ones.
      events: sieve.speechEvents.slice(eventsBefore).map((e) => {
        const remembered = rememberedEvent(e);
        linkEvent(e, remembered);
        return remembered;
      }),
      salienceOut: rememberSalience(context.salience, p),
    });
  }
  return { attributions: sieve.attributions(), resolvedMentions: context.resolvedMentions, speechEvents: events };
}

/** Replays the paragraph's remembered decisions when its reads and the state the sieve reaches it in are unchanged. */
function replay(memo: ParagraphMemo, p: number, sieve: Sieve, reuse: SieveReuse, ask: AskAgain, events: SieveEvents): boolean {
  if (!stillAnswers(memo, p, reuse, ask, decidedWithAny)) return false;
  const delta = reuse.paragraphs[p].start - memo.query.start;
  const { context } = sieve;
  const { salience } = context;
  if (!sameSalience(salience, p, delta, memo.salienceIn)) return false;
  const quotesHere = memo.attributions.map(([open]) => sieve.byOpen.get(open + delta));
  if (quotesHere.some((q) => q === undefined)) return false;
  memo.attributions.forEach(([, attribution], i) => sieve.settle(quotesHere[i]!, p, movedAttribution(attribution, delta)));
  for (const m of memo.resolvedMentions) context.noteResolvedMention(movedMention(m, delta));
  for (const remembered of memo.events) events.push({ remembered, delta });
  const { lastSpeaker, lastSource } = memo.salienceOut;
  salience.lastSpeaker = lastSpeaker && {
    entity: sieve.index.byId.get(lastSpeaker.entityId)!,
    at: lastSpeaker.at + delta,
    paragraph: p - lastSpeaker.paragraphsBack,
    span: movedSpan(lastSpeaker.span, delta),
  };
  salience.lastSource = lastSource && { attribution: movedAttribution(lastSource.attribution, delta), at: lastSource.at + delta, paragraph: p - lastSource.paragraphsBack };
  verified(memo.query, reuse);
  return true;
}

/** Whether the decisions name or were made with one of `ids` (as speakers, resolved mentions, salience). */
function decidedWithAny(memo: ParagraphMemo, ids: ReadonlySet<string>): boolean {
  if (ids.size === 0) return false;
  const among = (id: string | null | undefined): boolean => id != null && ids.has(id);
  return (
    memo.attributions.some(([, a]) => among(a.entityId)) ||
    memo.resolvedMentions.some((m) => among(m.entityId)) ||
    memo.events.some((e) => among(e.attribution.entityId)) ||
    [memo.salienceIn, memo.salienceOut].some((s) => among(s.lastSpeaker?.entityId) || among(s.lastSource?.attribution.entityId))
  );
}

const sameSpan = (a: Span | null, b: Span | null, delta: number): boolean =>
  a === null || b === null ? a === b : a.start === b.start + delta && a.end === b.end + delta;

/** Whether `a` is `b` moved by `delta`. */
function sameAttribution(a: Attribution, b: Attribution, delta: number): boolean {
  return (
    a.speaker === b.speaker && a.entityId === b.entityId && a.cue === b.cue && a.confidence === b.confidence && a.rule === b.rule &&
    sameSpan(a.speakerSpan, b.speakerSpan, delta) && sameSpan(a.cueSpan, b.cueSpan, delta)
  );
}

/** Whether the sieve enters paragraph `p` in the state it entered it in before, moved by `delta`. */
function sameSalience(salience: Salience, p: number, delta: number, remembered: RememberedSalience): boolean {
  const speaker = salience.lastSpeaker;
  const was = remembered.lastSpeaker;
  if (speaker === null || was === null) {
    if (speaker !== was) return false;
  } else if (speaker.entity.id !== was.entityId || speaker.at !== was.at + delta || p - speaker.paragraph !== was.paragraphsBack || !sameSpan(speaker.span, was.span, delta)) {
    return false;
  }
  const source = salience.lastSource;
  const wasSource = remembered.lastSource;
  if (source === null || wasSource === null) return source === wasSource;
  return source.at === wasSource.at + delta && p - source.paragraph === wasSource.paragraphsBack && sameAttribution(source.attribution, wasSource.attribution, delta);
}

function rememberSalience(salience: Salience, p: number): RememberedSalience {
  const speaker = salience.lastSpeaker;
  const source = salience.lastSource;
  return {
    lastSpeaker: speaker && { entityId: detached(speaker.entity.id), at: speaker.at, paragraphsBack: p - speaker.paragraph, span: speaker.span },
    lastSource: source && { attribution: detachedAttribution(source.attribution), at: source.at, paragraphsBack: p - source.paragraph },
  };
}

export function movedAttribution(a: Attribution, delta: number): Attribution {
  return delta === 0 ? a : attributionOf(a, (pos) => pos + delta);
}

/**
 * A speaker phrase as remembered: without its mention (a memo must not keep an old entity index alive)
 * and with strings of its own (see detach.ts).
 */
function detachedPhrase(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!phrase) return null;
  const { mention: _mention, ...rest } = phrase;
  return { ...rest, text: detached(rest.text), head: rest.head === undefined ? undefined : detached(rest.head) };
}

function rememberedEvent(event: RememberedEvent): RememberedEvent {
  const { cue } = event;
  return {
    ...event,
    cue: { ...cue, text: detached(cue.text), subject: detachedPhrase(cue.subject), inverted: detachedPhrase(cue.inverted) },
    attribution: detachedAttribution(event.attribution),
  };
}

/** Each event sieved afresh and remembered, to what `rememberedEvent` made of it. */
const origins = new WeakMap<SpeechEvent, RememberedEvent>();

/** Remembers `event` as `remembered` (what `rememberedEvent` made of it). */
function linkEvent(event: SpeechEvent, remembered: RememberedEvent): void {
  origins.set(event, remembered);
}

/**
 * For an event replayed or remembered: the remembered event it stands for and how far it moved, so that
 * what is derived from the event (its reported speech) is remembered with it.
 */
export function eventOrigin(event: SpeechEvent | ReplayedEvent): ReplayedEvent | undefined {
  if ('remembered' in event) return event;
  const remembered = origins.get(event);
  return remembered && { remembered, delta: 0 };
}

/** The event itself, a replayed one moved to where it stands now. */
export function eventNow(event: SpeechEvent | ReplayedEvent): SpeechEvent {
  if (!('remembered' in event)) return event;
  const { remembered, delta } = event;
  if (delta === 0) return remembered;
  const { cue } = remembered;
  return {
    ...remembered,
    cue: { ...cue, span: movedSpan(cue.span, delta), subject: movedPhrase(cue.subject, delta), inverted: movedPhrase(cue.inverted, delta) },
    attribution: movedAttribution(remembered.attribution, delta),
  };
}

function movedPhrase(phrase: SpeakerPhrase | null, delta: number): SpeakerPhrase | null {
  return phrase && (delta === 0 ? phrase : { ...phrase, start: phrase.start + delta, end: phrase.end + delta });
}

export function movedSpan(span: Span, delta: number): Span {
  return delta === 0 ? span : spanOf(span, (pos) => pos + delta);
}

export function movedMention(m: MentionDraft, delta: number): MentionDraft {
  return delta === 0 ? m : { ...m, start: m.start + delta, end: m.end + delta };
}
