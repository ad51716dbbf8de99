import type { Span } from '../engine/types';
import { ParagraphBreaks } from './paragraphs';

/** Contexts longer than this are narrowed to the sentences around the quote, then cut. */
const MAX_CONTEXT = 400;
/** How far from the quote sentence boundaries are looked for, so huge paragraphs cost no more than small ones. */
const SENTENCE_SEARCH = 1000;
/** Characters kept on each side of the quote when a context has to be cut. */
const CUT_MARGIN = 120;

// A sentence ends at . ! or ? (possibly followed by closing marks) before whitespace.
const SENTENCE_END = /[.!?]["'”’»)\]]*\s+/g;

/** Finds the text around quotes of one document; paragraph breaks are found once, so many quotes stay cheap. */
export class ContextFinder {
  private readonly paragraphs: ParagraphBreaks;

  constructor(private readonly text: string) {
    this.paragraphs = new ParagraphBreaks(text);
  }

  /** The paragraph around `span` (sentences around it when the paragraph is long), whitespace collapsed and trimmed. */
  around(span: Span): string {
    const paragraph = this.paragraphs.around(span);
    if (paragraph.end - paragraph.start <= MAX_CONTEXT) return collapse(this.text.slice(paragraph.start, paragraph.end));

    const sentences = this.sentencesAround(span, paragraph);
    if (sentences.end - sentences.start <= MAX_CONTEXT) return collapse(this.text.slice(sentences.start, sentences.end));

    return this.cutAround(span, sentences);
  }

  private sentencesAround(span: Span, paragraph: Span): Span {
    const window = {
      start: Math.max(paragraph.start, span.start - SENTENCE_SEARCH),
      end: Math.min(paragraph.end, span.end + SENTENCE_SEARCH),
    };
    let start = window.start;
    let end = window.end;
    for (const match of this.text.slice(window.start, window.end).matchAll(SENTENCE_END)) {
      const punctuation = window.start + (match.index ?? 0);
      const boundary = punctuation + match[0].length;
      if (boundary <= span.start) start = boundary;
      else if (punctuation >= span.end) {
        end = boundary;
        break;
      }
    }
    return { start, end };
  }

  private cutAround(span: Span, sentences: Span): string {
    let start = Math.max(sentences.start, span.start - CUT_MARGIN);
    let end = Math.min(sentences.end, span.end + CUT_MARGIN);
    if (start > sentences.start) start = this.nextWordStart(start, span.start);
    if (end < sentences.end) end = this.previousWordEnd(end, span.end);
    const prefix = start > sentences.start ? '… ' : '';
    const suffix = end < sentences.end ? ' …' : '';
    return prefix + collapse(this.text.slice(start, end)) + suffix;
  }

  private nextWordStart(from: number, limit: number): number {
    const space = this.text.slice(from, limit).search(/\s/);
    return space < 0 ? from : from + space + 1;
  }

  private previousWordEnd(to: number, limit: number): number {
    const space = this.text.slice(limit, to).search(/\s\S*$/);
    return space < 0 ? to : limit + space;
  }
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
