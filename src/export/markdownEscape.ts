// Emphasis, code, links and images, HTML, entities, tables, strikethrough, math, headings: escaped anywhere.
const INLINE_SPECIAL = /[\\`*_[\]<>&|~$#]/g;
// Block syntax that only counts at the start of a line: list bullets, setext underlines, quote markers.
const LINE_START_SPECIAL = /^([+\-=>])/;
// "1. " or "1) " at the start of a line would begin an ordered list.
const ORDERED_LIST_START = /^(\d+)([.)])/;

/** Text that renders literally in Markdown on a single line (headings, list items, metadata). */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' '));
}

/**
 * Text that renders literally as the body of a blockquote: each line escaped,
 * paragraph breaks kept as empty quote lines.
 */
export function toMarkdownBlockquote(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map((line) => escapeLine(line.replace(/\s+/g, ' ')));
  // Leading and trailing blank lines would only render as empty quote space.
  while (lines.length > 1 && lines[0] === '') lines.shift();
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

function escapeLine(line: string): string {
  // Leading spaces would make an indented code block; trailing ones a hard break.
  const trimmed = line.trim();
  return trimmed
    .replace(INLINE_SPECIAL, (character) => `\\${character}`)
    .replace(LINE_START_SPECIAL, '\\$1')
    .replace(ORDERED_LIST_START, '$1\\$2');
}
