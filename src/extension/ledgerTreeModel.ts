/**
 * The Quotes in Workspace view's content, from the ledger: one row per person (most quoted first) holding
 * their files, each holding its quotes; the reworded quotes of a person under a row of their own; then the
 * unnamed sources, the unattributed quotes and the people named but never quoted. No vscode here.
 */
import type { Ledger, NearDuplicate } from '../engine/ledger';
import type { Quote } from '../engine/types';
import { diffMarkdown } from '../export/ledger';
import { trimQuoteText } from './labels';

export { diffMarkdown };

export interface LedgerQuoteRow {
  kind: 'quote';
  id: string;
  file: string;
  quote: Quote;
  label: string;
  description: string;
}

export interface LedgerFileRow {
  kind: 'file';
  id: string;
  file: string;
  label: string;
  description: string;
  children: LedgerQuoteRow[];
}

export interface LedgerDuplicateRow {
  kind: 'nearDuplicate';
  id: string;
  duplicate: NearDuplicate;
  label: string;
  description: string;
  /** The word diff as Markdown: removed words struck through, added ones in bold. */
  diffMarkdown: string;
}

export interface LedgerGroupRow {
  kind: 'person' | 'unnamed' | 'unattributed' | 'notQuoted' | 'notQuotedPerson' | 'duplicates';
  id: string;
  label: string;
  description: string;
  children: LedgerRow[];
}

export type LedgerRow = LedgerGroupRow | LedgerFileRow | LedgerQuoteRow | LedgerDuplicateRow;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const baseName = (file: string): string => file.slice(file.lastIndexOf('/') + 1);

function quoteRow(file: string, quote: Quote, withSpeaker: boolean): LedgerQuoteRow {
  const text = trimQuoteText(quote.text);
  const words = quote.kind === 'direct' ? `“${text}”` : text;
  const details = [`line ${quote.line}`];
  if (quote.kind === 'reported') details.push('reported');
  return {
    kind: 'quote',
    id: `quote:${file}:${quote.outer.start}`,
    file,
    quote,
    label: withSpeaker ? `${quote.attribution.speaker ?? 'Unattributed'}: ${words}` : words,
    description: details.join(' · '),
  };
}

function fileRows(prefix: string, files: Ledger['unnamed'], withSpeaker: boolean): LedgerFileRow[] {
  return files.map(({ file, quotes }) => ({
    kind: 'file',
    id: `${prefix}/file:${file}`,
    file,
    label: file,
    description: plural(quotes.length, 'quote'),
    children: quotes.map((q) => quoteRow(file, q, withSpeaker)),
  }));
}

function duplicateRow(personId: string, duplicate: NearDuplicate): LedgerDuplicateRow {
  const { first, second } = duplicate;
  const changed = duplicate.diff.filter((d) => d.change !== 'same').length;
  return {
    kind: 'nearDuplicate',
    id: `${personId}/dup:${first.file}:${first.quote.outer.start}:${second.file}:${second.quote.outer.start}`,
    duplicate,
    label: `${baseName(first.file)} ↔ ${baseName(second.file)}`,
    description: `${plural(changed, 'change')} · ${Math.round(duplicate.similarity * 100)}% alike`,
    diffMarkdown: diffMarkdown(duplicate),
  };
}

export function buildLedgerTree(ledger: Ledger): LedgerRow[] {
  const rows: LedgerRow[] = ledger.people.map((person) => {
    const id = `person:${person.id}`;
    const children: LedgerRow[] = fileRows(id, person.files, false);
    if (person.nearDuplicates.length > 0) {
      children.unshift({
        kind: 'duplicates',
        id: `${id}/duplicates`,
        label: 'Reworded in another article',
        description: plural(person.nearDuplicates.length, 'pair'),
        children: person.nearDuplicates.map((d) => duplicateRow(id, d)),
      });
    }
    const reworded = person.nearDuplicates.length > 0 ? ' · reworded' : '';
    return {
      kind: 'person',
      id,
      label: person.name,
      description: `${plural(person.quoteCount, 'quote')} in ${plural(person.files.length, 'file')}${reworded}`,
      children,
    };
  });
  const count = (files: Ledger['unnamed']): number => files.reduce((n, f) => n + f.quotes.length, 0);
  if (ledger.unnamed.length > 0) {
    const children = fileRows('unnamed', ledger.unnamed, true);
    rows.push({ kind: 'unnamed', id: 'unnamed', label: 'Unnamed sources', description: plural(count(ledger.unnamed), 'quote'), children });
  }
  if (ledger.unattributed.length > 0) {
    const children = fileRows('unattributed', ledger.unattributed, false);
    const description = plural(count(ledger.unattributed), 'quote');
    rows.push({ kind: 'unattributed', id: 'unattributed', label: 'Unattributed', description, children });
  }
  if (ledger.namedNotQuoted.length > 0) {
    rows.push({
      kind: 'notQuoted',
      id: 'notQuoted',
      label: 'Named, never quoted',
      description: plural(ledger.namedNotQuoted.length, 'person').replace('persons', 'people'),
      children: ledger.namedNotQuoted.map((p) => ({
        kind: 'notQuotedPerson',
        id: `notQuoted/${p.id}`,
        label: p.name,
        description: [p.roles.join(', '), p.files.join(', ')].filter(Boolean).join(' · '),
        children: [],
      })),
    });
  }
  return rows;
}
