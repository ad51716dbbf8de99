import { renderDocument, type StreamedFormat } from './document';
import { escapeMarkdownInline, toMarkdownBlockquote } from './markdownEscape';
import type { ExportFile, ExportQuote } from './records';

interface SpeakerGroup {
  speaker: string;
  role: string | null;
  quotes: ExportQuote[];
}

const KIND_LABELS: Record<ExportQuote['kind'], string | null> = {
  direct: null,
  mixed: 'partly quoted',
  reported: 'reported speech',
};

/** A readable document: per file, quotes grouped by speaker in order of first appearance, unattributed last. */
export function toMarkdown(files: readonly ExportFile[]): string {
  return renderDocument(MARKDOWN_FORMAT, files);
}

/** The document's start, what goes before each file's sections, and its end: so it can be written file by file. */
export const MARKDOWN_HEAD = '# Quotes';
export const MARKDOWN_SEPARATOR = '\n\n';
export function markdownTail(fileCount: number): string {
  return fileCount === 0 ? `${MARKDOWN_SEPARATOR}No files.\n` : '\n';
}

/** One file's heading, counts and quotes, section by section (a blank line between them). */
export function* markdownFilePieces(file: ExportFile): Generator<string> {
  yield `## ${escapeMarkdownInline(file.file)}`;
  if (file.quotes.length === 0) {
    yield '\n\nNo quotes found.';
    return;
  }

  const { groups, unattributed } = groupBySpeaker(file.quotes);
  yield (
    `\n\n${plural(file.quotes.length, 'quote')} from ${plural(groups.length, 'speaker')}` +
    (unattributed.length ? `, ${unattributed.length} unattributed.` : '.')
  );
  for (const group of groups) {
    const role = group.role ? ` — ${escapeMarkdownInline(group.role)}` : '';
    yield `\n\n### ${escapeMarkdownInline(group.speaker)}${role} (${plural(group.quotes.length, 'quote')})`;
    for (const quote of group.quotes) yield `\n\n${quoteBlock(quote)}`;
  }
  if (unattributed.length) {
    yield `\n\n### Unattributed (${plural(unattributed.length, 'quote')})`;
    for (const quote of unattributed) yield `\n\n${quoteBlock(quote)}`;
  }
}

export const MARKDOWN_FORMAT: StreamedFormat = { head: MARKDOWN_HEAD, separator: () => MARKDOWN_SEPARATOR, pieces: markdownFilePieces, tail: markdownTail };

function groupBySpeaker(quotes: ExportQuote[]): { groups: SpeakerGroup[]; unattributed: ExportQuote[] } {
  const groups = new Map<string, SpeakerGroup>();
  const unattributed: ExportQuote[] = [];
  for (const quote of quotes) {
    if (quote.speaker === null) {
      unattributed.push(quote);
      continue;
    }
    // Unnamed sources ("a senior official") have no entity: their phrase is the key.
    const key = quote.speakerId ?? `phrase:${quote.speaker}`;
    const group = groups.get(key) ?? { speaker: quote.speaker, role: quote.role, quotes: [] };
    group.quotes.push(quote);
    groups.set(key, group);
  }
  return { groups: [...groups.values()], unattributed };
}

function quoteBlock(quote: ExportQuote): string {
  const details = [`line ${quote.line}`];
  if (quote.cue) details.push(`*${escapeMarkdownInline(quote.cue)}*`);
  const kind = KIND_LABELS[quote.kind];
  if (kind) details.push(kind);
  if (quote.depth > 0) details.push('quoted within a quote');
  if (quote.lowConfidence) details.push(`⚠ low confidence (${quote.confidence.toFixed(2)})`);
  return `${toMarkdownBlockquote(quote.text)}\n\n— ${details.join(', ')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
