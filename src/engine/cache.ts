/** A bounded map from a paragraph's text to what was computed for it, remembering where it was. */
export class ParagraphCache<T> {
  private readonly entries = new Map<string, { start: number; value: T }>();
  constructor(private readonly capacity: number) {}

  /** The cached value and the offset it was computed at. */
  get(key: string): { start: number; value: T } | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh recency: Map iteration order is insertion order.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, start: number, value: T): void {
    this.entries.set(key, { start, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }
}
