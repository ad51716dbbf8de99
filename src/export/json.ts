import type { ExportFile, ExportQuote } from './records';

/** Version of the JSON schema below; bump it when a field changes meaning. */
export const JSON_EXPORT_VERSION = 2;

/** `{version, files: [{file, quotes, entities, problems, problemsNotListed}]}`, pretty-printed; other tools read this shape. */
export function toJson(files: ExportFile[]): string {
  return JSON.stringify({ version: JSON_EXPORT_VERSION, files: files.map((file) => jsonRecord(file, { file: file.file })) }, null, 2) + '\n';
}

/** One file's object in the JSON document, or one line of JSON Lines; `label` comes first (`file`, or an `id`). */
export function jsonRecord(file: ExportFile, label: { file: string } | { id: unknown }): object {
  return {
    ...label,
    quotes: file.quotes.map((quote) => ({ ...quoteFields(quote), fragments: quote.fragments.map(quoteFields) })),
    entities: file.entities.map((entity) => ({
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

/** The pretty-printed document written file by file: its start, what goes before each file, its end. */
export const JSON_HEAD = `{\n  "version": ${JSON_EXPORT_VERSION},\n  "files": [`;
export const jsonSeparator = (index: number): string => (index === 0 ? '\n' : ',\n');
export const jsonTail = (fileCount: number): string => (fileCount === 0 ? ']\n}\n' : '\n  ]\n}\n');

/** One file's object as it stands inside the pretty-printed document. */
export function jsonFilePart(file: ExportFile): string {
  // Printed inside a list inside an object, it is indented as in the document; cutting it out is a view of
  // that one string, where indenting each line afterwards would copy a long article's output again.
  const wrapped = JSON.stringify({ files: [jsonRecord(file, { file: file.file })] }, null, 2);
  return wrapped.slice(wrapped.indexOf('\n', wrapped.indexOf('[')) + 1, wrapped.lastIndexOf('\n  ]'));
}

/** One line of JSON Lines: `{"file"|"id", "quotes", "entities", "problems", "problemsNotListed"}`. */
export function jsonLine(file: ExportFile, label: { file: string } | { id: unknown }): string {
  return JSON.stringify(jsonRecord(file, label)) + '\n';
}

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
