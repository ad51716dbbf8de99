import type { Analysis, Entity, Mention, Quote } from '../engine/types';

interface MentionIndex {
  /** Mentions that belong to an entity, sorted by start. */
  mentions: Mention[];
  entities: Map<string, Entity>;
}

// Built on first hover and kept for as long as the analysis object lives.
const indexes = new WeakMap<Analysis, MentionIndex>();

function indexFor(analysis: Analysis): MentionIndex {
  let index = indexes.get(analysis);
  if (!index) {
    const mentions = analysis.entities.flatMap((e) => e.mentions).filter((m) => m.entityId !== null);
    mentions.sort((a, b) => a.start - b.start);
    index = { mentions, entities: new Map(analysis.entities.map((e) => [e.id, e])) };
    indexes.set(analysis, index);
  }
  return index;
}

/** The entity mention covering `offset` (start inclusive, end exclusive), with its entity. */
export function mentionAt(analysis: Analysis, offset: number): { mention: Mention; entity: Entity } | undefined {
  const { mentions, entities } = indexFor(analysis);
  // Binary search for the last mention starting at or before the offset.
  let low = 0;
  let high = mentions.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (mentions[mid].start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  // Mentions do not nest in practice, but step back a little in case one does.
  for (let i = found; i >= 0 && i >= found - 3; i--) {
    const mention = mentions[i];
    if (offset < mention.end) {
      const entity = mention.entityId === null ? undefined : entities.get(mention.entityId);
      if (entity) return { mention, entity };
    }
  }
  return undefined;
}

/**
 * The innermost quote whose marks enclose `offset`. The end is inclusive so that hovering the label
 * drawn right after the closing mark still finds its quote.
 */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  let best: Quote | undefined;
  for (const quote of quotes) {
    if (quote.outer.start <= offset && offset <= quote.outer.end && (best === undefined || quote.depth > best.depth)) best = quote;
  }
  return best;
}
