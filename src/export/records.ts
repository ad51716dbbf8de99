import type { Analysis, Entity, ProblemKind, Quote, QuoteKind, Span } from '../engine/types';
import { LOW_CONFIDENCE } from '../engine/types';
import { ContextFinder } from './context';
import { LineIndex } from './lines';
import { isSpeech } from './shown';

/** One file to export: its path as given, its decoded text and its analysis. */
export interface ExportInput {
  file: string;
  text: string;
  analysis: Analysis;
  /** When set, only quotes lying inside this span are exported. */
  selection?: Span;
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
  /** How many more problems the analysis found than `problems` lists. */
  problemsNotListed: number;
}

/** Problems listed per file: a file of 130,000 stray marks must not yield megabytes of them. */
export const MAX_EXPORTED_PROBLEMS = 100;

/** Resolves each selected quote's speaker, role and context. */
export function toExportFile(input: ExportInput): ExportFile {
  const entitiesById = new Map(input.analysis.entities.map((entity) => [entity.id, entity]));
  const contexts = new ContextFinder(input.text);
  // Every quotation someone said, top level: a direct quote inside a partly quoted sentence is listed on
  // its own too (the editor draws only the sentence), so the verbatim words are always there to check.
  const said = input.analysis.quotes.filter((quote) => isSpeech(quote) && quote.depth === 0);
  const quotes = selectQuotes(said, input.selection).map((quote) =>
    toExportQuote(quote, contexts, entitiesById),
  );
  const lines = new LineIndex(input.text);
  return {
    file: input.file,
    quotes,
    entities: selectEntities(input.analysis.entities, quotes, input.selection),
    problems: input.analysis.problems.slice(0, MAX_EXPORTED_PROBLEMS).map((problem) => ({
      kind: problem.kind,
      message: problem.message,
      start: problem.start,
      end: problem.end,
      line: lines.lineAt(problem.start),
    })),
    problemsNotListed: Math.max(0, input.analysis.problems.length - MAX_EXPORTED_PROBLEMS),
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

function toExportQuote(quote: Quote, contexts: ContextFinder, entitiesById: Map<string, Entity>): ExportQuote {
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
  };
}
