/**
 * Recording a decision: a new review file with the quote's decision changed, every placed decision
 * re-anchored to the text as it is now (so the file follows the article), and orphans kept as they were
 * (a person may still want them; they are reported, never dropped).
 */
import type { Quote } from '../types';
import { anchorOf } from './anchor';
import { fingerprintOf } from './fingerprint';
import { decidesAnything, emptyReview, type EntityDecision, type MentionAnchor, type QuoteDecision, type ReviewFile, type ReviewStatus, type SpeakerChoice } from './format';
import type { PlacedReview } from './place';

/** A change to one quote's decision; `undefined` fields are left as they were. */
export type DecisionChange =
  | { kind: 'speaker'; speaker: SpeakerChoice }
  | { kind: 'not-quotation' }
  | { kind: 'reset' }
  | { kind: 'status'; status: ReviewStatus; note?: string; source?: string };

export function recordDecision(
  review: ReviewFile | undefined,
  placed: PlacedReview | undefined,
  text: string,
  articleName: string,
  quote: Quote,
  change: DecisionChange,
  now: Date = new Date(),
): ReviewFile {
  const base = review ?? emptyReview(articleName, fingerprintOf(text));
  const placedAt = new Map<number, Quote>();
  for (const [q, r] of placed?.byQuote ?? []) placedAt.set(r.index, q);
  const existing = placed?.byQuote.get(quote);
  const decisions: QuoteDecision[] = [];
  base.decisions.forEach((decision, index) => {
    if (index === existing?.index) return;
    const at = placedAt.get(index);
    decisions.push(at ? { ...decision, anchor: anchorOf(text, at) } : decision);
  });
  const changed = applyChange({ ...(existing?.decision ?? {}), anchor: anchorOf(text, quote) }, change, quote, now);
  if (decidesAnything(changed)) decisions.push(changed);
  decisions.sort((a, b) => a.anchor.at - b.anchor.at);
  return { ...base, article: { name: articleName, fingerprint: fingerprintOf(text) }, decisions };
}

function applyChange(decision: QuoteDecision, change: DecisionChange, quote: Quote, now: Date): QuoteDecision {
  const next: QuoteDecision = { ...decision, decided: now.toISOString() };
  switch (change.kind) {
    case 'speaker':
      next.speaker = change.speaker;
      delete next.notQuotation;
      break;
    case 'not-quotation':
      next.notQuotation = true;
      delete next.speaker;
      break;
    case 'reset':
      delete next.speaker;
      delete next.notQuotation;
      break;
    case 'status':
      if (change.status === 'unchecked') {
        delete next.status;
        delete next.note;
        delete next.source;
        delete next.checkedWords;
      } else {
        next.status = change.status;
        next.checkedWords = quote.text;
        if (change.note !== undefined) next.note = change.note;
        if (change.source !== undefined) next.source = change.source;
      }
      break;
  }
  for (const key of ['note', 'source'] as const) if (next[key] === '') delete next[key];
  return next;
}

/**
 * A change to what a name is: no person at all, the same as another, one of its mentions someone else's
 * (split), or back to what the engine decides.
 */
export type EntityChange =
  | { kind: 'not-a-person'; name: string }
  | { kind: 'same-as'; name: string; sameAs: string }
  | { kind: 'split'; name: string; mention: MentionAnchor }
  | { kind: 'reset'; name: string };

/**
 * A new review file with the decision about `change.name` replaced; splits of a name add up (one per
 * mention). A reset drops every decision about the name, merges into it, and splits that made it.
 */
export function recordEntityDecision(review: ReviewFile | undefined, text: string, articleName: string, change: EntityChange, now: Date = new Date()): ReviewFile {
  const base = review ?? emptyReview(articleName, fingerprintOf(text));
  const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
  const replaced = (d: EntityDecision): boolean => {
    if (change.kind === 'reset') return same(d.name, change.name) || (!!d.sameAs && same(d.sameAs, change.name)) || (!!d.split && same(d.split.mention, change.name));
    if (!same(d.name, change.name)) return false;
    if (change.kind === 'split') return !!d.split && d.split.at === change.mention.at && d.split.mention === change.mention.mention;
    return !d.split;
  };
  const entities = (base.entities ?? []).filter((d) => !replaced(d));
  const decided = now.toISOString();
  const added: EntityDecision | undefined =
    change.kind === 'not-a-person'
      ? { name: change.name, notAPerson: true, decided }
      : change.kind === 'same-as'
        ? { name: change.name, sameAs: change.sameAs, decided }
        : change.kind === 'split'
          ? { name: change.name, split: change.mention, decided }
          : undefined;
  if (added) entities.push(added);
  const next: ReviewFile = { ...base, article: { name: articleName, fingerprint: fingerprintOf(text) }, entities };
  if (entities.length === 0) delete next.entities;
  return next;
}
