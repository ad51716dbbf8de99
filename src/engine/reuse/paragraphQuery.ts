/**
 * A computation run paragraph by paragraph and remembered across analyses, the way incremental compilers
 * remember their queries: while it runs on a paragraph it records what it read beyond the paragraph's own
 * facts (the paragraphs next to it, the document's entities), and what it computed is used again only while
 * each of those reads would answer the same. The state it is entered in is its argument, compared by the
 * computation's own rule. Nothing here knows what is computed (sieveMemo.ts is the attribution sieve's).
 */
import type { Span } from '../types';
import { detached } from '../detach';

const PREVIOUS_PARAGRAPH = 1;
const NEXT_PARAGRAPH = 2;

/**
 * A lookup in the document's entities (its kind, what was asked, and where from) with what it answered: when
 * the entities change, it is asked again, and what was computed holds only if the answer is the same.
 */
export interface Lookup {
  kind: number;
  key: string;
  at: number;
  answer: string | null;
}

/** Asks a recorded lookup again, of this analysis's entities. */
export type AskAgain = (kind: number, key: string, at: number) => string | null;

const NO_LOOKUPS: readonly Lookup[] = [];

/**
 * What a paragraph's computation read so far beyond the paragraph itself: noted by the accessors it reads
 * through, cleared when the next paragraph starts. Its own names and mentions, and those of the paragraphs
 * before it, are read through the entity version (see `stillAnswers`).
 */
export class QueryReads {
  /** The neighbours read, one bit each. */
  bits = 0;
  /** The lookups in the whole list of entities, in order (few paragraphs make any). */
  lookups: Lookup[] = [];

  clear(): void {
    this.bits = 0;
    if (this.lookups.length > 0) this.lookups = []; // the record keeps the list it was given
  }

  /** Read the paragraph before (its text, tokens or names). */
  previousParagraph(): void {
    this.bits |= PREVIOUS_PARAGRAPH;
  }

  /** Read the paragraph after, or found there is none. */
  nextParagraph(): void {
    this.bits |= NEXT_PARAGRAPH;
  }

  /** Looked an entity up in the whole list of entities (by surname, by role, by name) and found `answer`. */
  lookedUp(kind: number, key: string, at: number, answer: string | null): void {
    this.lookups.push({ kind, key: detached(key), at, answer: answer === null ? null : detached(answer) });
  }
}

/**
 * How this analysis's entities differ from those of an earlier version, away from the edit (see
 * `entitiesChangedAway` in names/entities.ts): what was computed with that version still holds outside
 * the `blocked` paragraphs, unless it read what changed.
 */
export interface EntitiesSince {
  version: number;
  /** Entities that changed: a computation made with one of them is run again. */
  affected: ReadonlySet<string>;
  /** The changed paragraphs, those naming an affected entity, and the four after each (pronouns look back four). */
  blocked: readonly boolean[];
}

/** What a computation's reads are checked against: the document as this analysis sees it. */
export interface DocumentInputs {
  /** An object per paragraph that stays the same while its text and quotations do (its cached facts). */
  identities: readonly object[];
  paragraphs: readonly Span[];
  /** A number that stays the same while the document's entities do (see `entityVersion` in session.ts). */
  entityVersion: number;
  entitiesSince?: EntitiesSince;
}

/** What one paragraph's computation read, as it was then. */
export interface QueryRecord {
  /** Where the paragraph started (every offset of what was computed is as of then). */
  start: number;
  /** The neighbours read (bits) and the lookups made. */
  reads: number;
  lookups: readonly Lookup[];
  /** The neighbours as they were when read: their identity and where they started. */
  previous: object | undefined;
  previousStart: number;
  next: object | undefined;
  nextStart: number;
  /** The entity version the reads were last found valid with. */
  entityVersion: number;
}

export function recordQuery(p: number, reads: QueryReads, inputs: DocumentInputs): QueryRecord {
  const { identities, paragraphs } = inputs;
  const readsPrevious = (reads.bits & PREVIOUS_PARAGRAPH) !== 0 && p > 0;
  const readsNext = (reads.bits & NEXT_PARAGRAPH) !== 0;
  return {
    start: paragraphs[p].start,
    reads: reads.bits,
    lookups: reads.lookups.length > 0 ? reads.lookups : NO_LOOKUPS,
    previous: readsPrevious ? identities[p - 1] : undefined,
    previousStart: readsPrevious ? paragraphs[p - 1].start : 0,
    next: readsNext ? identities[p + 1] : undefined,
    nextStart: readsNext && p + 1 < paragraphs.length ? paragraphs[p + 1].start : 0,
    entityVersion: inputs.entityVersion,
  };
}

/** Whether neighbour `n` is the one read, moved along with the paragraph (`delta`). */
function sameNeighbour(inputs: DocumentInputs, n: number, was: object | undefined, wasStart: number, delta: number): boolean {
  if (inputs.identities[n] !== was) return false;
  return was === undefined || inputs.paragraphs[n].start - wasStart === delta;
}

/**
 * Whether every read recorded for paragraph `p` answers now what it answered then: the same neighbours
 * where they were read, and the same entities or, when only entities away from the edit changed, the same
 * answer to each lookup asked again (`askAgain`) and none of the changed entities in what was computed
 * (`madeWithAny` tells whether it names one of them).
 */
export function stillAnswers<M extends { query: QueryRecord }>(
  memo: M,
  p: number,
  inputs: DocumentInputs,
  askAgain: AskAgain,
  madeWithAny: (memo: M, ids: ReadonlySet<string>) => boolean,
): boolean {
  const { query } = memo;
  const delta = inputs.paragraphs[p].start - query.start;
  const readsPrevious = (query.reads & PREVIOUS_PARAGRAPH) !== 0 && p > 0;
  const readsNext = (query.reads & NEXT_PARAGRAPH) !== 0;
  if (readsPrevious && !sameNeighbour(inputs, p - 1, query.previous, query.previousStart, delta)) return false;
  if (readsNext && !sameNeighbour(inputs, p + 1, query.next, query.nextStart, delta)) return false;
  if (query.entityVersion === inputs.entityVersion) return true;
  const since = inputs.entitiesSince;
  if (!since || query.entityVersion !== since.version || since.blocked[p]) return false;
  // A neighbour's names were read too: the neighbour must be clear of the change as well.
  if ((readsPrevious && since.blocked[p - 1]) || (readsNext && since.blocked[p + 1])) return false;
  for (const { kind, key, at, answer } of query.lookups) if (askAgain(kind, key, at + delta) !== answer) return false;
  return !madeWithAny(memo, since.affected);
}

/** Notes that the reads were found valid with this analysis's entities (the next one compares with these). */
export function verified(query: QueryRecord, inputs: DocumentInputs): void {
  query.entityVersion = inputs.entityVersion;
}
