import { detached } from '../detach';

export interface CacheEntry<T> {
  /** The offset the value's spans currently refer to. */
  start: number;
  value: T;
  /** The analysis run that last used the entry (two identical paragraphs in one run need two copies). */
  run: number;
  /** What else the value depends on besides the paragraph's text (where its quotations are). */
  variant: string;
}

/**
 * A bounded map from a paragraph's text to what was computed for it, remembering where it was. Keyed by
 * the text alone so a lookup hashes the paragraph as it stands instead of building a longer key.
 */
export class ParagraphCache<T> {
  private readonly entries = new Map<string, CacheEntry<T>>();
  constructor(private readonly capacity: number) {}

  /** The cached entry for this text and variant; its value's offsets are those of `entry.start`. */
  get(text: string, variant: string): CacheEntry<T> | undefined {
    const hit = this.entries.get(text);
    return hit && hit.variant === variant ? hit : undefined;
  }

  set(text: string, variant: string, start: number, value: T, run: number): CacheEntry<T> {
    const entry = { start, value, run, variant: detached(variant) };
    this.entries.set(detached(text), entry);
    if (this.entries.size > this.capacity) this.evictOldest();
    return entry;
  }

  /** Drops the quarter of the entries used longest ago (rare: only past `capacity` distinct paragraphs). */
  private evictOldest(): void {
    const byAge = [...this.entries].sort((a, b) => a[1].run - b[1].run);
    for (const [text] of byAge.slice(0, Math.ceil(this.capacity / 4))) this.entries.delete(text);
  }

  clear(): void {
    this.entries.clear();
  }
}
