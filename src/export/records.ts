import type { Analysis, Entity, ProblemKind, Quote, QuoteKind, Span } from '../engine/types';
import { LOW_CONFIDENCE } from '../engine/types';
import { ContextFinder } from './context';
import { LineIndex } from './lines';
import { isSpeech, shownQuotes } from '../engine/shown';
import type { PlacedReview } from '../engine/review/place';
import type { ReviewStatus } from '../engine/review/format';
import { checkOfQuote } from '../engine/sourceCheck/checkOfQuote';
import type { QuoteCheck } from '../engine/sourceCheck/types';
import { passageReference, STATUS_LABELS } from './sourceCheck/records';

/** One file to export: its path as given, its decoded text and its analysis. */
export interface ExportInput {
  file: string;
  text: string;
  analysis: Analysis;
  /** When set, only quotes lying inside this span are exported. */
  selection?: Span;
  /** A person's decisions placed on the analysis' quotes (see engine/review). */
  review?: PlacedReview;
  /** When set, only the shown quotes it accepts are exported (one speaker's, say). */
  include?: (quote: Quote) => boolean;
  /** The latest Check Quotes Against Source results for this text, when a check ran. */
  sourceChecks?: readonly QuoteCheck[];
}

/** What a source check found for a quote, as the worksheet prints it. */
export interface ExportSourceCheck {
  /** "matches", "altered (negation)", "speaker differs (the source: Ann Lee)", "not found". */
  result: string;
  /** The source's words (parts joined with " … "); empty when not found. */
  passage: string;
  /** Where they are: "town-hall.txt, line 16, 0:41". */
  place: string;
}

/** A quote with everything the formats print, already resolved and rounded. */
export interface ExportQuote {
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  speakerSpan: Span | null;
  /** Entity id of the speaker, used to group quotes of the same speaker. */
  speakerId: string | null;
  role: string | null;
  cue: string | null;
  confidence: number;
  lowConfidence: boolean;
  line: number;
  depth: number;
  context: string;
  /** A person set the speaker (or nobody). */
  setByPerson: boolean;
  status: ReviewStatus;
  note: string | null;
  source: string | null;
  /** The words when they were checked, when they have changed since (the status went back to unchecked). */
  checkedWords: string | null;
  /** The source check's result, when one ran and checked this quote's words. */
  sourceCheck: ExportSourceCheck | null;
  /**
   * The quoted fragments of a partly quoted sentence (its direct quotations), so the verbatim words
   * are there to check; they are part of this quote, not counted or listed beside it. Empty otherwise.
   */
  fragments: ExportQuote[];
}

/** A decision of the review file that fits no quotation any more (deleted or changed beyond recognition). */
export interface ExportOrphan {
  quote: string;
  status: ReviewStatus;
  note: string | null;
  source: string | null;
}

export interface ExportProblem {
  kind: ProblemKind;
  message: string;
  start: number;
  end: number;
  line: number;
}

export interface ExportFile {
  file: string;
  quotes: ExportQuote[];
  entities: Entity[];
  /** The first MAX_EXPORTED_PROBLEMS problems, in text order. */
  problems: ExportProblem[];
  orphans: ExportOrphan[];
  /** How many more problems the analysis found than `problems` lists. */
  problemsNotListed: number;
}

/** Problems listed per file: a file of 130,000 stray marks must not yield megabytes of them. */
export const MAX_EXPORTED_PROBLEMS = 100;

/** Resolves each selected quote's speaker, role and context. */
export function toExportFile(input: ExportInput): ExportFile {
  const entitiesById = new Map(input.analysis.entities.map((entity) => [entity.id, entity]));
  const contexts = new ContextFinder(input.text);
  // The quotes a reader is shown, as the editor counts them; the fragments of a partly quoted sentence
  // travel inside it.
  const selected = selectQuotes(shownQuotes(input.analysis, { showReportedSpeech: true }), input.selection);
  const shown = input.include ? selected.filter(input.include) : selected;
  const fragments = fragmentsOf(shown, input.analysis.quotes);
  const quotes = shown.map((quote) => {
    const exported = toExportQuote(quote, contexts, entitiesById, input.review, input.sourceChecks);
    exported.fragments = (fragments.get(quote) ?? []).map((fragment) => toExportQuote(fragment, contexts, entitiesById, input.review, input.sourceChecks));
    return exported;
  });
  const lines = new LineIndex(input.text);
  return {
    file: input.file,
    quotes,
    entities: selectEntities(input.analysis.entities, quotes, input.selection, input.include !== undefined),
    problems: input.analysis.problems.slice(0, MAX_EXPORTED_PROBLEMS).map((problem) => ({
      kind: problem.kind,
      message: problem.message,
      start: problem.start,
      end: problem.end,
      line: lines.lineAt(problem.start),
    })),
    orphans: (input.review?.orphans ?? []).map(({ decision }) => ({
      quote: decision.anchor.quote,
      status: decision.status ?? 'unchecked',
      note: decision.note ?? null,
      source: decision.source ?? null,
    })),
    problemsNotListed: Math.max(0, input.analysis.problems.length - MAX_EXPORTED_PROBLEMS),
  };
}

export function roundConfidence(value: number): number {
  return Math.round(value * 100) / 100;
}

/** For each shown quote, the top-level quotations someone said that lie inside it (a mixed quote's fragments). */
function fragmentsOf(shown: Quote[], all: Quote[]): Map<Quote, Quote[]> {
  const shownSet = new Set(shown);
  const inside = all
    .filter((quote) => !shownSet.has(quote) && isSpeech(quote) && quote.depth === 0)
    .sort((a, b) => a.outer.start - b.outer.start);
  const fragments = new Map<Quote, Quote[]>();
  let next = 0;
  // Both lists are in document order and the shown quotes do not overlap: one walk pairs them.
  for (const container of shown) {
    while (next < inside.length && inside[next].outer.start < container.outer.start) next++;
    const found: Quote[] = [];
    for (let i = next; i < inside.length && inside[i].outer.start < container.outer.end; i++) {
      if (inside[i].outer.end <= container.outer.end) found.push(inside[i]);
    }
    if (found.length > 0) fragments.set(container, found);
  }
  return fragments;
}

function selectQuotes(quotes: Quote[], selection: Span | undefined): Quote[] {
  if (!selection) return quotes;
  return quotes.filter((quote) => quote.start >= selection.start && quote.end <= selection.end);
}

/** With a selection: the entities that speak a selected quote or are mentioned inside the selection. */
function selectEntities(entities: Entity[], quotes: ExportQuote[], selection: Span | undefined, onlySome: boolean): Entity[] {
  if (onlySome && !selection) {
    const speakers = new Set(quotes.map((quote) => quote.speakerId));
    return entities.filter((entity) => speakers.has(entity.id));
  }
  if (!selection) return entities;
  const speakers = new Set(quotes.map((quote) => quote.speakerId));
  return entities.filter(
    (entity) =>
      speakers.has(entity.id) ||
      entity.mentions.some((mention) => mention.start >= selection.start && mention.end <= selection.end),
  );
}

function toExportQuote(
  quote: Quote,
  contexts: ContextFinder,
  entitiesById: Map<string, Entity>,
  review: PlacedReview | undefined,
  sourceChecks: readonly QuoteCheck[] | undefined,
): ExportQuote {
  const decided = review?.byQuote.get(quote);
  const attribution = quote.attribution;
  const entity = attribution.entityId ? entitiesById.get(attribution.entityId) : undefined;
  const attributed = attribution.speaker !== null;
  return {
    start: quote.start,
    end: quote.end,
    text: quote.text,
    kind: quote.kind,
    speaker: attribution.speaker,
    speakerSpan: attribution.speakerSpan ? { start: attribution.speakerSpan.start, end: attribution.speakerSpan.end } : null,
    speakerId: attribution.entityId,
    role: entity?.role ?? null,
    cue: attribution.cue,
    confidence: roundConfidence(attribution.confidence),
    lowConfidence: attributed && attribution.confidence < LOW_CONFIDENCE,
    line: quote.line,
    depth: quote.depth,
    context: contexts.around(quote.outer),
    setByPerson: decided?.setByPerson ?? false,
    status: decided?.status ?? 'unchecked',
    note: decided?.decision.note ?? null,
    source: decided?.decision.source ?? null,
    checkedWords: decided?.changed?.was ?? null,
    sourceCheck: sourceChecks ? exportSourceCheck(checkOfQuote(sourceChecks, quote)) : null,
    fragments: [],
  };
}

function exportSourceCheck(check: QuoteCheck | undefined): ExportSourceCheck | null {
  if (!check) return null;
  const serious = [...new Set(check.differences.flatMap((d) => d.serious))];
  const why = check.status === 'speaker-differs' && check.sourceSpeaker ? `the source: ${check.sourceSpeaker}` : serious.join(', ');
  return {
    result: `${STATUS_LABELS[check.status]}${why ? ` (${why})` : ''}`,
    passage: check.passages.map((p) => p.text).join(' … '),
    place: passageReference(check),
  };
}
