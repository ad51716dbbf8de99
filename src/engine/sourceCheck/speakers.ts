/** Whether the speaker a transcript names ("SEN. WARREN", "Warren") is the quote's speaker ("Elizabeth Warren"). */

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov',
  'governor', 'president', 'vice', 'secretary', 'minister', 'prime', 'foreign', 'mayor', 'gen', 'general', 'the', 'of',
  'state', 'prof', 'professor', 'rev', 'judge', 'justice', 'chairman', 'chairwoman', 'chair', 'speaker', 'leader',
  'ambassador', 'amb', 'lt', 'col', 'capt', 'sgt', 'adm', 'admiral', 'sir', 'dame', 'lord', 'lady', 'hon', 'former',
  'chief', 'executive', 'officer', 'ceo', 'attorney', 'commissioner', 'deputy', 'director', 'sheriff', 'officer',
]);

/** Turns that name no one in particular: anyone could be behind them, so they contradict no speaker. */
const ANYONE = new Set([
  'resident', 'audience', 'member', 'caller', 'unidentified', 'unknown', 'participant', 'voice', 'man', 'woman', 'male',
  'female', 'attendee', 'crowd', 'protester', 'student', 'parent', 'voter', 'citizen', 'speaker',
]);

function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/['’]s$/, '').replace(/^[-'’]+|[-'’]+$/g, ''))
    .filter((word) => word.length > 0 && !TITLES.has(word));
}

/** True when the two names share a name word (a surname or a full name), titles aside. */
export function sameSpeaker(quoteSpeaker: string, sourceSpeaker: string): boolean {
  const quoteWords = nameWords(quoteSpeaker);
  const sourceWords = new Set(nameWords(sourceSpeaker));
  if (quoteWords.length === 0 || sourceWords.size === 0 || [...sourceWords].every((word) => ANYONE.has(word))) return true;
  return quoteWords.some((word) => word.length > 1 && sourceWords.has(word));
}
