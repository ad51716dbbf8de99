/**
 * The engine's entry: text in, Analysis out. Per-paragraph work (name chunks) is cached by the paragraph's
 * text, so re-analysing after a small edit redoes only the paragraphs that changed; the document-level
 * passes (clustering, coreference, the attribution sieve) are cheap and run every time.
 */
import type { Analysis, AnalyzeOptions, Problem, Quote } from './types';
import { maskMarkdown, maskPlainText, paragraphs as findParagraphs } from './segment';
import { scanQuotes, type MarkedQuote } from './quotes';
import { buildEntities, toEntity, type EntityIndex } from './entities';
import { attribute, UNATTRIBUTED, type DocumentLayout } from './attribution';
import { detectReportedSpeech } from './reported';
import { lineStarts, lineOf } from './lines';
import { isTitleCase, paragraphFacts, startRun, type ParagraphFacts } from './paragraphFacts';
import { spansTouching } from './spans';
import { quoteUsage } from './usage';
import { reuseAfterWordEdit, type LastRun } from './wordEdit';

const DEFAULT_MAX_LENGTH = 50_000_000;

const describeSize = (chars: number): string =>
  chars < 10_000 ? `${chars} characters` : chars < 10_000_000 ? `${Math.round(chars / 1024)} KB` : `${(chars / 1024 / 1024).toFixed(1)} MB`;

/** The last analysis, to recognise the next call as a keystroke inside a word (see wordEdit.ts). */
let lastRun: LastRun | undefined;
/** How many analyses took the typing fast path and how many ran in full (the tests check the fast path is taken). */
export const analysisCounts = { reused: 0, full: 0 };

const languageOf = (options: AnalyzeOptions): 'markdown' | 'plaintext' => (options.language === 'markdown' ? 'markdown' : 'plaintext');
const optionsKeyOf = (options: AnalyzeOptions, maxLength: number): string => `${languageOf(options)}|${maxLength}|${options.reported !== false}`;

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (lastRun && input.length <= maxLength) {
    const reused = reuseAfterWordEdit(lastRun, input, optionsKeyOf(options, maxLength), languageOf(options));
    if (reused) {
      lastRun = reused.lastRun;
      analysisCounts.reused++;
      return reused.analysis;
    }
  }
  return analyzeFully(input, options);
}

/** The whole pipeline, without the typing fast path (the differential test compares the two). */
export function analyzeFully(input: string, options: AnalyzeOptions = {}): Analysis {
  startRun();
  analysisCounts.full++;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const problems: Problem[] = [];
  let text = input;
  if (input.length > maxLength) {
    // Cut at a paragraph break so no quotation is cut in half.
    const cut = input.lastIndexOf('\n\n', maxLength);
    text = input.slice(0, cut > maxLength / 2 ? cut : maxLength);
    problems.push({
      kind: 'truncated',
      start: text.length,
      end: input.length,
      message: `Only the first ${describeSize(text.length)} of ${describeSize(input.length)} were analysed.`,
    });
  }
  const masked = options.language === 'markdown' ? maskMarkdown(text) : maskPlainText(text);
  const paragraphs = findParagraphs(masked);
  const scan = scanQuotes(masked, paragraphs);
  problems.push(...scan.problems);
  const outer = scan.quotes.filter((q) => q.depth === 0).map((q) => ({ start: q.open, end: q.close }));
  const allOuter = scan.quotes.map((q) => ({ start: q.open, end: q.close }));

  // Body paragraphs first: headlines in title case are read with the names the body taught us.
  const facts: (ParagraphFacts | undefined)[] = new Array(paragraphs.length);
  const headlineCandidates: number[] = [];
  paragraphs.forEach((p, i) => {
    if (isTitleCase(masked, p)) headlineCandidates.push(i);
    else facts[i] = paragraphFacts(masked, p, spansTouching(allOuter, outer, p), spansTouching(outer, outer, p), undefined);
  });
  const knownNameWords = new Set<string>();
  if (headlineCandidates.length) {
    for (const f of facts) for (const c of f?.chunks ?? []) if (c.type !== 'unknown' || c.role) for (const w of c.words) knownNameWords.add(w.toLowerCase());
  }
  for (const i of headlineCandidates) facts[i] = paragraphFacts(masked, paragraphs[i], spansTouching(allOuter, outer, paragraphs[i]), spansTouching(outer, outer, paragraphs[i]), knownNameWords);

  const headlineSpans = headlineCandidates.map((i) => paragraphs[i]);
  const chunks = facts.flatMap((f) => f!.chunks);
  const speakerWords = new Set(facts.flatMap((f) => f!.speakerWords));
  const index: EntityIndex = buildEntities(chunks, speakerWords);
  const layout: DocumentLayout = {
    text: masked,
    paragraphs,
    sentences: facts.map((f) => f!.sentences),
    tokens: facts.map((f) => f!.tokens),
    cues: facts.map((f) => f!.cues),
    quoteOnly: facts.map((f) => f!.quoteOnly),
  };
  const sieve = attribute(layout, scan.quotes, index);
  for (const m of sieve.resolvedMentions) index.byId.get(m.entityId!)?.mentions.push(m);

  const starts = lineStarts(text);
  const quotes: Quote[] = scan.quotes.map((q: MarkedQuote) => {
    const quoted = text.slice(q.start, q.end);
    const attribution = sieve.attributions.get(q)!;
    // Inside a headline capitals say nothing, unless the quotation is the whole line: a quoted section
    // heading ('Legend in the Coal Fields.') is a title.
    const inHeadline = headlineSpans.some((h) => q.open >= h.start && q.open < h.end && !(q.open <= h.start && q.close >= h.end));
    const usage = quoteUsage(quoted, attribution, inHeadline);
    return {
      start: q.start,
      end: q.end,
      text: quoted,
      kind: 'direct',
      usage,
      outer: { start: q.open, end: q.close },
      line: lineOf(starts, q.start),
      depth: q.depth,
      multiParagraph: q.multiParagraph,
      // Nobody is credited with a title or a scare quote that only borrowed a neighbour's speaker.
      attribution: usage === 'speech' || attribution.cue ? attribution : UNATTRIBUTED(`${usage === 'title' ? 'title of a work' : 'scare quote'}`),
    };
  });
  if (options.reported !== false) {
    for (const r of detectReportedSpeech(layout, outer, sieve.speechEvents)) {
      quotes.push({ ...r, text: text.slice(r.start, r.end), line: lineOf(starts, r.start) });
    }
    quotes.sort((a, b) => a.start - b.start);
  }
  const entities = index.entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => toEntity(e, text));
  const analysis: Analysis = { quotes, entities, problems, analyzedLength: text.length, textLength: input.length };
  lastRun = { input, optionsKey: optionsKeyOf(options, maxLength), masked, paragraphs, allOuter, outer, analysis };
  return analysis;
}
