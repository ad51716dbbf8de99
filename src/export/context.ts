import type { Span } from '../engine/types';

/** Contexts longer than this are narrowed to the sentences around the quote, then cut. */
const MAX_CONTEXT = 400;
/** Characters kept on each side of the quote when a context has to be cut. */
const CUT_MARGIN = 120;

const PARAGRAPH_BREAK = /\r?\n[ \t]*\r?\n/g;
// A sentence ends at . ! or ? (possibly followed by closing marks) before whitespace.
const SENTENCE_END = /[.!?]["'”’»)\]]*\s+/g;

/** The paragraph around `span` (sentences around it when the paragraph is long), whitespace collapsed and trimmed. */
export function contextAround(text: string, span: Span): string {
  const paragraph = paragraphAround(text, span);
  if (paragraph.end - paragraph.start <= MAX_CONTEXT) return collapse(text.slice(paragraph.start, paragraph.end));

  const sentences = sentencesAround(text, span, paragraph);
  if (sentences.end - sentences.start <= MAX_CONTEXT) return collapse(text.slice(sentences.start, sentences.end));

  return cutAround(text, span, sentences);
}

function paragraphAround(text: string, span: Span): Span {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    const breakStart = match.index ?? 0;
    const breakEnd = breakStart + match[0].length;
    if (breakEnd <= span.start) start = breakEnd;
    else if (breakStart >= span.end) {
      end = breakStart;
      break;
    }
  }
  return { start, end };
}

function sentencesAround(text: string, span: Span, within: Span): Span {
  let start = within.start;
  let end = within.end;
  const region = text.slice(within.start, within.end);
  for (const match of region.matchAll(SENTENCE_END)) {
    const boundary = within.start + (match.index ?? 0) + match[0].length;
    const punctuation = within.start + (match.index ?? 0);
    if (boundary <= span.start) start = boundary;
    else if (punctuation >= span.end) {
      end = boundary;
      break;
    }
  }
  return { start, end };
}

function cutAround(text: string, span: Span, within: Span): string {
  let start = Math.max(within.start, span.start - CUT_MARGIN);
  let end = Math.min(within.end, span.end + CUT_MARGIN);
  if (start > within.start) start = nextWordStart(text, start, span.start);
  if (end < within.end) end = previousWordEnd(text, end, span.end);
  const prefix = start > within.start ? '… ' : '';
  const suffix = end < within.end ? ' …' : '';
  return prefix + collapse(text.slice(start, end)) + suffix;
}

function nextWordStart(text: string, from: number, limit: number): number {
  const space = text.slice(from, limit).search(/\s/);
  return space < 0 ? from : from + space + 1;
}

function previousWordEnd(text: string, to: number, limit: number): number {
  const space = text.slice(limit, to).search(/\s\S*$/);
  return space < 0 ? to : limit + space;
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
