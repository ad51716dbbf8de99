import type { ExportFile, ExportQuote } from './records';

/** Version of the JSON schema below; bump it when a field changes meaning. */
export const JSON_EXPORT_VERSION = 1;

/** `{version, files: [{file, quotes, entities}]}`, pretty-printed; other tools read this shape. */
export function toJson(files: ExportFile[]): string {
  const document = {
    version: JSON_EXPORT_VERSION,
    files: files.map((file) => ({
      file: file.file,
      quotes: file.quotes.map((quote) => ({ ...quoteFields(quote), fragments: quote.fragments.map(quoteFields) })),
      entities: file.entities.map((entity) => ({
        name: entity.name,
        type: entity.type,
        role: entity.role,
        aliases: entity.aliases,
        mentions: entity.mentions.map((mention) => ({ start: mention.start, end: mention.end })),
      })),
      problems: file.problems,
    })),
  };
  return JSON.stringify(document, null, 2) + '\n';
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
  };
}
