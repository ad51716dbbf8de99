/**
 * The attribution rules in plain words, for hover cards. The engine names its rules for its own tests
 * ("trailing tag (speaker, cue)"); a reader wants to know what in the text gave the speaker away.
 */
const RULE_WORDS: Record<string, string> = {
  'according to': '“according to” names the speaker',
  'trailing tag (cue, speaker)': 'tag after the quote',
  'trailing tag (speaker, cue)': 'tag after the quote',
  'byline after the quotation': 'name after the quote',
  'leading tag (speaker, cue)': 'tag before the quote',
  'leading tag (cue, speaker)': 'tag before the quote',
  'participle cue (main clause subject)': '“saying”, “adding”… beside the quote: the sentence’s subject speaks',
  'participle cue (sentence subject)': '“saying”, “adding”… beside the quote: the sentence’s subject speaks',
  'name and colon before the quotation': 'name and colon before the quote',
  'subject of the clause the colon closes': 'the sentence before the colon names the speaker',
  'introduced by a colon in the previous paragraph': 'introduced by a colon in the paragraph before',
  'same sentence as an attributed quote': 'same sentence as another quote of this speaker',
  'speech cue': 'a speech verb in the same sentence',
  "continues the paragraph's speaker": 'same paragraph as this speaker’s other quote',
  'quote-only paragraph continues the previous speaker': 'a paragraph of quotation only: the previous speaker goes on',
  'transcript speaker label': 'the speaker’s name opens the transcript line',
};

/** How a pronoun or role noun was read, from the engine's "x = how" note. */
const HOW_WORDS: Array<[RegExp, (phrase: string, rest: string) => string]> = [
  [/^subject of the same sentence/, (p) => `“${p}” is the subject of the sentence`],
  [/^the last speaker/, (p) => `“${p}” is the last person quoted before it`],
  [/^the person named last/, (p) => `“${p}” is the person named last before it`],
  [/^the last source/, (p) => `“${p}” is the last source quoted before it`],
  [/^the entity whose role is (.+)$/, (p, role) => `“${p}” is the one whose role is ${role}`],
];

/** What a pronoun or role noun in a rule stands for, in plain words, or null when the rule has none. */
export function pronounReading(rule: string): { phrase: string; why: string } | null {
  const match = /; (.+?) = (.+)$/.exec(rule);
  if (!match) return null;
  const [, phrase, how] = match;
  const unsure = how.endsWith(', gender unknown');
  const plainHow = unsure ? how.slice(0, -', gender unknown'.length) : how;
  for (const [pattern, words] of HOW_WORDS) {
    const found = pattern.exec(plainHow);
    if (found) return { phrase, why: words(phrase, found[1] ?? '') + (unsure ? ' (its gender is not known)' : '') };
  }
  return { phrase, why: `“${phrase}” is read as ${plainHow}` };
}

/** The rule of an attribution in plain words: "tag after the quote; “he” is the last person quoted before it". */
export function ruleInWords(rule: string): string {
  let rest = rule;
  const parts: string[] = [];
  if (rest.startsWith('reported speech: ')) {
    parts.push('reported speech');
    rest = rest.slice('reported speech: '.length);
  }
  const reading = pronounReading(rest);
  const base = reading ? rest.slice(0, rest.indexOf('; ')) : rest;
  parts.push(RULE_WORDS[base] ?? base);
  if (reading) parts.push(reading.why);
  return parts.join('; ');
}
