/**
 * The facts of every paragraph of a document (see paragraphFacts.ts). After an edit, the paragraphs
 * before and after the changed stretch are the ones of the previous analysis, moved: they are taken over
 * without hashing their text again, and only the changed paragraphs are looked up or computed.
 */
import type { Span } from '../types';
import { isTitleCase, movedFacts, paragraphFacts, type ParagraphFacts } from './paragraphFacts';
import { firstStartingAt, spansTouching } from '../text/spans';
import { changedStretch } from '../text/textDiff';
import { tokenize } from '../text/tokens';

export interface DocumentFacts {
  facts: ParagraphFacts[];
  /** Paragraphs read as headlines (title case), in order. */
  headlines: number[];
  /**
   * When facts were taken over from the previous analysis: the paragraphs in between (`first` to `last`,
   * indices now), and where that stretch lies in the previous text and in this one. Everything before it
   * is unchanged; everything after it moved by `after.now - after.before`.
   */
  changed?: { first: number; last: number; before: { start: number; end: number }; now: { start: number; end: number } };
}

export interface PreviousDocument {
  masked: string;
  paragraphs: Span[];
  allOuter: Span[];
  outer: Span[];
  /** Undefined where an edit since made them stale (see `documentMoved`). */
  facts: (ParagraphFacts | undefined)[];
  headline: boolean[];
  /** The entity inputs of the body paragraphs, and the name words they gave the headlines. */
  bodyInputs: string[];
  knownNameWords: Set<string>;
}

/** What a document keeps of its last analysis's facts (part of its session, see session.ts). */
export interface FactsMemory {
  lastDocument?: PreviousDocument;
}

/** Whether `now` is `before` with every span after the change moved by `delta` and none inside it. */
function movedAlike(before: readonly Span[], now: readonly Span[], start: number, oldEnd: number, delta: number): boolean {
  if (before.length !== now.length) return false;
  const moved = (pos: number): number => (pos <= start ? pos : pos >= oldEnd ? pos + delta : NaN);
  for (let i = 0; i < before.length; i++) {
    if (moved(before[i].start) !== now[i].start || moved(before[i].end) !== now[i].end) return false;
  }
  return true;
}

/**
 * `session`: the document's session, whose last facts are taken over and which keeps these for next time
 * (none for analyses that must not read or touch what is remembered).
 */
export function documentFacts(masked: string, paragraphs: Span[], allOuter: Span[], outer: Span[], session: FactsMemory | undefined): DocumentFacts {
  const facts: (ParagraphFacts | undefined)[] = new Array(paragraphs.length);
  const headline: boolean[] = new Array(paragraphs.length);
  const last = session?.lastDocument;
  const remember = session !== undefined;
  // Paragraphs of the previous analysis that stand unchanged, by their index now.
  const kept: (ParagraphFacts | undefined)[] = new Array(paragraphs.length);
  if (last && last.masked.length > 0) {
    const { start, oldEnd, newEnd } = changedStretch(last.masked, masked);
    const delta = newEnd - oldEnd;
    // Quotations that moved alike leave every untouched paragraph's quotations where they were.
    if (movedAlike(last.allOuter, allOuter, start, oldEnd, delta) && movedAlike(last.outer, outer, start, oldEnd, delta)) {
      // A paragraph's facts hold the whole of a quotation that runs into it from another paragraph: it
      // is kept only when its quotations lie wholly on its side of the change. Top-level quotations do
      // not overlap and hold the nested ones: before the change, paragraphs end before the first one
      // that reaches the change; after it, they start after the end of the last one opened before it.
      const reaching = last.outer.find((q) => q.end >= start);
      const keepBefore = reaching ? Math.min(start, reaching.start + 1) : start;
      const openedBefore = firstStartingAt(last.outer, oldEnd) - 1;
      const keepAfter = Math.max(oldEnd, openedBefore >= 0 ? last.outer[openedBefore].end : 0);
      for (let i = 0; i < paragraphs.length && i < last.paragraphs.length && paragraphs[i].end < keepBefore; i++) {
        const p = last.paragraphs[i];
        if (p.start !== paragraphs[i].start || p.end !== paragraphs[i].end) break;
        kept[i] = last.facts[i];
        headline[i] = last.headline[i];
      }
      const shift = paragraphs.length - last.paragraphs.length;
      for (let i = paragraphs.length - 1; i >= 0 && i - shift >= 0 && i - shift < last.paragraphs.length; i--) {
        const p = last.paragraphs[i - shift];
        if (p.start < keepAfter || p.start <= oldEnd || p.start + delta !== paragraphs[i].start || p.end + delta !== paragraphs[i].end) break;
        kept[i] = last.facts[i - shift];
        headline[i] = last.headline[i - shift];
      }
    }
  }

  let changed: DocumentFacts['changed'];
  if (last) {
    let first = 0;
    while (first < paragraphs.length && kept[first] !== undefined && last.facts[first] === kept[first]) first++;
    let end = paragraphs.length; // the first kept paragraph after the changed ones
    while (end > first && kept[end - 1] !== undefined) end--;
    if (first < end) {
      const shift = paragraphs.length - last.paragraphs.length;
      const start = first > 0 ? paragraphs[first - 1].end : 0;
      changed = {
        first,
        last: end - 1,
        before: { start, end: end < paragraphs.length ? last.paragraphs[end - shift].start : last.masked.length },
        now: { start, end: end < paragraphs.length ? paragraphs[end].start : masked.length },
      };
    }
  }

  const factsAt = (i: number, knownNameWords: ReadonlySet<string> | undefined): ParagraphFacts => {
    const p = paragraphs[i];
    const taken = kept[i] && movedFacts(kept[i]!, p.start);
    return taken ?? paragraphFacts(masked, p, spansTouching(allOuter, outer, p), spansTouching(outer, outer, p), knownNameWords, remember);
  };

  // Body paragraphs first: headlines in title case are read with the names the body taught us.
  const headlines: number[] = [];
  paragraphs.forEach((p, i) => {
    if (headline[i] === undefined) headline[i] = isTitleCase(masked, p);
    if (headline[i]) headlines.push(i);
    else facts[i] = factsAt(i, undefined);
  });
  const bodyInputs = facts.filter((f): f is ParagraphFacts => f !== undefined).map((f) => f.entityInputs);
  let knownNameWords: Set<string>;
  if (last && bodyInputs.length === last.bodyInputs.length && bodyInputs.every((inputs, i) => inputs === last.bodyInputs[i])) {
    knownNameWords = last.knownNameWords;
  } else {
    knownNameWords = new Set<string>();
    for (const f of facts) for (const word of f?.nameWords ?? []) knownNameWords.add(word);
    // Other names: a headline is read again when one of its words became or ceased to be a name word.
    const differing = last ? symmetricDifference(knownNameWords, last.knownNameWords) : [];
    for (const i of headlines) if (!last || (differing.length > 0 && hasWordOf(masked, paragraphs[i], differing))) kept[i] = undefined;
  }
  for (const i of headlines) facts[i] = factsAt(i, knownNameWords);

  const all = facts as ParagraphFacts[];

  if (session) session.lastDocument = { masked, paragraphs, allOuter, outer, facts: all, headline, bodyInputs, knownNameWords };
  return { facts: all, headlines, changed };
}

function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const differing: string[] = [];
  for (const word of a) if (!b.has(word)) differing.push(word);
  for (const word of b) if (!a.has(word)) differing.push(word);
  return differing;
}

/** Whether one of the paragraph's words (in lower case, as `paragraphFacts` compares them) is one of `words`. */
function hasWordOf(text: string, paragraph: Span, words: string[]): boolean {
  const line = text.slice(paragraph.start, paragraph.end).toLowerCase();
  if (!words.some((word) => line.includes(word))) return false;
  return tokenize(text, paragraph.start, paragraph.end).some((t) => t.kind === 'word' && words.includes(t.lower));
}

/**
 * The typing fast path moved the previous analysis instead of running a full one: what is kept for the next
 * full analysis moves with it, so that its changed stretch is the next edit alone. `paragraph` is the one
 * edited, with the facts read from its new text.
 */
export function documentMoved(session: FactsMemory, masked: string, move: (span: Span) => Span, paragraph: number, facts: ParagraphFacts): void {
  const previous = session.lastDocument;
  if (!previous || previous.facts.length <= paragraph) return;
  // A quotation that runs from the edited paragraph into others is part of their facts too: those are stale.
  const edited = previous.paragraphs[paragraph];
  const crossing = previous.allOuter.filter((q) => q.start < edited.end && q.end > edited.start && (q.start < edited.start || q.end > edited.end));
  const stale = (p: Span): boolean => crossing.some((q) => q.start < p.end && q.end > p.start);
  session.lastDocument = {
    ...previous,
    masked,
    facts: previous.facts.map((f, i) => (i === paragraph ? facts : stale(previous.paragraphs[i]) ? undefined : f)),
    paragraphs: previous.paragraphs.map(move),
    allOuter: previous.allOuter.map(move),
    outer: previous.outer.map(move),
  };
}
