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
export function toMarkdown(files: ExportFile[]): string {
  return MARKDOWN_HEAD + files.map((file) => MARKDOWN_SEPARATOR + markdownFileSections(file)).join('') + markdownTail(files.length);
}

/** The document's start, what goes before each file's sections, and its end: so it can be written file by file. */
export const MARKDOWN_HEAD = '# Quotes';
export const MARKDOWN_SEPARATOR = '\n\n';
export function markdownTail(fileCount: number): string {
  return fileCount === 0 ? `${MARKDOWN_SEPARATOR}No files.\n` : '\n';
}

/** One file's heading, counts and quotes. */
export function markdownFileSections(file: ExportFile): string {
  const sections: string[] = [];
  appendFileSections(sections, file);
  return sections.join('\n\n');
}

// Appends in place: spreading hundreds of thousands of quotes into push() would overflow the stack.
function appendFileSections(sections: string[], file: ExportFile): void {
  sections.push(`## ${escapeMarkdownInline(file.file)}`);
  if (file.quotes.length === 0) {
    sections.push('No quotes found.');
    return;
  }

  const { groups, unattributed } = groupBySpeaker(file.quotes);
  sections.push(
    `${plural(file.quotes.length, 'quote')} from ${plural(groups.length, 'speaker')}` +
      (unattributed.length ? `, ${unattributed.length} unattributed.` : '.'),
  );
  for (const group of groups) {
    const role = group.role ? ` — ${escapeMarkdownInline(group.role)}` : '';
    sections.push(`### ${escapeMarkdownInline(group.speaker)}${role} (${plural(group.quotes.length, 'quote')})`);
    for (const quote of group.quotes) sections.push(quoteBlock(quote));
  }
  if (unattributed.length) {
    sections.push(`### Unattributed (${plural(unattributed.length, 'quote')})`);
    for (const quote of unattributed) sections.push(quoteBlock(quote));
  }
}

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
