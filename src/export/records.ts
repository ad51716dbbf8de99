import type { Analysis, Entity, ProblemKind, Quote, QuoteKind, Span } from '../engine/types';
import { LOW_CONFIDENCE } from '../engine/types';
import { ContextFinder } from './context';
import { LineIndex } from './lines';
import { isSpeech } from './shown';
import type { PlacedReview } from '../engine/review/place';
import type { ReviewStatus } from '../engine/review/format';

/** One file to export: its path as given, its decoded text and its analysis. */
export interface ExportInput {
  file: string;
  text: string;
  analysis: Analysis;
  /** When set, only quotes lying inside this span are exported. */
  selection?: Span;
  /** A person's decisions placed on the analysis' quotes (see engine/review). */
  review?: PlacedReview;
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
  problems: ExportProblem[];
  orphans: ExportOrphan[];
}

/** Resolves each selected quote's speaker, role and context. */
export function toExportFile(input: ExportInput): ExportFile {
  const entitiesById = new Map(input.analysis.entities.map((entity) => [entity.id, entity]));
  const contexts = new ContextFinder(input.text);
  // Every quotation someone said, top level: a direct quote inside a partly quoted sentence is listed on
  // its own too (the editor draws only the sentence), so the verbatim words are always there to check.
  const said = input.analysis.quotes.filter((quote) => isSpeech(quote) && quote.depth === 0);
  const quotes = selectQuotes(said, input.selection).map((quote) =>
    toExportQuote(quote, contexts, entitiesById, input.review),
  );
  const lines = new LineIndex(input.text);
  return {
    file: input.file,
    quotes,
    entities: selectEntities(input.analysis.entities, quotes, input.selection),
    problems: input.analysis.problems.map((problem) => ({
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
  };
}

export function roundConfidence(value: number): number {
  return Math.round(value * 100) / 100;
}

function selectQuotes(quotes: Quote[], selection: Span | undefined): Quote[] {
  if (!selection) return quotes;
  return quotes.filter((quote) => quote.start >= selection.start && quote.end <= selection.end);
}

/** With a selection: the entities that speak a selected quote or are mentioned inside the selection. */
function selectEntities(entities: Entity[], quotes: ExportQuote[], selection: Span | undefined): Entity[] {
  if (!selection) return entities;
  const speakers = new Set(quotes.map((quote) => quote.speakerId));
  return entities.filter(
    (entity) =>
      speakers.has(entity.id) ||
      entity.mentions.some((mention) => mention.start >= selection.start && mention.end <= selection.end),
  );
}

function toExportQuote(quote: Quote, contexts: ContextFinder, entitiesById: Map<string, Entity>, review: PlacedReview | undefined): ExportQuote {
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
  };
}
