/** The corpus scoring rule (see ../shared/corpus/README.md), applied to one article at a time. */
import type { Analysis, Quote } from '../../src/engine/types';
import { shownQuotes } from '../../src/engine/shown';

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string;
  speakerStart: number | null;
  speakerEnd: number | null;
  type: 'direct' | 'mixed' | 'indirect';
  cue: string;
}

export interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

/** Counts for one family of quotes (direct, or reported): extraction and speaker. */
export interface Counts {
  gold: number;
  found: number;
  predicted: number;
  right: number;
  speakerScored: number;
  speakerRight: number;
  /** Found gold quotes with no single speaker (unsourced, or a group), and how many of them were left unattributed. */
  unsourced: number;
  unsourcedKept: number;
  errors: Record<string, number>;
}

export interface Tally {
  direct: Counts;
  reported: Counts;
}

const emptyCounts = (): Counts => ({
  gold: 0, found: 0, predicted: 0, right: 0, speakerScored: 0, speakerRight: 0, unsourced: 0, unsourcedKept: 0, errors: {},
});
export const emptyTally = (): Tally => ({ direct: emptyCounts(), reported: emptyCounts() });

export function addTally(into: Tally, from: Tally): void {
  for (const family of ['direct', 'reported'] as const) {
    const a = into[family];
    const b = from[family];
    for (const key of ['gold', 'found', 'predicted', 'right', 'speakerScored', 'speakerRight', 'unsourced', 'unsourcedKept'] as const) a[key] += b[key];
    for (const [kind, n] of Object.entries(b.errors)) a.errors[kind] = (a.errors[kind] ?? 0) + n;
  }
}

/**
 * PolNeAR's indirect items include beliefs and endorsements; reported speech counts only items whose cue
 * is a verb of speech or thought (matched on the cue's first word, any inflection).
 */
const SPEECH_OR_THOUGHT_CUE =
  /^(s[ae]ys?|said|saying|tell|tells|told|telling|add|adds|added|adding|state[sd]?|stating|claim(s|ed|ing)?|argue[sd]?|arguing|explain(s|ed|ing)?|note[sd]?|noting|insist(s|ed|ing)?|suggest(s|ed|ing)?|announce[sd]?|announcing|warn(s|ed|ing)?|write|writes|wrote|written|writing|report(s|ed|ing)?|acknowledge[sd]?|acknowledging|admit(s|ted|ting)?|den(y|ies|ied|ying)|assert(s|ed|ing)?|contend(s|ed|ing)?|declare[sd]?|declaring|predict(s|ed|ing)?|promise[sd]?|promising|vow(s|ed|ing)?|pledge[sd]?|pledging|repl(y|ies|ied|ying)|respond(s|ed|ing)?|answer(s|ed|ing)?|ask(s|ed|ing)?|call(s|ed|ing)?|confirm(s|ed|ing)?|reveal(s|ed|ing)?|tweet(s|ed|ing)?|post(s|ed|ing)?|recall(s|ed|ing)?|describe[sd]?|describing|mention(s|ed|ing)?|accuse[sd]?|accusing|charge[sd]?|charging|allege[sd]?|alleging|complain(s|ed|ing)?|concede[sd]?|conceding|point(s|ed|ing)?|emphasi[sz]e[sd]?|emphasi[sz]ing|stress(es|ed|ing)?|testif(y|ies|ied|ying)|urge[sd]?|urging|indicate[sd]?|indicating|signal(s|ed|led|ing)?|believe[sd]?|believing|think(s|ing)?|thought|feel(s|ing)?|felt|know(s|ing)?|knew|hope[sd]?|hoping|fear(s|ed|ing)?|worr(y|ies|ied|ying)|expect(s|ed|ing)?|doubt(s|ed|ing)?|wonder(s|ed|ing)?|according|estimate[sd]?|estimating|conclude[sd]?|concluding|agree[sd]?|agreeing|disagree[sd]?|countered|counter(s|ing)?|quip(s|ped|ping)?|joke[sd]?|joking|boast(s|ed|ing)?|brag(s|ged|ging)?|criticize[sd]?|criticizing|insisted|maintain(s|ed|ing)?|observe[sd]?|observing|remark(s|ed|ing)?|show(s|ed|n|ing)?|find|finds|found|suggests|acknowledged|cite[sd]?|citing|predicted|demand(s|ed|ing)?|threaten(s|ed|ing)?|boasted|assure[sd]?|assuring|inform(s|ed|ing)?|recount(s|ed|ing)?|assume[sd]?|assuming|speculate[sd]?|speculating|contend|reckon(s|ed)?|imply|implie[sd]|implying|acknowledges)$/i;

export function isSpeechOrThoughtCue(cue: string): boolean {
  const first = cue.trim().split(/\s+/)[0]?.replace(/[^\p{L}]/gu, '') ?? '';
  return SPEECH_OR_THOUGHT_CUE.test(first);
}

const LETTER = /[\p{L}\p{N}]/u;

/** A per-character mask of the letters covered by a set of spans. */
function coverMask(length: number, spans: { start: number; end: number }[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const s of spans) mask.fill(1, Math.max(0, s.start), Math.min(length, s.end));
  return mask;
}

function letterShare(text: string, start: number, end: number, mask: Uint8Array): number {
  let letters = 0;
  let inside = 0;
  for (let i = start; i < end; i++) {
    if (!LETTER.test(text[i])) continue;
    letters++;
    if (mask[i]) inside++;
  }
  return letters === 0 ? 0 : inside / letters;
}

function overlapLetters(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const PRONOUN = /^(he|she|they|it|i|we|you|him|her|them|his|their)$/i;
const surnameOf = (name: string): string =>
  (name
    .replace(/\([^)]*\)/g, ' ') // "Sen. Claire McCaskill (D-Mo.)": the party and state after the name
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\s.-]/gu, ' ')
    .trim()
    .split(/\s+/)
    .pop() ?? '').toLowerCase();

function speakerIsRight(gold: GoldQuote, predicted: Quote): boolean {
  const a = predicted.attribution;
  if (!a.speaker) return false;
  if (a.speakerSpan && gold.speakerStart !== null && gold.speakerEnd !== null) {
    if (overlapLetters(a.speakerSpan, { start: gold.speakerStart, end: gold.speakerEnd }) > 0) return true;
  }
  const goldSurname = surnameOf(gold.speaker);
  return goldSurname.length > 1 && goldSurname === surnameOf(a.speaker);
}

function speakerErrorKind(gold: GoldQuote, predicted: Quote, text: string): string {
  if (!predicted.attribution.speaker) return 'speaker missing';
  const goldSpeaker = gold.speaker.trim();
  if (PRONOUN.test(goldSpeaker)) return 'wrong antecedent for a pronoun';
  if (/^(a|an|the|some|one|two|three|many|several|other|another|his|her|their|its)\b/i.test(goldSpeaker) || /^[a-z]/.test(goldSpeaker))
    return 'wrong speaker (gold is a description)';
  const gap = gold.speakerStart === null ? 0 : Math.abs(gold.speakerStart - predicted.end);
  if (gap > 300 && gold.speakerStart !== null && text.slice(Math.min(gold.speakerStart, predicted.end), Math.max(gold.speakerStart, predicted.end)).includes('\n'))
    return 'wrong speaker (gold named in another paragraph)';
  return 'wrong speaker (gold is a name)';
}

/** A predicted quote whose speaker was judged against a gold item with a speaker (once per such gold item). */
export interface JudgedSpeaker {
  quote: Quote;
  family: 'direct' | 'reported';
  right: boolean;
}

export interface ArticleResult {
  tally: Tally;
  examples: { missed: string[]; spurious: string[]; speaker: string[]; reported: string[]; 'reported-speaker': string[] };
  /** Every speaker judgement behind the speaker accuracy, for the reliability of the confidences. */
  judged: JudgedSpeaker[];
}

function snippet(text: string, start: number, end: number): string {
  return JSON.stringify(text.slice(start, Math.min(end, start + 140)));
}

function scoreFamily(
  article: GoldArticle,
  gold: GoldQuote[],
  precisionGold: GoldQuote[],
  predicted: Quote[],
  counts: Counts,
  examples: { missed: string[]; spurious: string[]; speaker: string[] },
  judge: (quote: Quote, right: boolean) => void,
): void {
  const { text } = article;
  const predictedMask = coverMask(text.length, predicted.map((q) => q.outer));
  const goldMask = coverMask(text.length, precisionGold);
  // The corpus often labels a clause with a quoted fragment 'indirect' rather than 'mixed': a quote found
  // there counts as spurious by the rule, and is told apart here.
  const otherGoldMask = coverMask(text.length, article.quotes.filter((g) => !precisionGold.includes(g)));
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  for (const q of predicted) {
    if (letterShare(text, q.start, q.end, goldMask) >= 0.5) counts.right++;
    else {
      const kind = letterShare(text, q.start, q.end, otherGoldMask) >= 0.5 ? 'spurious quote (inside a gold item of another type)' : 'spurious quote';
      counts.errors[kind] = (counts.errors[kind] ?? 0) + 1;
      examples.spurious.push(`${article.id} @${q.start} [${q.attribution.rule}] ${snippet(text, q.start, q.end)}`);
    }
  }
  for (const g of gold) {
    if (letterShare(text, g.start, g.end, predictedMask) < 0.5) {
      const touched = predicted.some((q) => overlapLetters(q.outer, g) > 0);
      const kind = touched ? 'missed quote (boundaries)' : 'missed quote';
      counts.errors[kind] = (counts.errors[kind] ?? 0) + 1;
      examples.missed.push(`${article.id} @${g.start} ${kind}: ${snippet(text, g.start, g.end)}`);
      continue;
    }
    counts.found++;
    const best = predicted.reduce((a, b) => (overlapLetters(b.outer, g) > overlapLetters(a.outer, g) ? b : a));
    if (!g.speaker.trim()) {
      // Not part of speaker accuracy (the corpus rule); counted apart: a group or no one is no single speaker.
      counts.unsourced++;
      if (!best.attribution.speaker) counts.unsourcedKept++;
      else {
        const kind = 'speaker given where the text names no single one';
        counts.errors[kind] = (counts.errors[kind] ?? 0) + 1;
        examples.speaker.push(`${article.id} @${g.start} ${kind}: predicted ${JSON.stringify(best.attribution.speaker)} (${best.attribution.rule}) ${snippet(text, g.start, g.end)}`);
      }
      continue;
    }
    counts.speakerScored++;
    const right = speakerIsRight(g, best);
    judge(best, right);
    if (right) counts.speakerRight++;
    else {
      const kind = speakerErrorKind(g, best, text);
      counts.errors[kind] = (counts.errors[kind] ?? 0) + 1;
      examples.speaker.push(
        `${article.id} @${g.start} ${kind}: gold ${JSON.stringify(g.speaker)} predicted ${JSON.stringify(best.attribution.speaker)} ` +
          `(${best.attribution.rule}) ${snippet(text, g.start, g.end)}`,
      );
    }
  }
}

export function scoreArticle(article: GoldArticle, analysis: Analysis): ArticleResult {
  const tally = emptyTally();
  const examples: ArticleResult['examples'] = { missed: [], spurious: [], speaker: [], reported: [], 'reported-speaker': [] };
  const judged: JudgedSpeaker[] = [];
  const judgeAs = (family: JudgedSpeaker['family']) => (quote: Quote, right: boolean): void => void judged.push({ quote, family, right });
  // Scored is what a reader is shown (the editor and the exports alike): a quotation inside a partly
  // quoted sentence belongs to that mixed item, not to the direct quotes.
  const topLevel = shownQuotes(analysis, { showReportedSpeech: true });

  const goldDirect = article.quotes.filter((q) => q.type === 'direct');
  const goldMarked = article.quotes.filter((q) => q.type === 'direct' || q.type === 'mixed');
  scoreFamily(article, goldDirect, goldMarked, topLevel.filter((q) => q.kind === 'direct' && q.usage === 'speech'), tally.direct, examples, judgeAs('direct'));

  const goldReported = article.quotes.filter((q) => q.type === 'mixed' || (q.type === 'indirect' && isSpeechOrThoughtCue(q.cue)));
  const goldNotDirect = article.quotes.filter((q) => q.type !== 'direct');
  const reportedExamples = { missed: examples.reported, spurious: examples.reported, speaker: examples['reported-speaker'] };
  scoreFamily(article, goldReported, goldNotDirect, topLevel.filter((q) => q.kind !== 'direct'), tally.reported, reportedExamples, judgeAs('reported'));
  return { tally, examples, judged };
}

export interface FamilySummary {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  /** Of the found quotes without a single speaker, the share left unattributed. */
  unsourcedKept: number;
  counts: Counts;
}

const pct = (a: number, b: number): number => (b === 0 ? 0 : (100 * a) / b);

function summarizeCounts(c: Counts): FamilySummary {
  const precision = pct(c.right, c.predicted);
  const recall = pct(c.found, c.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, speakerAccuracy: pct(c.speakerRight, c.speakerScored), unsourcedKept: pct(c.unsourcedKept, c.unsourced), counts: c };
}

export function summarize(t: Tally): { direct: FamilySummary; reported: FamilySummary } {
  return { direct: summarizeCounts(t.direct), reported: summarizeCounts(t.reported) };
}
