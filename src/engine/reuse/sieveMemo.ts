/**
 * What the attribution sieve decided in each paragraph, remembered for the next analysis. A paragraph
 * whose text, quotations and neighbour are unchanged, in a document with the same entities, decides what
 * it decided before when the sieve reaches it in the same state (the same last speaker and last source,
 * moved along with it): its decisions are replayed, moved by as many characters as the paragraph moved.
 * After an edit only the edited paragraph, and those whose incoming state it changed, are sieved again.
 */
import type { Attribution, Span } from '../types';
import type { MentionDraft } from '../names/entities';
import type { Salience } from '../names/coreference';
import type { SpeechEvent } from '../attribution/speechEvents';
import type { SpeakerPhrase } from '../attribution/speakers';
import { detached, detachedAttribution } from '../detach';
import { attributionOf, spanOf } from '../shapes';

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

export interface RememberedSalience {
  lastSpeaker: { entityId: string; at: number; paragraphsBack: number; span: Span } | null;
  lastSource: { attribution: Attribution; at: number; paragraphsBack: number } | null;
}

export interface ParagraphMemo {
  /** Where the paragraph started when its decisions were made (every span below is as of then). */
  start: number;
  /** The paragraph before it, when it matters (a colon ending it introduces a quote-only paragraph), and where it started. */
  previous: object | undefined;
  previousStart: number;
  /** The paragraph after it, when it matters (a line signing an embedded post), and where it started. */
  next?: object;
  nextStart?: number;
  /** The version of the document's entities the decisions were made with (see `entityVersion` in session.ts). */
  entityVersion: number;
  salienceIn: RememberedSalience;
  /** Whether a decision looked a speaker up in the whole list of entities (a transcript label). */
  readsEntityList: boolean;
  /** Whether a decision looked an entity up by its role ("the secretary said"). */
  readsRoles: boolean;
  /** The attribution of each top-level quotation that opens in the paragraph, by where it opens. */
  attributions: [open: number, attribution: Attribution][];
  resolvedMentions: MentionDraft[];
  events: RememberedEvent[];
  salienceOut: RememberedSalience;
}

/** Whether the decisions name or were made with one of `ids` (as speakers, resolved mentions, salience). */
export function decidedWithAny(memo: ParagraphMemo, ids: ReadonlySet<string>): boolean {
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
export function sameSalience(salience: Salience, p: number, delta: number, remembered: RememberedSalience): boolean {
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

export function rememberSalience(salience: Salience, p: number): RememberedSalience {
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

export function rememberedEvent(event: RememberedEvent): RememberedEvent {
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
export function linkEvent(event: SpeechEvent, remembered: RememberedEvent): void {
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
