/** Paragraphs, and Markdown's non-article parts masked out (offsets are kept: masked text has the same length). */
import type { Span } from '../types';
import { changedStretch } from './textDiff';

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * Replaces code blocks, inline code, front matter, HTML comments, link targets and bare URLs with spaces,
 * so the scanners never see them, while every offset stays where it was.
 */
export function maskMarkdown(text: string): string {
  let masked = text;
  const replace = (pattern: RegExp, keep?: (match: string, ...groups: string[]) => string): void => {
    masked = masked.replace(pattern, (match: string, ...groups: string[]) => (keep ? keep(match, ...groups) : blank(match)));
  };
  replace(/^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/); // front matter (only at the very start)
  replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[ \t]*$|(?![\s\S]))/gm); // fenced code
  replace(/<!--[\s\S]*?(?:-->|(?![\s\S]))/g); // HTML comments
  replace(/^(?: {4}|\t)[^\n]*$/gm, (line) => (line.trim() ? blank(line) : line)); // indented code
  masked = maskInlineCode(masked);
  // Link targets. A target holds no `]` and a title no line break, so a run of `](` costs one step each.
  replace(/(\]\()([^)\s\]]*)((?:[ \t]+"[^"\n\]]*")?\))/g, (_m, open: string, url: string, title: string) => open + blank(url) + blank(title));
  replace(/^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$/gm); // reference definitions (one line each)
  replace(HTML_TAG); // HTML tags
  replace(URL); // bare URLs
  return masked;
}

/**
 * Inline code: a run of backticks up to the next run of the same length in its paragraph (CommonMark).
 * Runs are found once and paired through a table of the runs still ahead by length, so an unclosed run
 * costs nothing more than reading it: no rescanning to the end for every backtick.
 */
function maskInlineCode(text: string): string {
  if (!text.includes('`')) return text;
  const runs: { at: number; length: number; paragraph: number }[] = [];
  let paragraph = 0;
  for (const m of text.matchAll(/`+|\n[ \t]*(?=\n)/g)) {
    if (m[0][0] === '\n') paragraph++;
    else runs.push({ at: m.index!, length: m[0].length, paragraph });
  }
  // For each run, the index of the next run of the same length (-1: none), read from the end.
  const nextSame = new Array<number>(runs.length).fill(-1);
  const lastSeen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    nextSame[i] = lastSeen.get(runs[i].length) ?? -1;
    lastSeen.set(runs[i].length, i);
  }
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < runs.length; i++) {
    const close = nextSame[i];
    if (close < 0 || runs[close].paragraph !== runs[i].paragraph) continue;
    const from = runs[i].at;
    const to = runs[close].at + runs[close].length;
    if (/^\s*$/.test(text.slice(from + runs[i].length, runs[close].at))) continue; // only spaces: not code
    parts.push(text.slice(copied, from), blank(text.slice(from, to)));
    copied = to;
    i = close; // the runs inside are code
  }
  return parts.length ? parts.join('') + text.slice(copied) : text;
}

const HTML_TAG = /<[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<\/[a-z][a-z0-9-]*>/gi;
const URL = /\bhttps?:\/\/[^\s<>()"“”]+/g;

/** Plain text pasted from the web keeps URLs and tags (<tweet author="…">): not article words either. */
export function maskPlainText(text: string): string {
  let masked = text;
  if (masked.includes('<')) masked = masked.replace(HTML_TAG, blank);
  if (masked.includes('://')) masked = masked.replace(URL, blank);
  return masked;
}

/**
 * `maskPlainText(text)` for a text that differs from `previous.text` in one stretch, without scanning it
 * all again: when the blank-line-delimited block around the change holds no tag or URL (and no tag is
 * open before it), masking it changes nothing, and the rest is masked as it was.
 */
export function maskPlainTextAfterEdit(previous: { text: string; masked: string }, text: string): string {
  const { start, oldEnd, newEnd } = changedStretch(previous.text, text);
  // A blank line wholly before the change (one that ends inside it would start the block in changed text).
  const blockStart = (t: string, at: number): number => {
    const i = at >= 2 ? t.lastIndexOf('\n\n', at - 2) : -1;
    return i < 0 ? 0 : i + 2;
  };
  const blockEnd = (t: string, at: number): number => {
    const i = t.indexOf('\n\n', at);
    return i < 0 ? t.length : i;
  };
  const from = blockStart(text, start);
  const toNew = blockEnd(text, newEnd);
  const toOld = blockEnd(previous.text, oldEnd);
  const plain = (block: string): boolean => !/[<>]|:\/\//.test(block);
  if (!plain(text.slice(from, toNew)) || !plain(previous.text.slice(from, toOld))) return maskPlainText(text);
  if (text.lastIndexOf('<', from) > text.lastIndexOf('>', from)) return maskPlainText(text); // a tag open across the block
  return previous.masked.slice(0, from) + text.slice(from, toNew) + previous.masked.slice(toOld);
}

const ENDS_PARAGRAPH = /[.!?:"”’»)\]]\s*$/;
const STARTS_PARAGRAPH = /^\s*(?:["“‘'«#>*\-\d]|\p{Lu})/u;

/**
 * Paragraphs: blank lines separate them, and so does a line break after a finished sentence when the
 * next line starts a new one (drafts that put one paragraph per line). A hard-wrapped line continues.
 */
export function paragraphs(text: string): Span[] {
  const result: Span[] = [];
  let start = -1;
  let end = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      if (start >= 0) result.push({ start, end });
      start = -1;
    } else {
      const previous = start >= 0 ? text.slice(start, end) : '';
      const breaks = start >= 0 && ENDS_PARAGRAPH.test(previous) && STARTS_PARAGRAPH.test(line);
      if (breaks) result.push({ start, end });
      if (start < 0 || breaks) start = lineStart + (line.length - line.trimStart().length);
      end = lineStart + line.trimEnd().length;
    }
    lineStart = lineEnd + 1;
  }
  if (start >= 0) result.push({ start, end });
  return result;
}
