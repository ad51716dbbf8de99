/** A source's lines with their offsets, and the masked copy of its text in which only spoken words remain. */
import type { Passage } from './types';

export interface SourceLine {
  start: number;
  end: number;
  text: string;
  /** 1-based. */
  number: number;
}

export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd), number });
    if (newline < 0) break;
    start = newline + 1;
    number++;
  }
  return lines;
}

/** Builds the masked text: everything blank until `keep` copies a stretch of spoken words back. */
export class MaskedText {
  private readonly codes: Uint16Array;

  constructor(private readonly text: string) {
    this.codes = new Uint16Array(text.length).fill(SPACE);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.codes[i] = NEWLINE;
  }

  keep(start: number, end: number): void {
    for (let i = start; i < end; i++) this.codes[i] = this.text.charCodeAt(i);
  }

  toString(): string {
    // Same length as the text: a lone surrogate decodes to one U+FFFD.
    return UTF16.decode(this.codes);
  }
}

const UTF16 = new TextDecoder('utf-16le');
const SPACE = 32;
const NEWLINE = 10;

/** Collects passages: each starts where a speaker (or a cue) starts, and ends at the last spoken character. */
export class PassageBuilder {
  private readonly raw: Passage[] = [];
  private open: Passage | null = null;

  start(at: number, speaker: string | null, line: number, startMs: number | null = null, endMs: number | null = null): void {
    this.open = { start: at, end: at, speaker, startMs, endMs, line };
    this.raw.push(this.open);
  }

  /** Spoken words run to `end` (exclusive) in the current passage. */
  extend(end: number): void {
    if (this.open) this.open.end = Math.max(this.open.end, end);
  }

  get speaker(): string | null {
    return this.open?.speaker ?? null;
  }

  /** The passages that hold words, trimmed to them in the finished masked text. */
  finish(masked: string): Passage[] {
    const passages: Passage[] = [];
    for (const passage of this.raw) {
      const words = masked.slice(passage.start, passage.end);
      const trimmed = words.trim();
      if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
      const start = passage.start + words.length - words.trimStart().length;
      passages.push({ ...passage, start, end: start + trimmed.length });
    }
    return passages;
  }
}
