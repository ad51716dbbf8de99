/**
 * The engine's entry: text in, Analysis out. Per-paragraph work (name chunks) is cached by the paragraph's
 * text, so re-analysing after a small edit redoes only the paragraphs that changed; the document-level
 * passes (clustering, coreference, the attribution sieve) are cheap and run every time.
 */
import type { Analysis, AnalyzeOptions, Problem, Quote, Span } from './types';
import { maskMarkdown, maskPlainText, paragraphs as findParagraphs } from './segment';
import { scanQuotes, type MarkedQuote } from './quotes';
import { sentences as findSentences, tokenize, type Token } from './tokens';
import { findNameChunks, type NameChunk } from './names';
import { buildEntities, toEntity, type EntityIndex } from './entities';
import { attribute, cueCandidates, findCues, isQuoteOnly, UNATTRIBUTED, type DocumentLayout } from './attribution';
import { MentionLookup } from './speakers';
import { detectReportedSpeech } from './reported';
import { lineStarts, lineOf } from './lines';
import { ParagraphCache } from './cache';
import { spansTouching } from './spans';
import { quoteUsage } from './usage';

const DEFAULT_MAX_LENGTH = 50_000_000;

const HEADLINE_MAX_LENGTH = 300;

/** Title-case lines (headlines): short, most longer words capitalised, and no sentence-final stop. */
function isTitleCase(text: string, paragraph: Span): boolean {
  if (paragraph.end - paragraph.start > HEADLINE_MAX_LENGTH) return false;
  const line = text.slice(paragraph.start, paragraph.end);
  // A final stop ends a sentence, unless it closes a quotation in the headline ('…in Their Heads.').
  if (/[.!?]["”’]?\s*$/.test(line) && !/[‘'"“][^‘'"“]*[.!?]["”’]\s*$/.test(line)) return false;
  const words = line.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.7;
}

interface ParagraphFacts {
  sentences: Span[];
  /** Tokens of each sentence with every top-level quotation collapsed into one token. */
  tokens: Token[][];
  cues: number[][];
  quoteOnly: boolean;
  chunks: NameChunk[];
  titleCase: boolean;
  /** Lone capitalised words right before a speech verb ("Caddell continued"). */
  speakerWords: string[];
}

const cache = new ParagraphCache<ParagraphFacts>(20_000);
const NO_NAMES = new MentionLookup([]);

/** A copy of `facts` moved by `delta` characters. */
function shiftedCopy(facts: ParagraphFacts, delta: number): ParagraphFacts {
  const move = <T extends Span>(s: T): T => ({ ...s, start: s.start + delta, end: s.end + delta });
  return {
    ...facts,
    sentences: facts.sentences.map(move),
    tokens: facts.tokens.map((sentence) => sentence.map(move)),
    chunks: facts.chunks.map((c) => ({ ...move(c), role: c.role ? move(c.role) : null, appositive: c.appositive ? move(c.appositive) : null })),
  };
}

/**
 * Moves cached facts in place: after an edit every later paragraph moves, and allocating new objects for
 * all of them is most of the cost of re-analysis.
 */
function shiftInPlace(facts: ParagraphFacts, delta: number): void {
  if (delta === 0) return;
  const move = (s: Span | null): void => {
    if (s) {
      s.start += delta;
      s.end += delta;
    }
  };
  facts.sentences.forEach(move);
  for (const sentence of facts.tokens) sentence.forEach(move);
  for (const c of facts.chunks) {
    move(c);
    move(c.role);
    move(c.appositive);
  }
}

let currentRun = 0;

/**
 * `quotes`: the quotation spans (marks included) that touch this paragraph; `topLevel`: those of them that
 * are not inside another quotation.
 */
function paragraphFacts(text: string, paragraph: Span, quotes: Span[], topLevel: Span[], knownNameWords: ReadonlySet<string> | undefined): ParagraphFacts {
  const body = text.slice(paragraph.start, paragraph.end);
  const titleCase = knownNameWords !== undefined;
  const relative = (spans: Span[]): string => spans.map((q) => `${q.start - paragraph.start}:${q.end - paragraph.start}`).join(',');
  // A headline is read with the names the body taught us: which of its words those are is part of its key.
  const namesInHeadline = titleCase
    ? tokenize(text, paragraph.start, paragraph.end).filter((t) => t.kind === 'word' && knownNameWords.has(t.lower)).map((t) => t.lower).join(' ')
    : '';
  const variant = `${relative(quotes)}|${relative(topLevel)}|${titleCase ? `T:${namesInHeadline}` : ''}`;
  const cached = cache.get(body, variant);
  if (cached) {
    const delta = paragraph.start - cached.start;
    // The same paragraph twice in one document: the second one gets its own copy.
    if (cached.run === currentRun) return shiftedCopy(cached.value, delta);
    shiftInPlace(cached.value, delta);
    cached.start = paragraph.start;
    cached.run = currentRun;
    return cached.value;
  }
  const sentences = findSentences(text, paragraph, quotes);
  const chunks: NameChunk[] = [];
  const speakerWords: string[] = [];
  const sentenceTokens: Token[][] = [];
  const cues: number[][] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    chunks.push(...findNameChunks({ text, tokens, sentenceStart: sentence.start, quotes, titleCase, knownNameWords }));
    const collapsed = tokenize(text, sentence.start, sentence.end, topLevel);
    const candidates = cueCandidates(collapsed);
    sentenceTokens.push(collapsed);
    cues.push(candidates);
    for (const cue of findCues(collapsed, text, NO_NAMES, candidates)) {
      const before = collapsed[cue.index - 1];
      if (before?.kind === 'word' && before.capitalized && before.start !== sentence.start) speakerWords.push(before.lower);
      // "said Soe Min, a member": the last word of the capitalised run after the cue.
      let k = cue.index + 1;
      while (collapsed[k + 1]?.kind === 'word' && collapsed[k + 1].capitalized && collapsed[k]?.capitalized) k++;
      if (collapsed[k]?.kind === 'word' && collapsed[k].capitalized) speakerWords.push(collapsed[k].lower);
    }
  }
  const facts = { sentences, tokens: sentenceTokens, cues, quoteOnly: isQuoteOnly(text, paragraph, topLevel), chunks, titleCase, speakerWords };
  cache.set(body, variant, paragraph.start, facts, currentRun);
  return facts;
}

const describeSize = (chars: number): string =>
  chars < 10_000 ? `${chars} characters` : chars < 10_000_000 ? `${Math.round(chars / 1024)} KB` : `${(chars / 1024 / 1024).toFixed(1)} MB`;

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  currentRun++;
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
  return { quotes, entities, problems, analyzedLength: text.length, textLength: input.length };
}
