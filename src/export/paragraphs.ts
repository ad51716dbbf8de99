import type { Span } from '../engine/types';

const PARAGRAPH_BREAK = /\r?\n[ \t]*\r?\n/g;

/** The blank-line breaks between a text's paragraphs, found once, so many look-ups stay cheap. */
export class ParagraphBreaks {
  private readonly breaks: Span[] = [];

  constructor(private readonly text: string) {
    for (const match of text.matchAll(PARAGRAPH_BREAK)) {
      const start = match.index ?? 0;
      this.breaks.push({ start, end: start + match[0].length });
    }
  }

  /** The paragraph (or run of paragraphs) around `span`: from the break before it to the first break after it. */
  around(span: Span): Span {
    const before = this.lastBreakEndingBy(span.start);
    let after = before + 1;
    while (after < this.breaks.length && this.breaks[after].start < span.end) after++;
    return {
      start: before >= 0 ? this.breaks[before].end : 0,
      end: after < this.breaks.length ? this.breaks[after].start : this.text.length,
    };
  }

  /** The breaks lying inside `span`, in order. */
  inside(span: Span): Span[] {
    const inside: Span[] = [];
    for (let i = this.lastBreakEndingBy(span.start) + 1; i < this.breaks.length && this.breaks[i].start < span.end; i++) {
      if (this.breaks[i].end <= span.end) inside.push(this.breaks[i]);
    }
    return inside;
  }

  private lastBreakEndingBy(offset: number): number {
    let low = -1;
    let high = this.breaks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.breaks[middle].end <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
