/**
 * Findings about how quotes are sourced: a quote with no speaker, one attributed only to an unnamed or
 * vague source ("officials said", "critics say", "a source familiar with"), a quote-only paragraph whose
 * speaker was last named paragraphs back, and a headline quote the body never gives.
 */
import type { Entity, Quote, SourcingFinding, Span } from '../types';
import { DOCUMENT_NOUN } from '../attribution/attribution';
import { endsOrganization } from '../lexicon';
import { isTitleCase } from '../reuse/paragraphFacts';
import { firstStartingAt } from '../text/spans';
import { isNaming } from '../people/mentions';

const finding = (span: Span, kind: SourcingFinding['kind'], message: string, entityId: string | null = null, related: Span[] = [], paragraphsBack = 0): SourcingFinding => ({
  start: span.start,
  end: span.end,
  kind,
  message,
  entityId,
  related,
  paragraphsBack,
  fixes: [],
});

/** Groups that stand for people named nearby ("both diplomats", "the two men"): nobody unnamed. */
const NAMED_GROUP = /^(both|the two|the three|the pair|the two men|the two women)\b/i;
/** Words that mark a source kept anonymous, wherever they stand in the phrase. */
const ANONYMOUS = /\b(sources?|anonymity|anonymously|familiar with|close to|condition of)\b/i;
/** Determiners of someone not identified: "a senior official", "one Democratic aide", "several lawmakers". */
const INDEFINITE = /^(a|an|one|some|several|many|few|two|three|four|other|another|multiple|certain|various|numerous)$/;
/** Words that end a speaker phrase's head: "members of Congress", "people familiar with the talks". */
const AFTER_HEAD = /^(of|familiar|with|close|who|that|in|at|from|for|on|to)$/;
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'folks', 'staff']);
/** Sources that are documents or institutions: attributions, not people kept anonymous. */
const NOT_A_PERSON = /^(website|site|video|videos|poll|polls|survey|surveys|study|studies|book|data|records|documents?|it)$/;

/**
 * Whether an attribution rests only on an unnamed or vague source: a speaker phrase that names no entity
 * and keeps the person anonymous ("a source familiar with the talks", "a senior official") or is vague
 * ("officials", "critics", "they"). Definite descriptions ("the senator", "the company") most often stand
 * for someone named nearby whom the attribution did not resolve, and documents and institutions ("the
 * letter", "police") are sources of another kind: neither is reported.
 */
export function isUnnamedSource(quote: Quote, text: string): boolean {
  const a = quote.attribution;
  if (a.entityId || !a.speakerSpan || a.rule.startsWith('transcript')) return false;
  if (!a.speaker && a.rule !== 'group speaker') return false;
  const phrase = text.slice(a.speakerSpan.start, a.speakerSpan.end);
  if (NAMED_GROUP.test(phrase)) return false;
  if (ANONYMOUS.test(phrase)) return true;
  const words = phrase.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const before = words.findIndex((w, i) => i > 0 && AFTER_HEAD.test(w));
  const head = (before > 0 ? words[before - 1] : words[words.length - 1]) ?? '';
  if (DOCUMENT_NOUN.test(head) || NOT_A_PERSON.test(head) || endsOrganization(head)) return false;
  if (head === 'they') return true;
  const plural = IRREGULAR_PLURALS.has(head) || (/[^s]s$/.test(head) && head.length > 3);
  return INDEFINITE.test(words[0] ?? '') || plural;
}

export const isUnattributed = (quote: Quote): boolean =>
  !quote.attribution.speaker && quote.attribution.rule !== 'group speaker' && quote.attribution.rule !== 'first-person speaker';

/**
 * The headline and what stands with it above the body: leading paragraphs in title case, or short single
 * lines without a closing stop ("Zelensky calls talks 'productive'").
 */
export function headlineParagraphs(text: string, paragraphs: readonly Span[]): Span[] {
  const headlines: Span[] = [];
  for (const p of paragraphs) {
    if (headlines.length >= 3 || paragraphs.length - headlines.length < 2) break;
    const line = text.slice(p.start, p.end).trim();
    const short = line.length <= 200 && !/\n/.test(line) && !/[.!?]["”’»]?$/.test(line);
    if (!short && !isTitleCase(text, p)) break;
    headlines.push(p);
  }
  return headlines;
}

/** Words compared loosely: case, accents, punctuation and spacing left out. */
const loose = (s: string): string =>
  ` ${s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

function headlineFindings(text: string, headlines: readonly Span[], quotes: readonly Quote[]): SourcingFinding[] {
  if (headlines.length === 0) return [];
  const bodyStart = headlines[headlines.length - 1].end;
  const inHeadline = quotes.filter((q) => q.kind === 'direct' && q.depth === 0 && q.outer.end <= bodyStart && /\p{L}/u.test(q.text));
  if (inHeadline.length === 0) return [];
  const bodyQuotes = quotes.filter((q) => q.kind !== 'reported' && q.outer.start >= bodyStart).map((q) => loose(q.text));
  let body: string | undefined;
  const findings: SourcingFinding[] = [];
  for (const q of inHeadline) {
    const words = loose(q.text);
    if (bodyQuotes.some((b) => b.includes(words))) continue;
    body ??= loose(text.slice(bodyStart));
    if (body.includes(words)) continue;
    findings.push(finding(q.outer, 'headline-quote', `The headline quotes "${q.text.trim()}", which the body of the article never gives.`));
  }
  return findings;
}

const QUOTE_ONLY_CONTINUATION = 'quote-only paragraph continues the previous speaker';
/** Continuations from the paragraph before are the rule; further back they are worth a look. */
const NEAREST_REPORTED = 2;

/** Where each entity was named (names, surnames, title forms), in order. */
function namingStarts(entities: readonly Entity[]): Map<string, Span[]> {
  const starts = new Map<string, Span[]>();
  for (const e of entities) starts.set(e.id, e.mentions.filter(isNaming));
  return starts;
}

function distantSpeakerFindings(quotes: readonly Quote[], entities: readonly Entity[], paragraphs: readonly Span[]): SourcingFinding[] {
  const continued = quotes.filter((q) => q.attribution.rule === QUOTE_ONLY_CONTINUATION && q.attribution.speaker);
  if (continued.length === 0) return [];
  const named = namingStarts(entities);
  const paragraphOf = (at: number): number => firstStartingAt(paragraphs, at + 1) - 1;
  const findings: SourcingFinding[] = [];
  for (const q of continued) {
    const a = q.attribution;
    const mentions = a.entityId ? named.get(a.entityId) ?? [] : [];
    const last = mentions[firstStartingAt(mentions, q.outer.start) - 1] ?? (a.speakerSpan && a.speakerSpan.start < q.outer.start ? a.speakerSpan : undefined);
    if (!last) continue;
    const back = paragraphOf(q.outer.start) - paragraphOf(last.start);
    if (back < NEAREST_REPORTED) continue;
    findings.push(finding(q.outer, 'distant-speaker', `This quote is credited to ${a.speaker}, last named ${back} paragraphs back.`, a.entityId, [{ start: last.start, end: last.end }], back));
  }
  return findings;
}

export interface QuoteSourcing {
  findings: SourcingFinding[];
  quoteCount: number;
  unattributedCount: number;
  unnamedSourceCount: number;
}

/**
 * `shown`: the quotes a reader is shown (see export/shown.ts), in order; `quotes`: all of them. `text` is
 * the analysed text as the rules read it (Markdown's code masked).
 */
export function quoteFindings(text: string, paragraphs: readonly Span[], quotes: readonly Quote[], shown: readonly Quote[], entities: readonly Entity[]): QuoteSourcing {
  const headlines = headlineParagraphs(text, paragraphs);
  const bodyStart = headlines.length > 0 ? headlines[headlines.length - 1].end : 0;
  const quoted = shown.filter((q) => q.kind !== 'reported' && q.outer.start >= bodyStart);
  const unattributed = quoted.filter(isUnattributed);
  const unnamed = quoted.filter((q) => isUnnamedSource(q, text));
  const of = `of ${quoted.length} quotes in this article`;
  const findings: SourcingFinding[] = [];
  for (const q of unattributed) findings.push(finding(q.outer, 'unattributed', `No speaker found for this quote (${unattributed.length} ${of}).`));
  for (const q of unnamed) {
    const phrase = text.slice(q.attribution.speakerSpan!.start, q.attribution.speakerSpan!.end);
    findings.push(
      finding(q.outer, 'unnamed-source', `Attributed only to an unnamed source, "${phrase}" (${unnamed.length} ${of}).`, null, [q.attribution.speakerSpan!]),
    );
  }
  for (const f of distantSpeakerFindings(quoted, entities, paragraphs)) findings.push(f);
  for (const f of headlineFindings(text, headlines, quotes)) findings.push(f);
  return { findings, quoteCount: quoted.length, unattributedCount: unattributed.length, unnamedSourceCount: unnamed.length };
}
