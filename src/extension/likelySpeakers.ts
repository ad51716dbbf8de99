import type { Analysis, Entity, Quote } from '../engine/types';

/**
 * The document's people and organizations, most likely speaker of `quote` first: the current speaker,
 * then by how near their nearest mention is (a mention before the quote counts as twice as near).
 */
export function likelySpeakers(analysis: Analysis, quote: Quote): Entity[] {
  const distance = (entity: Entity): number => {
    if (entity.id === quote.attribution.entityId) return -1;
    let best = Infinity;
    for (const m of entity.mentions) {
      const d = m.end <= quote.outer.start ? quote.outer.start - m.end : m.start >= quote.outer.end ? 2 * (m.start - quote.outer.end) : 0;
      if (d < best) best = d;
    }
    return best;
  };
  return analysis.entities
    .filter((e) => e.type !== 'place')
    .map((entity) => ({ entity, d: distance(entity) }))
    .sort((a, b) => a.d - b.d)
    .map(({ entity }) => entity);
}
