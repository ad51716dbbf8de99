/**
 * One way to build each kind of object an Analysis holds, with its fields always in the same order. The
 * code that reads thousands of them after every edit (moving them, comparing them, drawing them) then meets
 * one object shape per kind: V8 reads a mix of shapes, built by spreads in different places, several times
 * slower.
 */
import type { Attribution, Entity, Mention, Quote, Span } from './types';

/** Where a position of the previous text stands now; `isStart` tells a span's start from its end. */
export type Move = (pos: number, isStart: boolean) => number;

const unmoved: Move = (pos) => pos;

export function spanOf(span: Span, move: Move = unmoved): Span {
  return { start: move(span.start, true), end: move(span.end, false) };
}

export function attributionOf(a: Attribution, move: Move = unmoved): Attribution {
  return {
    speaker: a.speaker,
    entityId: a.entityId,
    speakerSpan: a.speakerSpan && spanOf(a.speakerSpan, move),
    cue: a.cue,
    cueSpan: a.cueSpan && spanOf(a.cueSpan, move),
    confidence: a.confidence,
    rule: a.rule,
  };
}

/** `text` and `line` where they are not the quote's own (the quote moved). */
export function quoteOf(q: Quote, move: Move = unmoved, text = q.text, line = q.line): Quote {
  return {
    start: move(q.start, true),
    end: move(q.end, false),
    text,
    kind: q.kind,
    usage: q.usage,
    outer: spanOf(q.outer, move),
    line,
    depth: q.depth,
    multiParagraph: q.multiParagraph,
    attribution: attributionOf(q.attribution, move),
  };
}

export function mentionOf(m: Mention, move: Move = unmoved, text = m.text): Mention {
  return { start: move(m.start, true), end: move(m.end, false), text, kind: m.kind, entityId: m.entityId };
}

export function entityOf(e: Pick<Entity, 'id' | 'name' | 'type' | 'role'>, aliases: string[], mentions: Mention[]): Entity {
  return { id: e.id, name: e.name, type: e.type, role: e.role, aliases, mentions };
}
