/** Number of speaker colours contributed in package.json (`onTheRecord.speaker1`..`speaker7`), one per hue family. */
export const SPEAKER_SLOTS = 7;

/** FNV-1a: a small, deterministic string hash, so a name maps to the same colour in every session. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Gives each speaker a colour slot (1-based). A name's slot comes from its hash, so it stays the same
 * while the user edits and across documents; on a collision the later speaker (in `speakers` order,
 * normally order of first appearance) takes the next free slot. Only beyond SPEAKER_SLOTS speakers do
 * slots repeat.
 */
export function assignSpeakerColors(speakers: readonly string[], slots = SPEAKER_SLOTS): Map<string, number> {
  const assigned = new Map<string, number>();
  const taken = new Set<number>();
  for (const speaker of speakers) {
    if (assigned.has(speaker)) continue;
    const preferred = hashName(speaker.toLowerCase()) % slots;
    let slot = preferred;
    if (taken.size < slots) {
      while (taken.has(slot)) slot = (slot + 1) % slots;
    }
    taken.add(slot);
    assigned.set(speaker, slot + 1);
  }
  return assigned;
}

/**
 * Colour slots for the speakers of an analysis, in order of first appearance. Every top-level speech
 * quote counts, whatever is shown, so toggling a setting never recolours anyone.
 */
export function speakerColorsFor(quotes: ReadonlyArray<{ depth: number; usage: string; attribution: { speaker: string | null } }>): Map<string, number> {
  const speakers: string[] = [];
  for (const quote of quotes) {
    if (quote.usage === 'speech' && quote.depth === 0 && quote.attribution.speaker !== null) speakers.push(quote.attribution.speaker);
  }
  return assignSpeakerColors(speakers);
}
