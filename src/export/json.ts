import { renderDocument, type StreamedFormat } from './document';
import { JsonList, jsonPieces } from './jsonPieces';
import type { ExportFile, ExportQuote } from './records';

/** Version of the JSON schema below; bump it when a field changes meaning. */
export const JSON_EXPORT_VERSION = 2;

/** `{version, files: [{file, quotes, entities, problems, problemsNotListed}]}`, pretty-printed; other tools read this shape. */
export function toJson(files: readonly ExportFile[]): string {
  return renderDocument(JSON_FORMAT, files);
}

/**
 * One file's object in the JSON document, or one line of JSON Lines; `label` comes first (`file`, or an `id`).
 * Its quotes and entities are made one by one as they are written (JSON.stringify makes them all through toJSON).
 */
export function jsonRecord(file: ExportFile, label: { file: string } | { id: unknown }): object {
  return {
    ...label,
    quotes: new JsonList(file.quotes, (quote) => Object.assign(quoteFields(quote), { fragments: quote.fragments.map(quoteFields) })),
    entities: new JsonList(file.entities, (entity) => ({
      name: entity.name,
      type: entity.type,
      role: entity.role,
      aliases: entity.aliases,
      mentions: entity.mentions.map((mention) => ({ start: mention.start, end: mention.end })),
    })),
    problems: file.problems,
    problemsNotListed: file.problemsNotListed,
    unplacedDecisions: file.orphans,
  };
}

/** The record's own fields and its lists are written piece by piece; each quote, entity or problem is one piece. */
const RECORD_DEPTH = 2;
/** A file's object stands in the document's `files` list, two levels in. */
const FILE_INDENT = '    ';

/** The pretty-printed document written file by file: its start, what goes before each file, its end. */
export const JSON_HEAD = `{\n  "version": ${JSON_EXPORT_VERSION},\n  "files": [`;
export const jsonSeparator = (index: number): string => (index === 0 ? '\n' : ',\n');
export const jsonTail = (fileCount: number): string => (fileCount === 0 ? ']\n}\n' : '\n  ]\n}\n');

/** One file's object as it stands inside the pretty-printed document, piece by piece. */
export function* jsonFilePieces(file: ExportFile): Generator<string> {
  yield FILE_INDENT;
  yield* jsonPieces(jsonRecord(file, { file: file.file }), { pretty: true, depth: RECORD_DEPTH, indent: FILE_INDENT });
}

export const JSON_FORMAT: StreamedFormat = { head: JSON_HEAD, separator: jsonSeparator, pieces: jsonFilePieces, tail: jsonTail };

/** One line of JSON Lines, piece by piece: `{"file"|"id", "quotes", "entities", "problems", "problemsNotListed"}`. */
export function* jsonLinePieces(file: ExportFile, label: { file: string } | { id: unknown }): Generator<string> {
  yield* jsonPieces(jsonRecord(file, label), { pretty: false, depth: RECORD_DEPTH });
  yield '\n';
}

export const JSONL_FORMAT: StreamedFormat = { head: '', separator: () => '', pieces: (file) => jsonLinePieces(file, { file: file.file }), tail: () => '' };

function quoteFields(quote: ExportQuote) {
  return {
    start: quote.start,
    end: quote.end,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker,
    speakerSpan: quote.speakerSpan,
    cue: quote.cue,
    confidence: quote.confidence,
    line: quote.line,
    role: quote.role,
    depth: quote.depth,
    context: quote.context,
    setByPerson: quote.setByPerson,
    status: quote.status,
    note: quote.note,
    source: quote.source,
    checkedWords: quote.checkedWords,
  };
}
