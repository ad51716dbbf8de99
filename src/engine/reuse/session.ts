/**
 * What the engine keeps about one document between analyses, so that the next analysis redoes only what an
 * edit changed. Each document edited has its own: editing two documents in turn never makes either start
 * over. The cache of paragraph facts, keyed by paragraph text (paragraphFacts.ts), is shared.
 */
import type { EntityIndex } from '../names/entities';
import type { WordEditMemory } from './wordEdit';
import type { ParagraphMemo } from './sieveMemo';

export interface DocumentSession extends WordEditMemory {
  /** The last entity index and the entity version it was built for: reused while the names stay the same. */
  lastIndex?: { version: number; index: EntityIndex };
  /** What entity building read last time, and the version number given to it (see `entityVersion`). */
  entityInputs: readonly string[];
  entityVersion: number;
  /**
   * The attribution sieve's decisions, by paragraph (keyed by its cached facts: the same object means the
   * same text and quotations). The document's own: another with the same paragraph decides in its own context.
   */
  memos: WeakMap<object, ParagraphMemo>;
}

export function createSession(): DocumentSession {
  return { entityInputs: [], entityVersion: 0, memos: new WeakMap() };
}

/** Numbers entity versions across all sessions, so that a version names one session's entities only. */
let lastVersionGiven = 0;

/**
 * A number that changes whenever what entity building reads from the document (each paragraph's entity
 * inputs, in order) changes, so that each paragraph compares one number with what its decisions were
 * made with. Unchanged paragraphs keep their cached strings, so most comparisons are of one object.
 */
export function entityVersion(session: DocumentSession, entityInputs: readonly string[]): number {
  const last = session.entityInputs;
  if (session.entityVersion === 0 || entityInputs.length !== last.length || entityInputs.some((inputs, i) => inputs !== last[i])) {
    session.entityVersion = ++lastVersionGiven;
  }
  session.entityInputs = entityInputs;
  return session.entityVersion;
}
