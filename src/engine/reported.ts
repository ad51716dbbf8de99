/**
 * Reported (indirect) speech: "Pompeo said the two spoke about the question of interference" gives words
 * to Pompeo as surely as a quotation does. Built on the speech cues the sieve already resolved: the
 * content is the clause after the cue (`X said (that) …`) or before the tag (`…, X said.`).
 */
import type { Quote, Span } from './types';
import type { DocumentLayout, SieveResult } from './attribution';
import type { Token } from './tokens';
import { spansTouching } from './spans';

export type ReportedSpeech = Omit<Quote, 'text' | 'line'>;

/** Cues that take a clause of content; "according to" and "called on" take other things. */
const TAKES_CLAUSE = /^(say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|note|notes|noted|noting|argue|argues|argued|arguing|claim|claims|claimed|claiming|warn|warns|warned|warning|explain|explains|explained|insist|insists|insisted|suggest|suggests|suggested|announce|announces|announced|acknowledge|acknowledges|acknowledged|admit|admits|admitted|contend|contends|contended|assert|asserts|asserted|declare|declares|declared|predict|predicts|predicted|promise|promises|promised|vow|vows|vowed|report|reports|reported|reveal|revealed|confirm|confirms|confirmed|deny|denies|denied|stress|stressed|emphasize|emphasized|maintain|maintains|maintained|concede|conceded|believe|believes|believed|think|thinks|thought|hope|hopes|hoped|fear|fears|feared|worry|worried|expect|expects|expected|recall|recalled|wrote|writes|write|tweeted|posted|complained|countered|replied|responded|agreed|estimated|estimates)$/i;

const OBJECT_BEFORE_CLAUSE = 8;

function contentAfter(tokens: Token[], cueIndex: number, text: string): Span | null {
  let i = cueIndex + 1;
  if (tokens[i]?.lower === 'on' || tokens[i]?.lower === 'in') return null; // "said on Monday" is handled by the caller's later words
  // "told reporters (that) …": skip a short object up to "that" or a clause start.
  if (/^(tell|tells|told|telling|warn|warned|assure|assured|remind|reminded)$/.test(tokens[cueIndex].lower)) {
    const that = tokens.slice(i, i + OBJECT_BEFORE_CLAUSE).findIndex((t) => t.lower === 'that');
    if (that >= 0) i += that;
    else i += 1;
  }
  while (i < tokens.length && (tokens[i].lower === 'that' || (tokens[i].kind === 'punct' && /[,:]/.test(tokens[i].text)))) i++;
  // Skip a time adverbial right after the cue: "said Tuesday that …".
  if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|recently|earlier|later|last|repeatedly)$/i.test(tokens[i]?.lower ?? '')) {
    const that = tokens.slice(i, i + 5).findIndex((t) => t.lower === 'that');
    if (that < 0) return null;
    i += that + 1;
  }
  let end = tokens.length - 1;
  while (end >= i && tokens[end].kind === 'punct') end--;
  if (end - i < 2) return null;
  if (tokens.slice(i, end + 1).some((t) => t.kind === 'word' && /^(said|says|told)$/.test(t.lower) && t !== tokens[cueIndex])) {
    // Another tag later in the sentence: stop before it.
    const stop = tokens.findIndex((t, k) => k > i && t.kind === 'punct' && t.text === ',');
    if (stop > i + 2) end = stop - 1;
  }
  void text;
  return { start: tokens[i].start, end: tokens[end].end };
}

/** `…, Lavrov said.`: the content before the tag, when the tag closes the sentence. */
function contentBefore(tokens: Token[], subjectStart: number, cueIndex: number): Span | null {
  const rest = tokens.slice(cueIndex + 1).filter((t) => t.kind === 'word');
  if (rest.length > 4) return null;
  let comma = -1;
  for (let k = 0; k < tokens.length && tokens[k].start < subjectStart; k++) if (tokens[k].kind === 'punct' && tokens[k].text === ',') comma = k;
  if (comma < 3) return null;
  const first = tokens.findIndex((t) => t.kind !== 'punct');
  return { start: tokens[first].start, end: tokens[comma - 1].end };
}

export function detectReportedSpeech(layout: DocumentLayout, quotations: Span[], events: SieveResult['speechEvents']): ReportedSpeech[] {
  const found: ReportedSpeech[] = [];
  for (const event of events) {
    const { cue, attribution, tokens } = event;
    if (!attribution.speaker || cue.text === 'according to' || !TAKES_CLAUSE.test(cue.token.lower)) continue;
    const subject = cue.subject;
    let span: Span | null = null;
    if (subject && subject.start < cue.token.start) {
      span = contentAfter(tokens, cue.index, layout.text);
      const before = contentBefore(tokens, subject.start, cue.index);
      if (before && (!span || span.end - span.start < 10)) span = before;
    } else if (cue.inverted) {
      span = contentBefore(tokens, cue.token.start, cue.index + 1 + tokens.slice(cue.index + 1).findIndex((t) => t.end >= cue.inverted!.end));
    }
    if (!span || span.end - span.start < 12) continue;
    const previous = found[found.length - 1]; // events come in reading order
    if (previous && previous.start < span.end && span.start < previous.end) continue;
    const quoted = spansTouching(quotations, quotations, span);
    if (quoted.some((q) => q.start <= span!.start && q.end >= span!.end)) continue; // all inside marks: a direct quote
    found.push({
      start: span.start,
      end: span.end,
      kind: quoted.length ? 'mixed' : 'reported',
      usage: 'speech',
      outer: { start: span.start, end: span.end },
      depth: 0,
      multiParagraph: false,
      attribution: { ...attribution, confidence: Math.min(attribution.confidence, 0.8), rule: `reported speech: ${attribution.rule}` },
    });
  }
  return found;
}
