/**
 * The workspace ledger: every article's quotes grouped by person across files, then file, then quote; the
 * people named but never quoted; and the near-duplicate quotes of one person in two files.
 */
import { shownQuotes } from '../shown';
import type { Analysis, Quote } from '../types';
import { matchPeople, type FileEntity, type Person } from './people';
import { nearDuplicates, type FileQuote, type NearDuplicate } from './nearDuplicates';
import { entityOf, isNamedSource } from './sourceKinds';

export interface FileQuotes {
  file: string;
  /** In document order. */
  quotes: Quote[];
}

export interface LedgerPerson {
  id: string;
  name: string;
  type: Person['type'];
  roles: string[];
  /** Sorted by file name. */
  files: FileQuotes[];
  quoteCount: number;
  nearDuplicates: NearDuplicate[];
}

export interface NamedNotQuoted {
  id: string;
  name: string;
  roles: string[];
  /** The files that name them, sorted. */
  files: string[];
}

export interface Ledger {
  /** Named sources that are quoted, most quoted first (ties by name). */
  people: LedgerPerson[];
  /** Quotes from unnamed sources ("officials said"), per file; the speaker phrase is on each quote. */
  unnamed: FileQuotes[];
  /** Quotes with no speaker found, per file. */
  unattributed: FileQuotes[];
  /** People the articles name who are quoted in none of them. */
  namedNotQuoted: NamedNotQuoted[];
  fileCount: number;
  quoteCount: number;
}

export interface LedgerOptions {
  /** Count reported speech as quotes (the view's `showReportedSpeech`). Default true. */
  reported?: boolean;
}

/** What the ledger keeps of an article's analysis. */
export type LedgerAnalysis = Pick<Analysis, 'quotes' | 'entities'>;
export type ArticleAnalyses = ReadonlyMap<string, LedgerAnalysis>;

/** Drops what the ledger never reads: entity mentions are most of an analysis. */
export function keptForLedger(analysis: LedgerAnalysis): LedgerAnalysis {
  return { quotes: analysis.quotes, entities: analysis.entities.map((e) => ({ ...e, mentions: [] })) };
}

const byFile = (a: { file: string }, b: { file: string }): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

function groupByFile(items: readonly FileQuote[]): FileQuotes[] {
  const files = new Map<string, Quote[]>();
  for (const { file, quote } of items) {
    const list = files.get(file);
    if (list) list.push(quote);
    else files.set(file, [quote]);
  }
  return [...files.entries()].map(([file, quotes]) => ({ file, quotes })).sort(byFile);
}

export function buildLedger(analyses: ArticleAnalyses, options: LedgerOptions = {}): Ledger {
  // By file name, whatever order the articles were indexed in: the same workspace gives the same ledger.
  const articles = [...analyses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const entities: FileEntity[] = [];
  for (const [file, analysis] of articles) for (const entity of analysis.entities) entities.push({ file, entity });
  const people = matchPeople(entities);
  const personOf = new Map<string, Person>(); // "file\0entityId" -> person
  for (const person of people) for (const m of person.members) personOf.set(`${m.file}\0${m.entity.id}`, person);

  const quotesOf = new Map<Person, FileQuote[]>();
  const unnamed: FileQuote[] = [];
  const unattributed: FileQuote[] = [];
  let quoteCount = 0;
  for (const [file, analysis] of articles) {
    for (const quote of shownQuotes(analysis, { showReportedSpeech: options.reported !== false })) {
      quoteCount++;
      const entity = entityOf(analysis, quote.attribution);
      const named = isNamedSource(quote.attribution, entity);
      if (named === undefined) unattributed.push({ file, quote });
      else if (!named || !entity) unnamed.push({ file, quote });
      else {
        const person = personOf.get(`${file}\0${entity.id}`)!;
        const list = quotesOf.get(person);
        if (list) list.push({ file, quote });
        else quotesOf.set(person, [{ file, quote }]);
      }
    }
  }

  const quoted: LedgerPerson[] = [...quotesOf.entries()].map(([person, items]) => ({
    id: person.id,
    name: person.name,
    type: person.type,
    roles: person.roles,
    files: groupByFile(items),
    quoteCount: items.length,
    nearDuplicates: nearDuplicates(items),
  }));
  quoted.sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));

  const namedNotQuoted: NamedNotQuoted[] = people
    .filter((p) => p.type === 'person' && !quotesOf.has(p))
    .map((p) => ({ id: p.id, name: p.name, roles: p.roles, files: [...new Set(p.members.map((m) => m.file))].sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return {
    people: quoted, unnamed: groupByFile(unnamed), unattributed: groupByFile(unattributed), namedNotQuoted,
    fileCount: analyses.size, quoteCount,
  };
}
