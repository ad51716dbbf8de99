/**
 * The ledger (quotes by person across articles) as a document: Markdown to read, or JSON for other tools.
 * What `on-the-record extract --group-by speaker` prints.
 */
import type { FileQuotes, Ledger, NearDuplicate } from '../engine/ledger';
import type { Quote } from '../engine/types';
import { escapeMarkdownInline } from './markdownEscape';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function quoteLine(quote: Quote, withSpeaker: boolean): string {
  const words = quote.text.replace(/\s+/g, ' ').trim();
  const shown = quote.kind === 'direct' ? `“${escapeMarkdownInline(words)}”` : escapeMarkdownInline(words);
  const who = withSpeaker ? `${escapeMarkdownInline(quote.attribution.speaker ?? 'unattributed')}: ` : '';
  return `- ${who}${shown} (line ${quote.line}${quote.kind === 'reported' ? ', reported' : ''})`;
}

function fileSections(files: readonly FileQuotes[], heading: string, withSpeaker: boolean): string[] {
  return files.flatMap(({ file, quotes }) => [`${heading} ${escapeMarkdownInline(file)}`, '', ...quotes.map((q) => quoteLine(q, withSpeaker)), '']);
}

/** Escaped, with the spaces at either end kept (the escape trims them, and the diff's parts meet at them). */
function keepingSpaces(text: string): string {
  const lead = /^\s*/.exec(text)![0];
  const trail = text.length > lead.length ? /\s*$/.exec(text)![0] : '';
  const core = text.slice(lead.length, text.length - trail.length);
  return `${lead ? ' ' : ''}${core ? escapeMarkdownInline(core) : ''}${trail ? ' ' : ''}`;
}

/** A reworded quote's word diff in Markdown: removed words struck through, added ones in bold. */
export function diffMarkdown(duplicate: NearDuplicate): string {
  return duplicate.diff
    .map(({ text, change }, i, parts) => {
      if (change === 'same') return keepingSpaces(text);
      const space = /\s$/.test(text) || parts[i + 1]?.change === 'added' ? ' ' : '';
      const word = escapeMarkdownInline(text.trim());
      return `${change === 'removed' ? `~~${word}~~` : `**${word}**`}${space}`;
    })
    .join('');
}

export function ledgerMarkdown(ledger: Ledger): string {
  const lines = ['# Quotes by speaker', '', `${plural(ledger.fileCount, 'article')}, ${plural(ledger.quoteCount, 'quote')}.`, ''];
  for (const person of ledger.people) {
    const roles = person.roles.length > 0 ? ` (${escapeMarkdownInline(person.roles.join(', '))})` : '';
    lines.push(`## ${escapeMarkdownInline(person.name)}${roles}`, '', `${plural(person.quoteCount, 'quote')} in ${plural(person.files.length, 'article')}.`, '');
    if (person.nearDuplicates.length > 0) {
      lines.push('Reworded in another article:', '');
      for (const d of person.nearDuplicates) {
        const where = `${escapeMarkdownInline(d.first.file)} line ${d.first.quote.line} → ${escapeMarkdownInline(d.second.file)} line ${d.second.quote.line}`;
        lines.push(`- ${where}: ${diffMarkdown(d)}`);
      }
      lines.push('');
    }
    lines.push(...fileSections(person.files, '###', false));
  }
  if (ledger.unnamed.length > 0) lines.push('## Unnamed sources', '', ...fileSections(ledger.unnamed, '###', true));
  if (ledger.unattributed.length > 0) lines.push('## Unattributed', '', ...fileSections(ledger.unattributed, '###', false));
  if (ledger.namedNotQuoted.length > 0) {
    lines.push('## Named, never quoted', '');
    for (const p of ledger.namedNotQuoted) lines.push(`- ${escapeMarkdownInline(p.name)} (${p.files.map(escapeMarkdownInline).join(', ')})`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const quoteRecord = (quote: Quote) => ({ text: quote.text, kind: quote.kind, line: quote.line, speaker: quote.attribution.speaker });
const fileRecords = (files: readonly FileQuotes[]) => files.map(({ file, quotes }) => ({ file, quotes: quotes.map(quoteRecord) }));

export function ledgerJson(ledger: Ledger): string {
  const document = {
    articles: ledger.fileCount,
    quotes: ledger.quoteCount,
    people: ledger.people.map((p) => ({
      name: p.name,
      type: p.type,
      roles: p.roles,
      quotes: p.quoteCount,
      files: fileRecords(p.files),
      reworded: p.nearDuplicates.map((d) => ({
        first: { file: d.first.file, line: d.first.quote.line, text: d.first.quote.text },
        second: { file: d.second.file, line: d.second.quote.line, text: d.second.quote.text },
        similarity: Math.round(d.similarity * 1000) / 1000,
        diff: d.diff,
      })),
    })),
    unnamed: fileRecords(ledger.unnamed),
    unattributed: fileRecords(ledger.unattributed),
    namedNotQuoted: ledger.namedNotQuoted.map(({ name, roles, files }) => ({ name, roles, files })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
