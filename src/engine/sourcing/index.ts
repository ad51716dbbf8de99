/**
 * The sourcing findings of an analysis, computed from it and the analysed text. The typing fast path
 * (which moves the previous analysis) computes the quote findings again, since they read quote texts and
 * the words around them, and moves the name findings: an edit it takes never changes a name.
 */
import type { Analysis, Sourcing, SourcingFinding, Span } from '../types';
import type { Move } from '../shapes';
import { shownQuotes } from '../shown';
import { quoteFindings } from './quotes';
import { spellingFindings, titleFindings } from './spellings';

/** Findings of one kind past this many are left out: a reader of a thousand is served by none of them. */
const MOST_PER_KIND = 500;

const NAME_KINDS = new Set<SourcingFinding['kind']>(['name-spelling', 'title-change']);

/** `text`: the analysed text as the rules read it (Markdown's code masked); `paragraphs` its paragraphs. */
export function sourcingOf(analysis: Pick<Analysis, 'quotes' | 'entities'>, text: string, paragraphs: readonly Span[]): Sourcing {
  return withNameFindings(analysis, text, paragraphs, [...spellingFindings(analysis.entities), ...titleFindings(analysis.entities, text)]);
}

/** The sourcing of an analysis moved by an edit that changed no name (see wordEdit.ts). */
export function movedSourcing(previous: Sourcing, analysis: Pick<Analysis, 'quotes' | 'entities'>, text: string, paragraphs: readonly Span[], move: Move): Sourcing {
  const moved = previous.findings.filter((f) => NAME_KINDS.has(f.kind)).map((f) => movedFinding(f, move));
  return withNameFindings(analysis, text, paragraphs, moved);
}

function withNameFindings(analysis: Pick<Analysis, 'quotes' | 'entities'>, text: string, paragraphs: readonly Span[], names: SourcingFinding[]): Sourcing {
  const shown = shownQuotes(analysis, { showReportedSpeech: true });
  const quoted = quoteFindings(text, paragraphs, analysis.quotes, shown, analysis.entities);
  const perKind = new Map<string, number>();
  const findings = [...quoted.findings, ...names]
    .filter((f) => {
      const n = (perKind.get(f.kind) ?? 0) + 1;
      perKind.set(f.kind, n);
      return n <= MOST_PER_KIND;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, quoteCount: quoted.quoteCount, unattributedCount: quoted.unattributedCount, unnamedSourceCount: quoted.unnamedSourceCount };
}

function movedFinding(f: SourcingFinding, move: Move): SourcingFinding {
  const span = (s: Span): Span => ({ start: move(s.start, true), end: move(s.end, false) });
  return {
    start: move(f.start, true),
    end: move(f.end, false),
    kind: f.kind,
    message: f.message,
    entityId: f.entityId,
    related: f.related.map(span),
    paragraphsBack: f.paragraphsBack,
    fixes: f.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ ...span(e), text: e.text })), preferred: fix.preferred })),
  };
}
