/**
 * After an edit most of a document's analysis is the previous one, moved: everything after the edit by
 * the length it added, quotes' lines by the lines it added. The worker then sends only what changed, and
 * which earlier quotes and entities to take over; the receiver rebuilds the whole analysis from the one it
 * already has. Every item sent as "taken over" was checked to equal the previous item moved.
 */
import type { Analysis, Entity, Mention, Quote, Span } from '../engine/types';
import { entityOf, mentionOf, quoteOf } from '../engine/shapes';
import { changedStretch } from '../engine/text/textDiff';

/** The edit between two texts, as `changedStretch` finds it, and how many lines it added. */
export interface TextChange {
  start: number;
  oldEnd: number;
  delta: number;
  lineDelta: number;
}

/** The change between two versions of a text. */
export function textChange(old: string, text: string): TextChange {
  const { start, oldEnd, newEnd } = changedStretch(old, text);
  return { start, oldEnd, delta: newEnd - oldEnd, lineDelta: countLines(text, start, newEnd) - countLines(old, start, oldEnd) };
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

/** A number: the previous analysis' item at that index, moved; an object: a new item. */
export interface AnalysisDelta {
  change: TextChange;
  quotes: (number | Quote)[];
  entities: (number | Entity)[];
  rest: Omit<Analysis, 'quotes' | 'entities'>;
}

/** The mover for a change: positions before it stay, positions after it move, positions inside it are lost (NaN). */
function mover(change: TextChange): (pos: number) => number {
  return (pos) => (pos < change.start ? pos : pos >= change.oldEnd ? pos + change.delta : NaN);
}

/** Whether nothing of the item lies at or after the change: then it is taken over as it is. */
const before = (span: Span, change: TextChange): boolean => span.end < change.start;

function movedQuote(quote: Quote, change: TextChange): Quote {
  if (before(quote.outer, change) && (!quote.attribution.speakerSpan || before(quote.attribution.speakerSpan, change)) && (!quote.attribution.cueSpan || before(quote.attribution.cueSpan, change))) return quote;
  return quoteOf(quote, mover(change), quote.text, quote.start >= change.oldEnd ? quote.line + change.lineDelta : quote.line);
}

function movedEntity(entity: Entity, change: TextChange): Entity {
  const mentions = entity.mentions;
  if (mentions.length === 0 || before(mentions[mentions.length - 1], change)) return entity;
  const move = mover(change);
  return entityOf(entity, entity.aliases, mentions.map((m) => (before(m, change) ? m : mentionOf(m, move))));
}

/** Whether `span` is `was` moved (positions compared as they are, spans as wholes). */
const movedTo = (was: Span | null, span: Span | null, move: (pos: number) => number): boolean =>
  was === null || span === null ? was === span : move(was.start) === span.start && move(was.end) === span.end;

/** Whether `quote` is `was` moved by the change, without building the moved quote. */
function isMovedQuote(was: Quote, quote: Quote, change: TextChange, move: (pos: number) => number): boolean {
  const x = was.attribution;
  const y = quote.attribution;
  return (
    move(was.start) === quote.start && move(was.end) === quote.end && movedTo(was.outer, quote.outer, move) &&
    (was.start >= change.oldEnd ? was.line + change.lineDelta : was.line) === quote.line &&
    was.text === quote.text && was.kind === quote.kind && was.usage === quote.usage && was.depth === quote.depth && was.multiParagraph === quote.multiParagraph &&
    x.speaker === y.speaker && x.entityId === y.entityId && movedTo(x.speakerSpan, y.speakerSpan, move) && x.cue === y.cue &&
    movedTo(x.cueSpan, y.cueSpan, move) && x.confidence === y.confidence && x.rule === y.rule
  );
}

function isMovedEntity(was: Entity, entity: Entity, move: (pos: number) => number): boolean {
  if (was.id !== entity.id || was.name !== entity.name || was.type !== entity.type || was.role !== entity.role) return false;
  if (was.aliases.length !== entity.aliases.length || was.aliases.some((alias, i) => alias !== entity.aliases[i])) return false;
  if (was.mentions.length !== entity.mentions.length) return false;
  return was.mentions.every((m: Mention, i) => {
    const n = entity.mentions[i];
    return movedTo(m, n, move) && m.text === n.text && m.kind === n.kind && m.entityId === n.entityId;
  });
}

/**
 * What to send instead of `next`, given that the receiver holds `previous` and the text changed by
 * `change`. Items are matched by where they now stand (quotes) or by id (entities).
 */
export function diffAnalysis(previous: Analysis, next: Analysis, change: TextChange): AnalysisDelta {
  const move = mover(change);
  // Quotes are in document order and an edit moves a stretch of them alike: the previous quote at the same
  // index (before the edit) or at the same distance from the end (after it) is the one to compare with.
  const shift = previous.quotes.length - next.quotes.length;
  const quotes = next.quotes.map((q, i) => {
    const j = q.outer.start < change.start ? i : i + shift;
    const was = previous.quotes[j];
    return was && isMovedQuote(was, q, change, move) ? j : q;
  });
  let entityAt: Map<string, number> | undefined;
  const entities = next.entities.map((e, i) => {
    let j = previous.entities[i]?.id === e.id ? i : undefined;
    if (j === undefined) j = (entityAt ??= new Map(previous.entities.map((x, k) => [x.id, k]))).get(e.id);
    return j !== undefined && isMovedEntity(previous.entities[j], e, move) ? j : e;
  });
  const { quotes: _quotes, entities: _entities, ...rest } = next;
  return { change, quotes, entities, rest };
}

/** Items (a quote 1, an entity 1 plus its mentions) rebuilt between two pauses. */
const BATCH_WEIGHT = 4000;

/**
 * The analysis `diffAnalysis` described, rebuilt from `previous`. `pause` is awaited between batches (to
 * yield to the event loop), so a document with tens of thousands of quotes never blocks the receiver long.
 */
export async function applyDelta(previous: Analysis, delta: AnalysisDelta, pause: () => Promise<void> = async () => {}): Promise<Analysis> {
  const quotes: Quote[] = [];
  const entities: Entity[] = [];
  let weight = 0;
  for (const q of delta.quotes) {
    quotes.push(typeof q === 'number' ? movedQuote(previous.quotes[q], delta.change) : q);
    if (++weight >= BATCH_WEIGHT) {
      weight = 0;
      await pause();
    }
  }
  for (const e of delta.entities) {
    const entity = typeof e === 'number' ? movedEntity(previous.entities[e], delta.change) : e;
    entities.push(entity);
    weight += 1 + entity.mentions.length;
    if (weight >= BATCH_WEIGHT) {
      weight = 0;
      await pause();
    }
  }
  return { ...delta.rest, quotes, entities };
}
