/**
 * Name chunks: runs of capitalised words that name someone or something, split into a role ("Secretary of
 * State") and the name proper ("Mike Pompeo"). No clustering here: see entities.ts.
 */
import type { Span } from '../types';
import { isPersonInitials, type Token } from '../text/tokens';
import type { SpanCover } from '../text/spans';
import {
  isCommonWord, isDateWord, isDemonym, isFirstName, isHonorific, isKnownOrganization, isKnownPersonName, isKnownPlace,
  isPluralNoun, isRoleNoun, isTitleAbbreviation, isTitleComplement, isTitleHead, endsEvent, endsOrganization, endsPlace, lexiconTags, wordFacts,
  cueKindOfLowerCase,
} from '../lexicon';

export interface NameChunk {
  /** The name proper. */
  start: number;
  end: number;
  text: string;
  words: string[];
  /** The words in lower case, joined: what entities are keyed by. */
  key: string;
  /** The role or title written before the name, if any ("Russian Foreign Minister"). */
  role: (Span & { text: string }) | null;
  /** A role given in apposition after the name ("Priya Lund, the city engineer,"). */
  appositive: (Span & { text: string }) | null;
  honorific: string | null;
  /** Person, organization, place, or not known yet (a lone capitalised word). */
  type: 'person' | 'organization' | 'place' | 'unknown';
  inQuote: boolean;
  /** A lone capitalised common word ("President", "Baker"): a name only as a known person's surname. */
  surnameOnly: boolean;
  /** Followed by a possessive 's. */
  possessive: boolean;
}

const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'but', 'and', 'or', 'so', 'if', 'when', 'while', 'after', 'before',
  'as', 'at', 'in', 'on', 'of', 'for', 'to', 'from', 'with', 'by', 'despite', 'although', 'though', 'because', 'since',
  'until', 'unless', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'both', 'all', 'some', 'many', 'most', 'every', 'each',
  'no', 'not', 'yes', 'then', 'now', 'also', 'even', 'still', 'yet', 'just', 'only', 'is', 'are',
  'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'has', 'have',
  'had', 'be', 'been', 'being', 'said', 'says', 'say', 'told', 'asked', 'added', 'according', 'like', 'about', 'into',
  'over', 'under', 'up', 'down', 'out', 'off', 'than', 'very', 'more', 'less', 'one', 'two', 'three', 'new', 'former',
  'against', 'across', 'through', 'toward', 'towards', 'upon',
  'oh', 'well', 'please', 'thank', 'thanks', 'let', 'lets', 'let’s', "let's", 'we’re', "we're", 'i’m', "i'm", 'it’s', "it's",
  'don’t', "don't", 'read', 'watch', 'see', 'click', 'related', 'update', 'updated', 'photo', 'video', 'copyright',
]);
const CONNECTORS = new Set(['of', 'de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'las', 'los', 'le', 'du', 'dos', 'das', '&']);
const PRONOUN_I = 'I';
const NOUN_TAGS = new Set(['Singular', 'Noun', 'Uncountable']);
const isOnlyNoun = (word: string): boolean => {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => NOUN_TAGS.has(tag));
};
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|(?:north|south)-?(?:east|west))$/;
/** "Southern California", "Northern Ireland": a compass word before a known place; "North Carolina": one itself. */
const opensWithRegion = (first: string, second: string | undefined): boolean =>
  second !== undefined && COMPASS.test(first) && (isKnownPlace(second) || isKnownPlace(`${first} ${second}`));

/** `next`: the token after, which tells a month abbreviation ("Jun. 5", "Jun 5") from a name (Ai Jun). */
function isNameWord(t: Token, next?: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.text === PRONOUN_I || startsWithNumber(t.text)) return false;
  if (t.capitalized) return !isDateWord(t.lower) || (t.text.length <= 3 && next !== undefined && next.text !== '.' && !startsWithNumber(next.text));
  return t.text.includes('-') && /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text); // al-Assad, bin-Talal
}

/** `/^\p{N}/u`, without running a regular expression for the usual ASCII first character. */
function startsWithNumber(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 48 && code <= 57 : /^\p{N}/u.test(word);
}

/** Lowercase words that may stand in a role before a name ("special counsel", "opposition leader"). */
export function isRoleModifier(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (FUNCTION_WORDS.has(t.lower) || CONNECTORS.has(t.lower)) return false;
  // "recalls drummer Tobias Kent": an inflected cue verb the lexicon may know as a noun ("product recalls") modifies
  // no role ("volunteer media coordinator" keeps its modifier).
  if (/(?:s|ed)$/.test(t.lower) && cueKindOfLowerCase(t.lower) !== null) return false;
  const tags = lexiconTags(t.lower);
  if (tags.some((x) => ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Adverb', 'Modal', 'Copula'].includes(x)) && !isRoleNoun(t.lower))
    return false;
  return true;
}

export interface ChunkContext {
  text: string;
  /** Tokens of one sentence (words and punctuation, quotations not collapsed). */
  tokens: Token[];
  sentenceStart: number;
  /** The quotations touching the paragraph. */
  quotes: SpanCover;
  /** True for a headline in title case: capitals there say nothing. */
  titleCase: boolean;
  /** Words known to be names from the body of the document (used for headlines). */
  knownNameWords?: ReadonlySet<string>;
}

/** Sentence starts: the first word of the sentence, and the first word after an opening quotation mark, colon or dash. */
function startsClause(ctx: ChunkContext, token: Token): boolean {
  if (token.start === ctx.sentenceStart) return true;
  let i = token.start - 1;
  while (i >= ctx.sentenceStart && /\s/.test(ctx.text[i])) i--;
  if (i < ctx.sentenceStart) return true;
  if (/[“‘«(—:]/.test(ctx.text[i])) return true;
  return ctx.quotes.startsAt(i) || ctx.quotes.startsAt(i - 1); // right after an opening mark
}

/** Splits the capitalised runs of a sentence into name chunks. */
export function findNameChunks(ctx: ChunkContext): NameChunk[] {
  const { tokens } = ctx;
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i], tokens[i + 1])) {
      i++;
      continue;
    }
    // Grow the run tokens[i, j): name words, connectors between them, periods after initials and title
    // abbreviations.
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      const last = tokens[j - 1];
      if (isNameWord(t, tokens[j + 1]) && t.start - last.end <= 1) j++;
      else if (t.text === '.' && last.kind === 'word' && t.start === last.end && (/^\p{Lu}$/u.test(last.text) || isHonorific(last.text) || isTitleAbbreviation(last.text) || /^(st|jr|sr|ft)$/i.test(last.text)) && tokens[j + 1] && isNameWord(tokens[j + 1]))
        j++;
      else if (CONNECTORS.has(t.lower) && !t.capitalized && tokens[j + 1] && isNameWord(tokens[j + 1]) && last.kind === 'word' && !(t.lower === 'of' && isPersonSoFar(tokens, i, j)))
        j++;
      // "Pacific Gas and Electric", "Allied Steel and Power": "and" before a word that ends company names.
      else if (t.lower === 'and' && last.kind === 'word' && last.capitalized && tokens[j + 1] && isNameWord(tokens[j + 1]) &&
        endsOrganization(tokens[j + 1].lower))
        j++;
      // "Ana de la Cruz", "Ursula von der Leyen": two particles before the surname.
      else if (t.lower !== 'of' && CONNECTORS.has(t.lower) && !t.capitalized && last.kind === 'word' && tokens[j + 1]?.lower !== 'of' &&
        CONNECTORS.has(tokens[j + 1]?.lower ?? '') && !tokens[j + 1].capitalized && tokens[j + 2] && isNameWord(tokens[j + 2]))
        j += 2;
      else if (isNicknameAt(ctx.text, tokens, j)) j += 2; // Marcia "Cia" Price
      // "Justice R.K. Menon": the periods of a person's initials come as tokens of their own after them.
      else if (isPeriodOfInitials(tokens, i, j) && tokens[j + 1] && (isPeriodOfInitials(tokens, i, j + 1) || isNameWord(tokens[j + 1]))) j++;
      else break;
    }
    const chunk = chunkFromRun(ctx, i, j);
    i = j;
    if (chunk) chunks.push(chunk);
  }
  return chunks;
}

/** Whether tokens[k] is one of the periods of the person's initials (J.K.) that the run tokens[from, k) ends with. */
function isPeriodOfInitials(tokens: Token[], from: number, k: number): boolean {
  if (tokens[k].text !== '.') return false;
  let w = k - 1;
  while (w > from && tokens[w].text === '.' && tokens[w].start < tokens[k].start) w--;
  const initials = tokens[w];
  return initials.kind === 'word' && tokens[k].end <= initials.end && isPersonInitials(initials.text);
}

/**
 * `Marcia "Cia" Price`: tokens[k] is one capitalised word in quotation marks between two words of a name, each a
 * space away. The nickname joins the name's run without being one of its words.
 */
function isNicknameAt(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!t || !before || !after || t.kind !== 'word' || !t.capitalized || after.kind !== 'word' || !after.capitalized) return false;
  const opens = /^\s["“'‘]$/.test(text.slice(before.end, t.start));
  const closes = /^["”'’]\s$/.test(text.slice(t.end, after.start));
  return opens && closes && before.kind === 'word' && before.capitalized;
}

/**
 * "Dr. Michael Lin of Stanford University": a run (tokens[from, to)) that is already a person's name ends
 * before "of".
 */
function isPersonSoFar(tokens: Token[], from: number, to: number): boolean {
  let first: Token | undefined;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || isHonorific(t.text) || isTitleAbbreviation(t.text) || isRoleNoun(t.lower)) continue;
    if (first) return isFirstName(first.lower) && !isKnownPlace(first.lower);
    first = t;
  }
  return false;
}

/** First names spelt like common words, which the lexicon knows only as those words. */
const WORD_FIRST_NAMES = new Map<string, 'male' | 'female' | null>([
  ['will', 'male'], ['rush', 'male'], ['bill', 'male'], ['rand', 'male'], ['newt', 'male'], ['chip', 'male'], ['drew', 'male'],
  ['pat', null], ['rob', 'male'], ['sue', 'female'], ['buck', 'male'], ['bud', 'male'], ['hank', 'male'],
]);
export const isWordFirstName = (lower: string): boolean => WORD_FIRST_NAMES.has(lower);
/** The usual gender of such a first name ("Bill Clinton" is a man), which the lexicon knows only as a word. */
export const genderOfWordFirstName = (lower: string): 'male' | 'female' | null => WORD_FIRST_NAMES.get(lower) ?? null;

/** The run tokens[from, to) of a sentence, made a name chunk if it holds one. */
function chunkFromRun(ctx: ChunkContext, from: number, to: number): NameChunk | null {
  const { tokens } = ctx;
  // Drop the words that only happen to be capitalised: function words, sentence-initial common words.
  while (from < to) {
    const first = tokens[from];
    const facts = first.kind === 'word' ? wordFacts(first.lower) : undefined;
    // "New York", "New Hampshire": "new" opens a name when a capitalised word follows it in the run.
    // "Southern California Edison", "Northern Ireland Water": a compass word before a place opens a name too.
    // "Harbour Ferries posted", "Storm Ciarán": a word that is only a noun, before another capitalised word, names too.
    const opensName =
      from + 1 < to && (first.lower === 'new' || opensWithRegion(first.lower, tokens[from + 1].lower) || isOnlyNoun(first.lower));
    // "Baker told Ortiz": a common word alone at a sentence's start stays, as a surname only (see below), which
    // names someone only when the document introduces a person of that surname in full.
    const loneAtStart = from + 1 === to && facts !== undefined && facts.common && !ctx.titleCase && !FUNCTION_WORDS.has(first.lower);
    // "said Will Doyle", "host Rush Limbaugh": a first name spelt like a common word, before another capitalised word.
    const firstName = isWordFirstName(first.lower) && from + 1 < to && !ctx.titleCase && !startsClause(ctx, first);
    const drop =
      !opensName && !firstName && (facts === undefined ||
      CONNECTORS.has(first.lower) ||
      FUNCTION_WORDS.has(first.lower) ||
      (facts.common && !facts.roleNoun && !facts.demonym && !facts.knownPerson && !loneAtStart && (ctx.titleCase || startsClause(ctx, first))));
    if (!drop) break;
    from++;
  }
  while (to > from && (tokens[to - 1].kind !== 'word' || CONNECTORS.has(tokens[to - 1].lower))) to--;
  if (ctx.titleCase && ctx.knownNameWords) {
    const known = ctx.knownNameWords;
    // In a title-case headline only words the body uses as names count; keep the longest known stretch.
    let bestFrom = from;
    let bestTo = from;
    let bestWords = 0;
    let currentFrom = from;
    let currentWords = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      const ok = t.kind !== 'word' || known.has(t.lower) || isKnownPlace(t.lower) || isKnownOrganization(t.lower);
      if (!ok) {
        currentFrom = k + 1;
        currentWords = 0;
      } else if (t.kind === 'word') currentWords++;
      if (currentWords > bestWords) {
        bestFrom = currentFrom;
        bestTo = k + 1;
        bestWords = currentWords;
      }
    }
    from = bestFrom;
    to = bestTo;
    while (to > from && tokens[to - 1].kind !== 'word') to--;
  }
  if (from >= to) return null;

  const w: Token[] = [];
  for (let k = from; k < to; k++) if (tokens[k].kind === 'word' && !isNicknameAt(ctx.text, tokens, k)) w.push(tokens[k]);
  // The role: the last role noun that still leaves a name after it (and its "of State" complement).
  let nameFrom = 0;
  let honorific: string | null = null;
  // "Justice Department", "Health Ministry": a title word before an organization's last word is part of its name.
  const namesOrganization = endsOrganization(w[w.length - 1].lower);
  let titleOfPlace = false;
  for (let k = 0; k < w.length - 1; k++) {
    if (isHonorific(w[k].text)) {
      honorific = w[k].text;
      nameFrom = k + 1;
      continue;
    }
    if (!isRoleNoun(w[k].lower) || namesOrganization) continue;
    // "Republican of Iowa", "Governor of Arkansas": a title of a place names the place, and no person;
    // "Communications Workers of America" is one name.
    if (w[k + 1]?.lower === 'of' && k + 2 < w.length && w.slice(k + 2).every((t) => isKnownPlace(t.lower))) {
      if (isTitleHead(w[k].lower)) {
        nameFrom = k + 2;
        titleOfPlace = true;
      }
      break;
    }
    let after = k + 1;
    if (w[after]?.lower === 'of') {
      after++;
      while (after < w.length - 1 && (isTitleComplement(w[after].lower) || (!isFirstName(w[after].lower) && after < w.length - 2))) after++;
    }
    if (after < w.length) nameFrom = after;
  }
  const nameWords = w.slice(nameFrom);
  if (!nameWords.length) return null;
  // A demonym alone ("Russian") names nobody; a role noun alone ("President", "Baker") may be a surname.
  if (nameWords.length === 1 && isDemonym(nameWords[0].lower) && (startsClause(ctx, nameWords[0]) || !isDemonymSurname(ctx, tokens.indexOf(nameWords[0], from)))) return null;
  // A lone capitalised common word ("President", "Baker", "Price") is a name only as the surname of a
  // person the document introduces in full.
  const lone = nameWords.length === 1 ? nameWords[0].lower : '';
  const surnameOnly = lone !== '' && !isKnownPersonName(lone) && (isRoleNoun(lone) || isDemonym(lone) || (isCommonWord(lone) && !isKnownPlace(lone) && !isKnownOrganization(lone)));

  const start = nameWords[0].start;
  const end = nameWords[nameWords.length - 1].end;
  let role: NameChunk['role'] = null;
  const roleWords = w.slice(honorific ? w.findIndex((t) => t.text === honorific) + 1 : 0, nameFrom);
  if (roleWords.length && roleWords.some((t) => isRoleNoun(t.lower)) && !titleOfPlace) {
    role = { start: roleWords[0].start, end: roleWords[roleWords.length - 1].end, text: '' };
  }
  // "veteran Democratic strategist Donna Brazile", "Radical Islamic groups", "radical Islamic terrorism": a lone
  // word before a noun modifies that noun; the role before it is not its own.
  const next = ctx.tokens[to];
  const modifiesNounAfter = nameWords.length === 1 && next?.kind === 'word' && !next.capitalized && isNounAfterModifier(next.lower);
  if (modifiesNounAfter && nameFrom > 0) role = null;
  const roleBefore = modifiesNounAfter ? null : lowercaseRoleBefore(ctx, from);
  if (roleBefore) role = role ? { ...role, start: roleBefore.start } : roleBefore;
  if (role && ctx.text[role.end] === '.' && isTitleAbbreviation(ctx.text.slice(role.start, role.end).split(/\s+/).pop() ?? '')) role.end++; // "Sen."
  if (role) role.text = ctx.text.slice(role.start, role.end).replace(/\s+/g, ' ');
  const appositive = role || nameWords.length < 2 ? null : appositiveRole(ctx, to - 1);

  const text = ctx.text.slice(start, end).replace(/\s+/g, ' ');
  const possessive = /^['’]s/i.test(ctx.text.slice(end, end + 2));
  return {
    start,
    end,
    text,
    words: nameWords.map((t) => t.text),
    key: nameWords.map((t) => t.lower).join(' '),
    surnameOnly,
    role,
    appositive,
    honorific,
    type: surnameOnly
      ? 'unknown'
      : (slashedOrganization(text, nameWords) ?? datelinePlace(ctx, nameWords) ?? placeAfterIn(ctx, from, nameWords, role !== null || honorific !== null, possessive) ??
        classify(nameWords, role !== null || honorific !== null)),
    inQuote: ctx.quotes.inside(start),
    possessive,
  };
}

/** "ORLANDO, Fla. (Reuters) -", "WASHINGTON —": the place in capitals that opens a wire story is where it was filed. */
function datelinePlace(ctx: ChunkContext, nameWords: Token[]): 'place' | null {
  if (ctx.tokens[0] !== nameWords[0] || !nameWords.every((t) => t.text.length >= 2 && t.text === t.text.toUpperCase())) return null;
  const k = ctx.tokens.indexOf(nameWords[nameWords.length - 1]) + 1;
  const after = ctx.tokens[k];
  if (after?.kind !== 'punct') return null;
  if (/^[—–-]$/.test(after.text)) return 'place'; // WASHINGTON —
  if (after.text === ',') return ctx.tokens[k + 1]?.kind === 'word' && ctx.tokens[k + 1].capitalized ? 'place' : null; // ORLANDO, Fla.
  // WASHINGTON (AP) —
  return after.text === '(' && ctx.tokens.slice(k + 1, k + 6).some((t) => t.kind === 'punct' && /^[—–-]$/.test(t.text)) ? 'place' : null;
}

/** "CNN/ORC", "Reuters/Ipsos": names joined by a slash are outlets and pollsters working together, never a person. */
function slashedOrganization(text: string, nameWords: Token[]): 'organization' | null {
  return nameWords.length >= 2 && /\p{L}\/\p{L}/u.test(text) ? 'organization' : null;
}

/**
 * "a lawyer in Orlando", "his office in Houston": a lone word the lexicon knows only as a person's name, right after
 * "in", is where (the lexicon lacks many cities); a person the document names in full still claims it.
 */
function placeAfterIn(ctx: ChunkContext, from: number, nameWords: Token[], titled: boolean, possessive: boolean): 'place' | null {
  if (nameWords.length !== 1 || titled || possessive) return null;
  const before = ctx.tokens[from - 1];
  return before?.kind === 'word' && /^(in|near|outside|throughout)$/.test(before.lower) && classify(nameWords, false) === 'person' ? 'place' : null;
}

/**
 * A lowercase word that is a noun a capitalised word before it may modify: a role noun, a plural, an adjective ("Democratic
 * presidential"), or a word the lexicon does not know that reads as no verb or adverb ("terrorism", "nomination").
 */
function isNounAfterModifier(lower: string): boolean {
  if (isRoleNoun(lower) || isPluralNoun(lower)) return true;
  const tags = lexiconTags(lower);
  return tags.length === 0 ? !/(ed|ly|ing)$/.test(lower) : tags.includes('Adjective');
}

/**
 * "Cuban said", "said Cuban.": a demonym standing alone (ctx.tokens[index]) before a verb, or after a speech verb
 * with nothing after it, may be a surname (Mark Cuban).
 */
function isDemonymSurname(ctx: ChunkContext, index: number): boolean {
  const next = ctx.tokens[index + 1];
  if (next?.kind === 'word') return !next.capitalized && !isCommonNounAfterDemonym(next.lower);
  const previous = ctx.tokens[index - 1];
  return previous?.kind === 'word' && cueKindOfLowerCase(previous.lower) === 'speech';
}

const isCommonNounAfterDemonym = (word: string): boolean => lexiconTags(word).some((t) => t === 'Singular' || t === 'Plural' || t === 'Noun' || t === 'Adjective');

/**
 * "Priya Lund, the city engineer," and "Leonard E. Burman, director of the Tax Policy Center,": a role after
 * the name, whose last token is ctx.tokens[index].
 */
function appositiveRole(ctx: ChunkContext, index: number): (Span & { text: string }) | null {
  if (ctx.tokens[index + 1]?.text !== ',' || /^['’]s$/.test(ctx.tokens[index + 1]?.text ?? '')) return null;
  let k = index + 2;
  if (ctx.tokens[k]?.kind === 'word' && /^(the|a|an)$/.test(ctx.tokens[k].lower)) k++;
  const from = k;
  let head = -1;
  for (; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word') break;
    if (head >= 0 && (t.lower === 'and' || k - from >= 12)) break; // "director of the Center and a professor at …"
    if (head < 0 && k - from > 5) return null;
    if (head < 0 && !t.capitalized && !isRoleModifier(t) && !isRoleNoun(t.lower)) return null;
    if (head < 0 && isRoleNoun(t.lower) && !t.capitalized) head = k;
  }
  const stop = ctx.tokens[k];
  if (head < 0 || (stop && stop.kind !== 'word' && !/[,.;)]/.test(stop.text))) return null;
  const start = ctx.tokens[from].start;
  const end = ctx.tokens[k - 1].end;
  return { start, end, text: ctx.text.slice(start, end).replace(/\s+/g, ' ') };
}

/** "special counsel Robert Mueller": a lowercase role phrase right before the name, which starts at ctx.tokens[index]. */
function lowercaseRoleBefore(ctx: ChunkContext, index: number): (Span & { text: string }) | null {
  const first = ctx.tokens[index];
  const head = ctx.tokens[index - 1];
  if (!head || head.kind !== 'word' || head.capitalized || !isRoleNoun(head.lower) || first.start - head.end > 1) return null;
  let from = index - 1;
  for (let k = index - 2; k >= 0 && index - 1 - k < 5; k--) {
    const t = ctx.tokens[k];
    if (t.end < ctx.tokens[k + 1].start - 1) break;
    if (t.capitalized ? FUNCTION_WORDS.has(t.lower) || isCommonWord(t.lower) && !isDemonym(t.lower) && !/^(democratic|republican|independent)$/i.test(t.text) : !isRoleModifier(t)) break;
    from = k;
  }
  return { start: ctx.tokens[from].start, end: head.end, text: '' };
}

function classify(name: Token[], hasRole: boolean): NameChunk['type'] {
  const lower = name.map((t) => t.lower).join(' ');
  const last = name[name.length - 1];
  if (endsEvent(last.lower)) return 'unknown';
  if (isKnownPlace(lower) && !hasRole) return 'place';
  if (isKnownOrganization(lower) && !hasRole) return 'organization';
  // "State Department", "Sheriff's Department": a title before a word that ends organizations' names is part of one.
  if ((name.length > 1 || hasRole) && endsOrganization(last.lower)) return 'organization';
  // A role before the name makes it a person's even when its last word ends place names (guitarist Ruby Lane).
  if (hasRole) return 'person';
  if (name.length > 1 && endsPlace(last.lower) && !(isFirstName(name[0].lower) && !isKnownPlace(name[0].lower))) return 'place'; // Elena Marsh is a person
  if (name.length === 1) {
    if (/^(?:\p{Lu}\.){2,}$/u.test(last.text)) return 'place'; // U.S., U.K.
    if (/^\p{Lu}{2,}$/u.test(last.text)) return isKnownPlace(last.lower) ? 'place' : 'organization';
    if (isKnownPlace(last.lower)) return 'place';
    if (isKnownOrganization(last.lower)) return 'organization';
    if (isKnownPersonName(last.lower)) return 'person';
    return 'unknown';
  }
  if (isFirstName(name[0].lower)) return 'person';
  // "Southern California Edison": nobody's name opens with a region; what follows it is a company's.
  if (opensWithRegion(name[0].lower, name[1]?.lower)) return name.length > 2 ? 'organization' : 'place';
  // "Jan de Vries", "Ludwig van Beethoven": a particle between capitalised words joins a person's names.
  if (name.length > 2 && name.slice(1, -1).some((t) => !t.capitalized && CONNECTORS.has(t.lower) && !/^(of|&)$/.test(t.lower))) return 'person';
  if (name.some((t) => isKnownPlace(t.lower)) && !name.some((t) => isKnownPersonName(t.lower))) return 'place';
  if (endsEvent(last.lower) || name.some((t) => isCommonWord(t.lower) && !isKnownPersonName(t.lower))) return 'unknown';
  return 'person';
}
