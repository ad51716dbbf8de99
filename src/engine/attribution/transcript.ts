/**
 * Interview transcripts: paragraphs that are turns (`A: No. We had a plan…`, `REYES: You tell the truth.`,
 * `Solberg: About 800 metres…`) hold the speaker's words without quotation marks. Each turn is a direct
 * quote credited to its label; `Q:` turns are the outlet's own questions and are not quotes.
 */
import type { Attribution, Span } from '../types';
import type { EntityDraft, EntityIndex } from '../names/entities';
import type { MarkedQuote } from '../text/quotes';

export interface TranscriptTurn {
  /** The label as written ("REYES", "A"), without its colon. */
  label: Span;
  /** The words of the turn: the rest of the paragraph. */
  content: Span;
  attribution: Attribution;
}

/**
 * A label at the paragraph's start, after the opening mark of a transcript quoted paragraph by paragraph; in
 * capitals it may name the speaker in brackets ("CALLER (TERRY):").
 */
const TURN = /^(["“]?)(?:(Q|A)|([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,4}(?: \([A-Z][A-Za-z.'’ -]{0,30}\))?)|([A-Z][a-z]+(?: [A-Z][a-z]+)?)):[ \t]+(?=\S)/;
/** A document is a transcript when at least this many paragraphs are turns (one label alone is a heading). */
const MIN_TURNS = 2;
const MARK = /^["“”'‘’«»]/;

interface Candidate {
  paragraph: number;
  label: Span;
  content: Span;
  kind: 'question' | 'answer' | 'capitals' | 'name';
}

function candidates(text: string, paragraphs: Span[], quotes: readonly Span[]): Candidate[] {
  const found: Candidate[] = [];
  paragraphs.forEach((p, i) => {
    const m = TURN.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (!m) return;
    const contentStart = p.start + m[0].length;
    const quoted = m[1] !== '';
    // Words in marks after a label ("EXPERT VIEW: "…," says …") are a quotation of their own; a label
    // inside marks opens a quoted turn only when the mark opens the paragraph.
    if (MARK.test(text.slice(contentStart, contentStart + 1))) return;
    if (!quoted && quotes.some((q) => q.start <= contentStart && q.end > contentStart)) return;
    const labelText = m[2] ?? m[3] ?? m[4];
    const kind = m[2] === 'Q' ? 'question' : m[2] === 'A' ? 'answer' : m[3] ? 'capitals' : 'name';
    if (kind === 'capitals' && labelText.replace(/[^A-Z]/g, '').length < 2) return;
    const labelStart = p.start + m[1].length;
    let end = p.end;
    if (quoted && /["”]/.test(text[end - 1] ?? '')) end--;
    found.push({ paragraph: i, label: { start: labelStart, end: labelStart + labelText.length }, content: { start: contentStart, end }, kind });
  });
  return found;
}

const surnameOf = (label: string): string => label.split(/\s+/).pop()!.replace(/[^\p{L}'’-]/gu, '').toLowerCase();

export function personBySurname(index: EntityIndex, surname: string): EntityDraft | undefined {
  return index.entities.find((e) => e.type === 'person' && e.words[e.words.length - 1].toLowerCase() === surname);
}

/** Who answers: the first person named before the first turn (the interview's introduction). */
function interviewee(index: EntityIndex, before: number): EntityDraft | undefined {
  let best: EntityDraft | undefined;
  let bestAt = Infinity;
  for (const e of index.entities) {
    if (e.type !== 'person') continue;
    const first = e.mentions.find((m) => m.start < before && !m.inQuote);
    if (first && first.start < bestAt) {
      best = e;
      bestAt = first.start;
    }
  }
  return best;
}

export function transcriptTurns(text: string, paragraphs: Span[], quotes: readonly Span[], index: EntityIndex): TranscriptTurn[] {
  const all = candidates(text, paragraphs, quotes);
  if (all.length < MIN_TURNS) return [];
  // A name in title case ("Solberg:") is a label only where it names a person of the document, and
  // labels of a kind come more than once.
  const count = new Map<string, number>();
  for (const c of all) count.set(c.kind === 'name' ? surnameOf(text.slice(c.label.start, c.label.end)) : c.kind, (count.get(c.kind === 'name' ? surnameOf(text.slice(c.label.start, c.label.end)) : c.kind) ?? 0) + 1);
  const turns: TranscriptTurn[] = [];
  const firstTurn = paragraphs[all[0].paragraph].start;
  for (const c of all) {
    if (c.kind === 'question') continue;
    const label = text.slice(c.label.start, c.label.end);
    let entity: EntityDraft | undefined;
    if (c.kind === 'answer') {
      if ((count.get('question') ?? 0) === 0) continue; // "A:" without questions is no interview
      entity = interviewee(index, firstTurn);
    } else {
      entity = personBySurname(index, surnameOf(label));
      if (c.kind === 'name' && (!entity || (count.get(surnameOf(label)) ?? 0) < MIN_TURNS)) continue;
    }
    turns.push({
      label: c.label,
      content: c.content,
      attribution: {
        speaker: entity?.name ?? label,
        entityId: entity?.id ?? null,
        speakerSpan: c.label,
        cue: null,
        cueSpan: null,
        confidence: c.kind === 'answer' ? 0.7 : 0.85,
        rule: c.kind === 'answer' ? 'transcript answer (the person introduced)' : 'transcript speaker label',
      },
    });
  }
  return turns;
}

/** How a label finds its speaker: a person of the document by surname (in lower case). */
export interface PeopleBySurname {
  personBySurname(surname: string): EntityDraft | undefined;
}

/** A transcript quoted in marks: `"WALLACE: Let's start…"`, the speaker's name in capitals opening the quotation. */
export function transcriptLabel(text: string, quote: MarkedQuote, people: PeopleBySurname): Attribution | null {
  const m = /^([A-Z][A-Z.'’ -]{1,40}):\s/.exec(text.slice(quote.start, quote.start + 45));
  if (!m) return null;
  const label = m[1].trim();
  const entity = people.personBySurname(label.split(/\s+/).pop()!.toLowerCase());
  const span = { start: quote.start, end: quote.start + m[1].length };
  return {
    speaker: entity?.name ?? label,
    entityId: entity?.id ?? null,
    speakerSpan: span,
    cue: null,
    cueSpan: null,
    confidence: 0.85,
    rule: 'transcript speaker label',
  };
}
