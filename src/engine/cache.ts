export interface CacheEntry<T> {
  /** The offset the value's spans currently refer to. */
  start: number;
  value: T;
  /** The analysis run that last used the entry (two identical paragraphs in one run need two copies). */
  run: number;
}

/** A bounded map from a paragraph's text to what was computed for it, remembering where it was. */
export class ParagraphCache<T> {
  private readonly entries = new Map<string, CacheEntry<T>>();
  constructor(private readonly capacity: number) {}

  /** The cached entry; its value's offsets are those of `start`. */
  get(key: string): CacheEntry<T> | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh recency: Map iteration order is insertion order.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, start: number, value: T, run: number): void {
    this.entries.set(key, { start, value, run });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }
}
