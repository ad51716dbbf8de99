/**
 * The engine's entry: text in, Analysis out. Per-paragraph work (name chunks) is cached by the paragraph's
 * text, so re-analysing after a small edit redoes only the paragraphs that changed; the document-level
 * passes (clustering, coreference, the attribution sieve) are cheap and run every time.
 */
import type { Analysis, AnalyzeOptions, Problem, Quote, Span } from './types';
import { firstStartingAt, SpanCover } from './text/spans';
import { maskMarkdown, maskPlainText, maskPlainTextAfterEdit, paragraphs as findParagraphs } from './text/segment';
import { scanQuotes, type MarkedQuote } from './text/quotes';
import { buildEntities, entitiesChangedAway, moveEntityIndex, reuseEntityIndex, toEntity, type EntityIndex } from './names/entities';
import { UNATTRIBUTED, type DocumentLayout } from './attribution/attribution';
import { detectReportedSpeech } from './reported/reported';
import { lineStarts, lineOf } from './text/lines';
import { startRun } from './reuse/paragraphFacts';
import { documentFacts } from './reuse/documentFacts';
import { namesWithQuote, quoteUsage } from './text/usage';
import { transcriptTurns } from './attribution/transcript';
import { reuseAfterWordEdit } from './reuse/wordEdit';
import { quoteOf } from './shapes';
import { createSession, entityVersion, type DocumentSession } from './reuse/session';
import { sieveDocument, type SieveReuse } from './reuse/sieveMemo';
import type { EntitiesSince } from './reuse/paragraphQuery';
import { assignConfidence } from './confidence/confidence';
import { sourcingOf } from './sourcing';

export const DEFAULT_MAX_LENGTH = 50_000_000;

/** The part of `input` that is analysed: all of it, or up to a paragraph break near `maxLength` (no quotation cut in half). */
export function analysedPart(input: string, maxLength: number): string {
  if (input.length <= maxLength) return input;
  const cut = input.lastIndexOf('\n\n', maxLength);
  return input.slice(0, cut > maxLength / 2 ? cut : maxLength);
}

const describeSize = (chars: number): string =>
  chars < 10_000 ? `${chars} characters` : chars < 10_000_000 ? `${Math.round(chars / 1024)} KB` : `${(chars / 1024 / 1024).toFixed(1)} MB`;

/**
 * Paragraphs `first` to `last`, those holding one of `positions`, and the four after each (pronouns look
 * back four paragraphs).
 */
function paragraphsNear(paragraphs: Span[], first: number, last: number, positions: number[]): boolean[] {
  const marked = new Array<boolean>(paragraphs.length).fill(false);
  const markFrom = (from: number, to: number): void => {
    for (let k = Math.max(0, from); k <= to + 4 && k < paragraphs.length; k++) marked[k] = true;
  };
  markFrom(first, last);
  for (const at of positions) {
    const p = firstStartingAt(paragraphs, at + 1) - 1;
    markFrom(p, p);
  }
  return marked;
}

/** The session of analyses not given one (the CLI, tests): one document at a time. */
const defaultSession = createSession();
/** How many analyses took the typing fast path and how many ran in full (the tests check the fast path is taken). */
export const analysisCounts = { reused: 0, full: 0 };

const languageOf = (options: AnalyzeOptions): 'markdown' | 'plaintext' => (options.language === 'markdown' ? 'markdown' : 'plaintext');
// A person's decisions are part of the key by what they decide, not where: typing keeps the fast path.
const optionsKeyOf = (options: AnalyzeOptions, maxLength: number): string =>
  `${languageOf(options)}|${maxLength}|${options.reported !== false}|${options.sourcing !== false}${options.fixed?.length ? `|${options.fixedKey ?? options.fixed.map((f) => f.start).join()}` : ''}`;

/**
 * Analyses `input`. `session` is what is kept about the document between analyses (see session.ts): give
 * each document its own when several are analysed in turn.
 */
export function analyze(input: string, options: AnalyzeOptions = {}, session: DocumentSession = defaultSession): Analysis {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (input.length <= maxLength) {
    const reused = reuseAfterWordEdit(session, input, optionsKeyOf(options, maxLength), languageOf(options));
    if (reused) {
      session.lastRun = reused.lastRun;
      if (session.lastIndex) moveEntityIndex(session.lastIndex.index, reused.movedTo);
      analysisCounts.reused++;
      return reused.analysis;
    }
  }
  return analyzeFully(input, options, session);
}

/**
 * The whole pipeline with nothing remembered from earlier analyses: no cached paragraph facts, no
 * remembered sieve decisions. The reference that the differential checks compare the fast paths with;
 * it leaves what is remembered as it was.
 */
export function analyzeFromScratch(input: string, options: AnalyzeOptions = {}): Analysis {
  return runPipeline(input, options, undefined);
}

/**
 * The whole pipeline, without the typing fast path: paragraph facts and sieve decisions are reused, and
 * the session's last analysis is compared with.
 */
export function analyzeFully(input: string, options: AnalyzeOptions = {}, session: DocumentSession = defaultSession): Analysis {
  return runPipeline(input, options, session);
}

/** Without a session, nothing remembered is read or written. */
function runPipeline(input: string, options: AnalyzeOptions, session: DocumentSession | undefined): Analysis {
  startRun();
  const lastRun = session?.lastRun;
  if (session) analysisCounts.full++;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const problems: Problem[] = [];
  const text = analysedPart(input, maxLength);
  if (text.length < input.length) {
    problems.push({
      kind: 'truncated',
      start: text.length,
      end: input.length,
      message: `Only the first ${describeSize(text.length)} of ${describeSize(input.length)} were analysed.`,
    });
  }
  const masked =
    options.language === 'markdown'
      ? maskMarkdown(text)
      : lastRun && lastRun.optionsKey === optionsKeyOf(options, maxLength) && lastRun.analysis.analyzedLength === lastRun.input.length
        ? maskPlainTextAfterEdit({ text: lastRun.input, masked: lastRun.masked }, text)
        : maskPlainText(text);
  const paragraphs = findParagraphs(masked);
  const scan = scanQuotes(masked, paragraphs);
  for (const problem of scan.problems) problems.push(problem); // a spread of 100,000 overflows the stack
  const outer = scan.quotes.filter((q) => q.depth === 0).map((q) => ({ start: q.open, end: q.close }));
  const allOuter = scan.quotes.map((q) => ({ start: q.open, end: q.close }));

  const { layout, index, headlineSpans, reuse } = documentLayout(masked, paragraphs, allOuter, outer, options, session);
  const sieve = sieveDocument(layout, scan.quotes, index, reuse);
  for (const m of sieve.resolvedMentions) index.byId.get(m.entityId!)?.mentions.push(m);

  const starts = lineStarts(text);
  // A nickname in quotation marks inside a name (Marcia "Cia" Price) is part of the name: nobody said it.
  const names = new SpanCover(index.mentions);
  const isNickname = (q: MarkedQuote): boolean => names.inside(q.open) && names.holds(q.open, q.close);
  const quotes: Quote[] = scan.quotes.map((q: MarkedQuote) => {
    const quoted = text.slice(q.start, q.end);
    const nickname = isNickname(q);
    const attribution = nickname ? UNATTRIBUTED('a nickname in a name') : sieve.attributions.get(q)!;
    // Inside a headline capitals say nothing, unless the quotation is the whole line: a quoted section
    // heading ('Legend in the Coal Fields.') is a title.
    const inHeadline = headlineSpans.some((h) => q.open >= h.start && q.open < h.end && !(q.open <= h.start && q.close >= h.end));
    const fixed = layout.fixed?.get(q.start);
    // A person who says whether it is a quotation overrules the usage the text suggests.
    const named = attribution.cueSpan !== null && namesWithQuote(masked, attribution.cue, attribution.cueSpan.end, q);
    const usage = fixed ? (fixed.notQuotation ? 'term' : 'speech') : nickname || named ? 'term' : quoteUsage(quoted, attribution, inHeadline);
    return quoteOf({
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
    });
  });
  // Turns of an interview transcript: the speaker's words without marks. Marks around labelled turns
  // ("\"WALLACE: …" paragraph after paragraph) are the transcript's, not one long quotation.
  const turns = transcriptTurns(masked, paragraphs, outer, index);
  if (turns.length) {
    const holdsLabel = (q: Quote): boolean => turns.some((t) => q.outer.start <= t.label.start && q.outer.end > t.label.start);
    for (let i = quotes.length - 1; i >= 0; i--) if (holdsLabel(quotes[i])) quotes.splice(i, 1);
  }
  for (const turn of turns) {
    const { content } = turn;
    quotes.push(quoteOf({
      ...content, text: text.slice(content.start, content.end), kind: 'direct', usage: 'speech', outer: content,
      line: lineOf(starts, content.start), depth: 0, multiParagraph: false, attribution: turn.attribution,
    }));
  }
  if (options.reported !== false) {
    for (const r of detectReportedSpeech(layout, outer, sieve.speechEvents)) {
      quotes.push(quoteOf({ ...r, text: text.slice(r.start, r.end), line: lineOf(starts, r.start) }));
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  const entities = index.entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => toEntity(e, text));
  assignConfidence(quotes, { text: masked, paragraphs, sentences: layout.sentences, tokens: layout.tokens, quoteOnly: layout.quoteOnly, entities });
  const sourcing = options.sourcing === false ? undefined : sourcingOf({ quotes, entities }, masked, paragraphs);
  const analysis: Analysis = { quotes, entities, problems, analyzedLength: text.length, textLength: input.length, sourcing };
  if (session) session.lastRun = { input, optionsKey: optionsKeyOf(options, maxLength), masked, paragraphs, allOuter, outer, analysis };
  return analysis;
}

/**
 * The paragraphs' facts, laid out for the sieve, and the entities they name. Its own function so that the facts
 * die with it: what the sieve reads is in the layout, and a long article's name chunks are a tenth of its memory.
 */
function documentLayout(
  masked: string,
  paragraphs: Span[],
  allOuter: Span[],
  outer: Span[],
  options: AnalyzeOptions,
  session: DocumentSession | undefined,
): { layout: DocumentLayout; index: EntityIndex; headlineSpans: Span[]; reuse: SieveReuse | undefined } {
  const lastIndex = session?.lastIndex;
  const { facts, headlines, changed } = documentFacts(masked, paragraphs, allOuter, outer, session);
  const headlineSpans = headlines.map((i) => paragraphs[i]);
  const chunks = facts.flatMap((f) => f.chunks);
  const version = session ? entityVersion(session, facts.map((f) => f.entityInputs)) : -1;
  const index: EntityIndex =
    lastIndex?.version === version ? reuseEntityIndex(lastIndex.index, chunks) : buildEntities(chunks, new Set(facts.flatMap((f) => f.speakerWords)));
  // New names that changed nothing but the mentions where they were written: paragraphs a few away from
  // the change keep their remembered decisions (pronouns look back four paragraphs), unless they name or
  // follow a mention of an entity that changed, or decided with one.
  const away = lastIndex && lastIndex.version !== version && changed ? entitiesChangedAway(lastIndex.index, index, changed.before, changed.now) : null;
  const entitiesSince: EntitiesSince | undefined = away
    ? {
        version: lastIndex!.version,
        affected: away.affected,
        blocked: paragraphsNear(paragraphs, changed!.first, changed!.last, away.affectedAt),
      }
    : undefined;
  if (session) session.lastIndex = { version, index };
  const layout: DocumentLayout = {
    text: masked,
    paragraphs,
    sentences: facts.map((f) => f.sentences),
    tokens: facts.map((f) => f.tokens),
    cues: facts.map((f) => f.cues),
    quoteOnly: facts.map((f) => f.quoteOnly),
    fixed: options.fixed?.length ? new Map(options.fixed.map((f) => [f.start, f])) : undefined,
  };
  const reuse = session && { memos: session.memos, identities: facts, paragraphs, entityVersion: version, entitiesSince };
  return { layout, index, headlineSpans, reuse };
}
