/**
 * Embedded posts: `— Harbour Ferries (@harbourferries) March 3, 2024`, the line after a quote-only
 * paragraph, signs it. A name right after the dash, then its handle, a date or nothing.
 */
import type { Attribution } from '../types';
import type { Token } from '../text/tokens';
import { phraseStartingAt, type SpeakerPhrase } from './speakers';
import { indexAfter } from './attribution';
import type { ParagraphContext } from './context';

/** Capitalised words before a handle ("Harbour Ferries (@harbourferries)"): an account's name, though no entity. */
function accountName(tokens: Token[], text: string): SpeakerPhrase | null {
  let k = 1;
  // "Alder County Sheriff's Office (@AlderSheriff)": a possessive inside the name.
  while ((tokens[k]?.kind === 'word' && tokens[k].capitalized) || (k > 1 && /^['’]s$/.test(tokens[k]?.text ?? ''))) k++;
  if (k === 1 || tokens[k]?.text !== '(' || text[tokens[k].end] !== '@') return null;
  const start = tokens[1].start;
  const end = tokens[k - 1].end;
  return { start, end, text: text.slice(start, end), kind: 'description' };
}

/** Who signs the paragraph below the one whose rules run, if it is such a line. */
export function signatureBelow(context: ParagraphContext): Attribution | null {
  const p = context.nextParagraph();
  if (p < 0) return null;
  const { text, names, layout } = context;
  const tokens = layout.tokens[p][0];
  if (!tokens || tokens[0]?.kind !== 'punct' || !/^[—–―-]$/.test(tokens[0].text)) return null;
  const named = phraseStartingAt(tokens, 1, text, names);
  // "— Harbour Ferries (@harbourferries)": a name found further in ("Ferries") leaves the account's name to read.
  // "— Alder County Sheriff's Office (@AlderSheriff)": the whole account name, not the place that opens it.
  const account = accountName(tokens, text);
  const phrase = named?.kind === 'name' && named.start === tokens[1].start && (!account || named.end >= account.end) ? named : account;
  if (!phrase || phrase.start !== tokens[1].start) return null;
  const after = tokens[indexAfter(tokens, phrase.end)];
  if (after && !/^[(,]$/.test(after.text)) return null;
  const a = context.attribution({ phrase, cue: null, confidence: 0.8, rule: 'signed below the post' }, p, layout.paragraphs[p].start);
  return a.speaker ? a : null;
}
