/**
 * The quotation-mark scanner: pairs marks into quotations across a paragraph, and across paragraphs for
 * the news convention (each paragraph opens with a mark, only the last one closes). Apostrophes are told
 * apart from single quotes by their neighbours; an unpaired mark is reported and never runs past its paragraph.
 */
import type { Problem, Span } from '../types';

export interface MarkedQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark. */
  close: number;
  /** The words inside the marks, edge spaces trimmed. */
  start: number;
  end: number;
  depth: number;
  multiParagraph: boolean;
}

type Family = 'double' | 'single' | 'guillemet';

interface OpenMark {
  family: Family;
  at: number;
  /** Set when the quote continued from an earlier paragraph. */
  multiParagraph: boolean;
  /** Characters in the mark: 2 for typewriter doubles ('' and ``). */
  width?: number;
  /** The opening character, where it decides the closing one („…“, ‚…‘, »…«). */
  char?: string;
}

/** Closing marks of the German and reversed-guillemet styles, keyed by their opening mark. */
const CLOSES: Record<string, string> = { '„': '“', '‚': '‘', '»': '«' };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/"“‘'«]/;
/** Words that begin with an apostrophe: the '90s, rock 'n' roll, 'em, 'til, 'cause. */
const LEADING_APOSTROPHE = /^(?:\d\d?s?\b|n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b)/i;

function familyOfOpening(ch: string): Family | null {
  if (ch === '“' || ch === '„') return 'double';
  if (ch === '‘' || ch === '‚') return 'single';
  if (ch === '«') return 'guillemet';
  return null;
}

/** Whether the paragraph opens with the single mark that `at` opened, before a letter: `'There was …`. */
function reopensSingle(text: string, at: number, paragraph: Span): boolean {
  const mark = text[paragraph.start];
  if (mark !== text[at] || (mark !== "'" && mark !== '‘')) return false;
  const after = text.slice(paragraph.start + 1, paragraph.start + 6);
  return /^\p{L}/u.test(after) && !LEADING_APOSTROPHE.test(after);
}

/**
 * Quotations nested deeper than this are not read as quotations of their own (news nests two or three): their
 * marks still pair, so the quotations around them keep their bounds. A generated text of thousands of nested
 * marks would otherwise make thousands of quotations, each holding nearly the whole text.
 */
export const MAX_QUOTE_DEPTH = 6;

/** Every character that may be a quotation mark (or half of a typewriter double). */
const MARK = /["“”„‘’‚'«»`]/g;

export interface ScanResult {
  quotes: MarkedQuote[];
  problems: Problem[];
}

/** Finds quotations in `text` paragraph by paragraph. `paragraphs` must be in order and not overlap. */
export function scanQuotes(text: string, paragraphs: Span[]): ScanResult {
  const quotes: MarkedQuote[] = [];
  const problems: Problem[] = [];
  let carried: OpenMark | null = null;

  let tooDeep: number | null = null;
  const emit = (mark: OpenMark, closeAt: number, depth: number, closeWidth = 1): void => {
    if (depth >= MAX_QUOTE_DEPTH) {
      tooDeep ??= mark.at;
      return;
    }
    let start = mark.at + (mark.width ?? 1);
    let end = closeAt;
    while (start < end && SPACE.test(text[start])) start++;
    while (end > start && SPACE.test(text[end - 1])) end--;
    if (end > start) quotes.push({ open: mark.at, close: closeAt + closeWidth, start, end, depth, multiParagraph: mark.multiParagraph });
  };
  const unbalanced = (at: number, message: string): void => {
    problems.push({ kind: 'unbalanced-quote', start: at, end: at + 1, message });
  };

  paragraphs.forEach((paragraph, index) => {
    const stack: OpenMark[] = [];
    // How many marks of each family the stack holds, so that asking is not a walk down a deep stack.
    const open: Record<Family, number> = { double: 0, single: 0, guillemet: 0 };
    const push = (mark: OpenMark): void => {
      stack.push(mark);
      open[mark.family]++;
    };
    let from = paragraph.start;
    if (carried) {
      // The paragraph re-opens the quote that the previous one left open.
      push(carried);
      from = paragraph.start + 1;
      carried = null;
    }
    const topIs = (family: Family): boolean => stack.length > 0 && stack[stack.length - 1].family === family;
    const closeFamily = (family: Family, at: number, width = 1): boolean => {
      if (open[family] === 0) return false;
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i].family !== family) continue;
        const mark = stack[i];
        for (let k = i; k < stack.length; k++) open[stack[k].family]--;
        stack.length = i; // inner marks left open were apostrophes or typos
        emit(mark, at, i, width);
        return true;
      }
      return false;
    };

    MARK.lastIndex = from;
    for (let found = MARK.exec(text); found && found.index < paragraph.end; found = MARK.exec(text)) {
      const i = found.index;
      let ch = text[i];
      // Typewriter doubles: ``like this'' and ''like this'' stand for double quotation marks.
      const doubled = (ch === "'" || ch === '`') && text[i + 1] === ch;
      if (ch === '`' && !doubled) continue;
      const width = doubled ? 2 : 1;
      MARK.lastIndex = i + width;
      if (doubled) ch = ch === '`' ? '“' : '"';
      const prev = i > paragraph.start ? text[i - 1] : ' ';
      const next = i + width < paragraph.end ? text[i + width] : ' ';
      const canOpen = OPENING_CONTEXT.test(prev) && !SPACE.test(next);
      const canClose = !SPACE.test(prev) || i + width >= paragraph.end;

      const top = stack[stack.length - 1];
      if (top?.char && CLOSES[top.char] === ch) {
        closeFamily(top.family, i);
        continue;
      }
      if (ch === '»' && open.guillemet === 0 && canOpen) {
        push({ family: 'guillemet', at: i, multiParagraph: false, char: ch }); // »Swiss and German style«
        continue;
      }
      const opening = familyOfOpening(ch);
      if (opening === 'single' && LEADING_APOSTROPHE.test(text.slice(i + 1, i + 6))) continue;
      if (opening === 'double' && canClose && !canOpen && open.double > 0) {
        closeFamily('double', i, width); // an opening mark typed where the closing one belongs: `…51 percent.“`
        continue;
      }
      if (opening) {
        push({ family: opening, at: i, multiParagraph: false, width, char: ch });
        continue;
      }
      if (ch === '”' || ch === '»') {
        const family: Family = ch === '”' ? 'double' : 'guillemet';
        if (!closeFamily(family, i)) {
          if (canOpen && !canClose) push({ family, at: i, multiParagraph: false }); // a closing mark typed as an opener
          else unbalanced(i, `Closing quotation mark ${ch} has no opening mark.`);
        }
        continue;
      }
      if (ch === '"') {
        const hasOpen = open.double > 0;
        if (hasOpen && (canClose || !canOpen)) closeFamily('double', i, width);
        else if (canOpen) push({ family: 'double', at: i, multiParagraph: false, width });
        else if (!/\d/.test(prev)) unbalanced(i, 'Quotation mark " has no opening mark.'); // 5'10" is inches
        continue;
      }
      // ’ or ': an apostrophe between letters (don't, Guaidó's), a closing single quote, or an opening one.
      if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) continue;
      if (ch === "'" && canOpen && !LEADING_APOSTROPHE.test(text.slice(i + 1, i + 6)) && LETTER_OR_DIGIT.test(next)) {
        push({ family: 'single', at: i, multiParagraph: false });
        continue;
      }
      if (canClose && topIs('single')) closeFamily('single', i);
      else if (canClose && open.single > 0 && !LETTER_OR_DIGIT.test(next)) closeFamily('single', i);
      // otherwise a possessive (the players' union) or an elision: not a mark
    }

    // Whatever is still open at the paragraph's end.
    const nextParagraph = paragraphs[index + 1];
    for (let depth = 0; depth < stack.length; depth++) {
      const mark = stack[depth];
      if (mark.family === 'single') {
        // British style: 'The river's the colour of tea. … ¶ 'There was an old fella …' goes on in the next
        // paragraph, which opens with the same mark. Otherwise an apostrophe we could not tell apart: no warning.
        if (depth === 0 && nextParagraph !== undefined && reopensSingle(text, mark.at, nextParagraph)) {
          carried = { ...mark, multiParagraph: true };
          break;
        }
        continue;
      }
      const reopens = nextParagraph !== undefined && depth === 0 && familyOfOpening(text[nextParagraph.start]) === mark.family;
      const reopensStraight = nextParagraph !== undefined && depth === 0 && mark.family === 'double' && text[nextParagraph.start] === '"';
      // A quotation goes on in the next paragraph with a mark of its own kind: a typewriter mark opening paragraphs
      // of curly quotes (or the reverse) sets off an excerpt paragraph by paragraph, and each stands alone.
      const sameStyle = nextParagraph !== undefined && (text[mark.at] === '"') === (text[nextParagraph.start] === '"');
      if ((reopens || reopensStraight) && sameStyle) {
        carried = { ...mark, multiParagraph: true };
      } else {
        if (reopens || reopensStraight) {
          // Each paragraph of the excerpt is quoted to its end.
          let end = paragraph.end;
          while (end > mark.at && SPACE.test(text[end - 1])) end--;
          emit(mark, end, depth, 0);
        }
        unbalanced(mark.at, `Quotation mark ${text[mark.at]} is not closed before the end of its paragraph.`);
      }
      break; // inner marks of an unclosed outer quote are not reported twice
    }
  });
  if (carried) unbalanced((carried as OpenMark).at, 'Quotation runs to the end of the document without a closing mark.');
  if (tooDeep !== null) {
    problems.push({
      kind: 'unbalanced-quote',
      start: tooDeep,
      end: tooDeep + 1,
      message: `Quotations are nested more than ${MAX_QUOTE_DEPTH} deep here: the inner ones are not read as quotations.`,
    });
  }

  quotes.sort((a, b) => a.open - b.open);
  return { quotes, problems };
}
