/** What the editor says about a checked quote: the Problems-panel message and the hover. No vscode here. */
import { formatTime } from '../engine/sourceCheck/timestamps';
import type { PassageMatch, QuoteCheck, WordDifference } from '../engine/sourceCheck/types';
import { describeDifference, passageReference, STATUS_LABELS } from '../export/sourceCheck/records';

/** One line for the Problems panel, e.g. "Quote altered (negation): dropped “not” — town-hall.txt, line 16". */
export function sourceCheckMessage(check: QuoteCheck): string {
  const serious = [...new Set(check.differences.flatMap((d) => d.serious))];
  const head = `Quote ${STATUS_LABELS[check.status]}${serious.length ? ` (${serious.join(', ')})` : ''}`;
  const where = check.passages[0] ? ` — ${passagePlace(check.passages[0])}` : '';
  switch (check.status) {
    case 'not-found':
      return `${head}: no passage in the sources holds these words`;
    case 'speaker-differs':
      return `${head}: the source gives these words to ${check.sourceSpeaker}${where}`;
    case 'altered':
      return `${head}: ${check.differences.slice(0, 3).map((d) => describeDifference(lineless(d))).join('; ')}${check.differences.length > 3 ? '; …' : ''}${where}`;
    case 'matches':
      return `${head}${where}`;
  }
}

/** "town-hall.txt, line 16, 0:41, MAYOR OKAFOR" (the source's file name without its folder). */
export function passagePlace(passage: PassageMatch): string {
  const name = passage.source.split(/[\\/]/).pop() ?? passage.source;
  return [name, `line ${passage.line}`, passage.startMs === null ? null : formatTime(passage.startMs), passage.speaker].filter(Boolean).join(', ');
}

/** What a verification from the source records as its source: where the passages are (see passageReference). */
export const verificationSource = (check: Pick<QuoteCheck, 'passages'>): string => passageReference(check);

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~]/g;
const escape = (text: string): string => text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);

/**
 * The hover's Markdown: the result, each source passage with the source's words that differ in bold and the
 * quote's own words struck through beside them, and a link per passage (`openLink(i)` gives its target).
 */
export function sourceCheckHover(check: QuoteCheck, openLink: (passage: number) => string): string {
  const serious = [...new Set(check.differences.flatMap((d) => d.serious))];
  const lines = [`**Source check: ${STATUS_LABELS[check.status]}**${serious.length ? ` (${serious.join(', ')})` : ''}`];
  if (check.status === 'not-found') lines.push('', 'No passage in the sources holds these words.');
  if (check.sourceSpeaker) lines.push('', `The source gives these words to **${escape(check.sourceSpeaker)}**.`);
  check.passages.forEach((passage, i) => {
    lines.push('', `> ${markedPassage(passage, check.differences)}`, '', `[${escape(passagePlace(passage))}](${openLink(i)})`);
  });
  const extra = check.differences.filter((d) => d.kind === 'added');
  if (extra.length) lines.push('', ...extra.map((d) => `- not in the source: ~~${escape(d.quoteWords)}~~`));
  for (const edit of check.allowedEdits) {
    if (edit.kind === 'omission' && edit.sourceWords) lines.push('', `- omitted with “…”: ${escape(edit.sourceWords)}`);
    if (edit.kind === 'insertion' && edit.sourceWords) lines.push('', `- in brackets for: ${escape(edit.sourceWords)}`);
    if (edit.kind === 'stitched') lines.push('', '- joined from two places in the sources');
  }
  return lines.join('\n');
}

/** The passage's words with what the quote changed or dropped in bold and what it put instead struck through. */
function markedPassage(passage: PassageMatch, differences: WordDifference[]): string {
  const inside = differences
    .filter((d) => d.kind !== 'added' && d.sourceSpan.start >= passage.start && d.sourceSpan.end <= passage.end)
    .sort((a, b) => a.sourceSpan.start - b.sourceSpan.start);
  // The passage text is the source's words from passage.start with spacing collapsed, so a difference is at or
  // before its offset in the source: look for its words there, in order.
  const raw = passage.text;
  let out = '';
  let cursor = 0;
  for (const d of inside) {
    if (!d.sourceWords) continue;
    const approx = d.sourceSpan.start - passage.start;
    let at = raw.lastIndexOf(d.sourceWords, approx);
    if (at < cursor) at = raw.indexOf(d.sourceWords, cursor);
    if (at < 0) continue;
    const instead = d.quoteWords ? ` ~~${escape(d.quoteWords)}~~` : '';
    out += `${escape(raw.slice(cursor, at))}**${escape(d.sourceWords)}**${instead}`;
    cursor = at + d.sourceWords.length;
  }
  return out + escape(raw.slice(cursor));
}

/** The record renderer's difference shape, for a difference straight from the engine. */
function lineless(d: WordDifference): { kind: WordDifference['kind']; quoteWords: string; sourceWords: string; serious: WordDifference['serious']; line: number } {
  return { kind: d.kind, quoteWords: d.quoteWords, sourceWords: d.sourceWords, serious: d.serious, line: 0 };
}
