/**
 * Reported (indirect) speech: "Pompeo said the two spoke about the question of interference" gives words
 * to Pompeo as surely as a quotation does. Built on the speech cues the sieve already resolved: the
 * content is the clause after the cue (`X said (that) …`) or before the tag (`…, X said.`).
 */
import type { Attribution, Quote, Span } from '../types';
import { cueKind, DOCUMENT_NOUN, isDateWord, isPluralNoun, isSourceNoun } from '../lexicon';
import { datelineEnd, isNamingVerb, isPastTenseWord, type DocumentLayout } from '../attribution/attribution';
import type { CueHit, SpeechEvent } from '../attribution/speechEvents';
import { isInitialismPeriod, type Token } from '../text/tokens';
import { firstStartingAt, spansTouching } from '../text/spans';
import { eventNow, eventOrigin, movedAttribution, movedSpan, type SieveEvents } from '../reuse/sieveMemo';
import { detachedAttribution } from '../detach';
import { isTitleOfWork, namesWithQuote } from '../text/usage';
import { GROUP_STARTS, isGroupHead, PRONOUNS } from '../attribution/speakers';

export type ReportedSpeech = Omit<Quote, 'text' | 'line'>;

const OBJECT_BEFORE_CLAUSE = 8;
/** Cues whose object (to whom) comes before what was said: "told reporters (that) …". */
const TELL = /^(tell|tells|told|telling|warn|warned|assure|assured|remind|reminded|ask|asks|asked|urge|urges|urged|inform|informed)$/;

function contentAfter(tokens: Token[], cueIndex: number, text: string, quoteAfter: boolean): Span | null {
  let i = cueIndex + 1;
  let pastThat = false;
  if (/^put/.test(tokens[cueIndex].lower) && tokens[i]?.lower === 'it') {
    // "As Ms. Simonyan put it in a statement in July, RT is …": what was said is the clause after the comma.
    const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
    if (comma < 0) return null;
    i = comma + 1;
    pastThat = true;
  } else if (/^(back|out)$/.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.kind === 'word') i++; // shot back that …, point out that …
  if (/^(on|for)$/.test(tokens[i]?.lower ?? '') && /^call/.test(tokens[cueIndex].lower)) i++; // called on / called for
  // "pointed to reports that …": what is pointed to, and what it says, is the content.
  else if (tokens[i]?.lower === 'to' && /^point/.test(tokens[cueIndex].lower)) i++;
  else if (/^(on|in|at|of|during|after|before|as|when|while|with|from|about)$/.test(tokens[i]?.lower ?? '')) {
    // "said at an event in Colorado Springs that …": circumstances first, then the content.
    const that = tokens.slice(i, i + 12).findIndex((t) => t.lower === 'that' || t.kind === 'quote');
    if (that >= 0 && tokens[i + that].lower === 'that') {
      i += that + 1;
      pastThat = true;
    }
    // "said at the start of his meeting, '…'": the quotation that follows is the content.
    else if (quoteAfter || /^(on|in)$/.test(tokens[i].lower)) return null;
  }
  // "told reporters (that) …": skip a short object up to "that" or a clause start.
  if (!pastThat && TELL.test(tokens[cueIndex].lower)) {
    const that = tokens.slice(i, i + OBJECT_BEFORE_CLAUSE).findIndex((t) => t.lower === 'that');
    if (that >= 0) i += that;
    else {
      i += 1;
      // "its chief executive told employees in a memo on Wednesday.": to whom and where, and nothing said after it.
      if (/^(in|on|at|during|via)$/.test(tokens[i]?.lower ?? '') && !tokens.slice(i).some((t) => t.kind === 'quote' || opensClause(t.lower))) return null;
    }
  }
  const beforeThat = i;
  while (i < tokens.length && (tokens[i].lower === 'that' || (tokens[i].kind === 'punct' && /[,:]/.test(tokens[i].text)))) i++;
  const afterThat = tokens.slice(beforeThat, i).some((t) => t.lower === 'that');
  // Skip a time adverbial right after the cue: "said Tuesday that …" (after "that" it opens the clause: "noted
  // that last year Pagliano invoked …").
  if (!afterThat && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|recently|earlier|later|last|repeatedly)$/i.test(tokens[i]?.lower ?? '')) {
    const that = tokens.slice(i, i + 5).findIndex((t) => t.lower === 'that');
    // "said Thursday he would …": a day alone (or its part, "Tuesday night") before the clause.
    const day = isDateWord(tokens[i].text) ? (PART_OF_DAY.test(tokens[i + 1]?.lower ?? '') ? 2 : 1) : 0;
    // A capitalised word after the day opens the clause when a verb follows it ("told reporters Tuesday X-rays were …").
    const clauseOpens = tokens[i + day]?.kind === 'word' && (!tokens[i + day].capitalized || AUXILIARY.test(tokens[i + day + 1]?.lower ?? ''));
    if (that < 0 && (day === 0 || !clauseOpens)) return null;
    i += that < 0 ? day : that + 1;
  }
  let end = tokens.length - 1;
  // The speaker's words end where the writer's own begin: at a dash right after a quotation (`he "raised the
  // issue of …" — U.S. citizen Paul Whelan has been held …`), and before a participle that introduces what
  // comes next (`…, concluding:`).
  for (let k = i + 1; k <= end; k++) {
    const dashAfterQuote = tokens[k].kind === 'punct' && /^[—–―]$/.test(tokens[k].text) && tokens[k - 1].kind === 'quote';
    const trailingParticiple = tokens[k].text === ',' && isParticipleBeforeQuoteOrEnd(tokens, k + 1, end);
    // "described Clinton as a “disgrace” after she attacked …": once the quoted words name it, why is the writer's.
    const reasonAfterName = isNamingVerb(tokens[cueIndex].lower) && tokens[k - 1].kind === 'quote' && SUBORDINATOR.test(tokens[k].lower) &&
      tokens[k + 1]?.kind === 'word' && (tokens[k + 1].capitalized || PRONOUNS.has(tokens[k + 1].lower));
    if (dashAfterQuote || trailingParticiple || reasonAfterName) {
      end = k - 1;
      break;
    }
  }
  while (end >= i && tokens[end].kind === 'punct') end--;
  if (end - i < 2) return null;
  // "…bigger than she expected, the buyer said.": what follows is the sentence's own tag, not what she expected.
  if (tokens[i - 1]?.text === ',' && end - i <= 5 && JOINED_SPEECH_VERB.test(tokens[end].lower)) return null;
  // "Reuters reported, citing people familiar with the matter": an unnamed source, not what the report says.
  if (citesSource(text, tokens[i].start, tokens[end].end)) return null;
  // "Though she called the bank's conduct 'outrageous', Clinton stopped there": a clause opening the sentence
  // with a subordinator ends at the comma before the main clause's subject.
  if (SUBORDINATOR.test(tokens[datelineEnd(tokens)]?.lower ?? '')) {
    for (let k = i + 2; k < end; k++) {
      if (tokens[k].text !== ',') continue;
      const next = tokens[k + 1];
      if (next?.kind === 'word' && (next.capitalized || PRONOUNS.has(next.lower))) end = k - 1;
      break;
    }
  }
  // "…, which RT pointed to as an example of …": a relative clause whose subject is a name is the writer's aside.
  for (let k = i + 3; k < end - 2; k++) {
    if (tokens[k].text !== ',' || !/^(which|whom)$/.test(tokens[k + 1].lower)) continue;
    const subject = tokens[k + 2];
    if (subject.kind === 'word' && subject.capitalized && tokens[k + 3]?.kind === 'word') {
      end = k - 1;
      break;
    }
  }
  // "Ortiz, who said she would publish the tapes, spoke on Monday": a relative clause set off by commas ends at the
  // comma before the main clause's verb.
  if (inRelativeClause(tokens, cueIndex)) {
    for (let k = i + 2; k < end; k++) {
      const next = tokens[k + 1];
      if (tokens[k].text === ',' && next.kind === 'word' && !next.capitalized && (AUXILIARY.test(next.lower) || isPastTenseWord(next.lower))) {
        end = k - 1;
        break;
      }
    }
  }
  // "what Trump says his plan would do and how experts say it would …": a second speaker's clause, joined by
  // "and" or "but", is not the first speaker's words.
  const joined = joinedSpeechClause(tokens, i, end);
  const closing = closingTagComma(tokens, i, end);
  if (closing > i + 2) end = closing - 1;
  else if (joined > i + 2) end = joined - 1;
  else if (tokens.slice(i, end + 1).some((t) => t.kind === 'word' && /^(said|says|told)$/.test(t.lower) && t !== tokens[cueIndex])) {
    // Another tag later in the sentence: stop before it, at a comma or a dash ("… -- meddling the congressman said is …").
    const stop = tokens.findIndex((t, k) => k > i && t.kind === 'punct' && /^(,|--|—|–)$/.test(t.text));
    if (stop > i + 2) end = stop - 1;
  }
  while (end > i && tokens[end].kind === 'punct') end--;
  return { start: tokens[i].start, end: tokens[end].end };
}

/** Whether the cue at `cueIndex` stands in a relative clause opened by ", who" with no comma since. */
function inRelativeClause(tokens: Token[], cueIndex: number): boolean {
  for (let k = cueIndex - 1; k >= Math.max(1, cueIndex - 12); k--) {
    if (tokens[k].kind !== 'word') return false;
    if (tokens[k].lower === 'who') return tokens[k - 1].text === ',';
  }
  return false;
}

const JOINED_SPEECH_VERB =
  /^(say|says|said|told|agree|agrees|agreed|refuse|refuses|refused|decline|declines|declined|argue|argued|argues|claim|claims|claimed|contend|contends|noted|notes|added|adds|acknowledged|acknowledges|insisted|insists|warned|warns|stressed|stresses|conceded|concedes|cautioned|admitted|countered|maintained|maintains|denied|denies|urged|urges|accused|accuses|indicate|indicates|indicated|reported|reports)$/;
/** What joins a second speaker's clause to the first's: "and critics say", "though she noted". */
const JOINING_WORD = /^(and|but|though|although|while|whereas)$/;

/**
 * A participle cue that introduces what comes next (`…, concluding` at the end, `…, saying, "…"` before a
 * quotation): the writer's link to the next words, not the speaker's.
 */
function isParticipleBeforeQuoteOrEnd(tokens: Token[], k: number, end: number): boolean {
  const word = tokens[k];
  if (!word || !/ing$/.test(word.lower) || cueKind(word.lower) === null) return false;
  if (k === end) return true;
  const next = tokens[k + 1];
  return next.kind === 'quote' || (next.kind === 'punct' && /^[,:]$/.test(next.text) && tokens[k + 2]?.kind === 'quote');
}

/**
 * The comma before a tag that closes the sentence (`…, the source added.`, `…, according to attorneys for the
 * family.`): that tag reports the whole clause, so the words before it are not this cue's alone. -1 when none.
 */
function closingTagComma(tokens: Token[], from: number, to: number): number {
  for (let c = to - 1; c > from; c--) {
    if (tokens[c].text !== ',') continue;
    if (tokens[c + 1]?.lower === 'according' && tokens[c + 2]?.lower === 'to') return to - c <= 8 ? c : -1;
    for (let k = c + 2; k <= Math.min(to, c + 6); k++) {
      const t = tokens[k];
      if (t.kind !== 'word') break;
      if (JOINED_SPEECH_VERB.test(t.lower) && to - k <= 3) return c;
    }
    return -1;
  }
  return -1;
}

/**
 * The "and" or "but" that opens a clause of its own speaker and cue between `from` and `to` ("and how experts say",
 * "but critics said"): at most four words between the joining word and a speech verb in the present or past.
 * -1 when there is none.
 */
function joinedSpeechClause(tokens: Token[], from: number, to: number): number {
  for (let k = from + 2; k <= to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    // "persuade utilities and steel mills to agree": an infinitive is no one's clause.
    if (JOINED_SPEECH_VERB.test(t.lower) && tokens[k - 1]?.lower !== 'to') {
      for (let j = k - 2, words = 0; j >= from + 1 && words < 4; j--) {
        if (isInitialismPeriod(tokens, j)) continue; // "The S.E.C. said"
        if (tokens[j].kind !== 'word') break;
        words++;
        if (JOINING_WORD.test(tokens[j].lower)) return j;
        // "… oversight of the regional centers The S.E.C. said it would …": a full stop left out before the next speaker.
        if (tokens[j].text === 'The' && tokens[j - 1]?.kind === 'word' && !tokens[j - 1].capitalized) return j;
      }
    }
    // "World leaders denounce the test; Obama, others vow consequences": after a semicolon, a subject of a
    // few words and a speech verb of their own are another speaker's clause.
    if (cueKind(t.lower) !== 'speech') continue;
    for (let j = k - 2; j >= Math.max(from + 1, k - 6); j--) {
      if (tokens[j].text === ';') return j;
      if (tokens[j].kind !== 'word' && tokens[j].text !== ',') break;
    }
  }
  return -1;
}

/**
 * Whether the cue's speaker stands right after a quotation: `"…," Lavrov said`. A quotation that runs on
 * from a word (`on Fox's “Sunday Morning Futures,” Issa said the …`) is a title or a fragment, not what
 * the tag reports.
 */
function subjectFollowsQuote(tokens: Token[], cue: { index: number; subject: { start: number } | null }, text: string): boolean {
  let k = cue.index - 1;
  while (k >= 0 && tokens[k].kind !== 'quote') k--;
  if (k < 0 || (k > 0 && tokens[k - 1].kind === 'word' && isRunOn(text, tokens[k].start, tokens[k].end))) return false;
  // `In his new book, "Doomed to Succeed," and in an interview, Mr. Ross said …`: a title tags nothing.
  if (isTitleOfWork(text.slice(tokens[k].start + 1, tokens[k].end - 1))) return false;
  const between = tokens.slice(k + 1, cue.index).filter((t) => t.kind === 'word').length;
  return between <= 8 && (cue.subject === null || cue.subject.start > tokens[k].start);
}

/** `…, Lavrov said.` and `…, the Times said, including …`: the content before a tag that closes the clause. */
function contentBefore(tokens: Token[], subjectStart: number, cueIndex: number): Span | null {
  // "Smith's agent, Paul Diaz, confirmed the move.": a cue with an object of its own closes no clause before it.
  if (!TELL.test(tokens[cueIndex].lower) && /^(the|a|an|this|that|these|those|his|her|its|their)$/.test(tokens[cueIndex + 1]?.lower ?? '')) return null;
  // After "told", up to eight words that open no clause: "…, its chief executive told employees in a memo on Wednesday."
  const most = TELL.test(tokens[cueIndex].lower) ? 8 : 4;
  let after = cueIndex + 1;
  while (after < tokens.length && tokens[after].kind === 'word' && after - cueIndex <= most && !(most > 4 && opensClause(tokens[after].lower))) after++;
  if (after < tokens.length && !(tokens[after].kind === 'punct' && /[,.;!?]/.test(tokens[after].text))) return null;
  let comma = -1;
  for (let k = 0; k < tokens.length && tokens[k].start < subjectStart; k++) if (tokens[k].kind === 'punct' && tokens[k].text === ',') comma = k;
  if (comma < 3) return null;
  // "… denounce the test; Obama, others vow consequences": a clause before a semicolon is no part of it.
  let semicolon = comma - 1;
  while (semicolon >= 0 && tokens[semicolon].text !== ';') semicolon--;
  return trimmed(tokens, semicolon + 1, comma - 1);
}

/**
 * `In his state, Christie said, offenders are …`, `The emails, the Times said, were …`: the words before a
 * tag that commas set off in the middle of a sentence. A short phrase opening with a preposition is where
 * or how it was said (`In a statement, she said, …`), not what.
 */
function contentBeforeMidSentenceTag(tokens: Token[], subjectStart: number, cueIndex: number): Span | null {
  const subject = tokens.findIndex((t) => t.start >= subjectStart);
  if (subject < 2 || tokens[subject - 1].text !== ',') return null;
  let after = cueIndex + 1;
  while (after < tokens.length && tokens[after].kind === 'word' && after - cueIndex <= 2 && isDateWord(tokens[after].text)) after++;
  if (tokens[after]?.text !== ',' || after + 1 >= tokens.length) return null;
  const first = tokens.findIndex((t) => t.kind !== 'punct');
  const words = tokens.slice(first, subject - 1).filter((t) => t.kind === 'word' && !/^['’]s$/.test(t.text));
  if (words.length < 6 && PREPOSITION.test(tokens[first].lower)) return null;
  // `Showing the depths of the rift, Lavrov countered, "…"`: a participle opening the sentence is the
  // writer's framing, not what was said.
  if (isParticiple(tokens[first])) return null;
  // `…, which, Tompkins said, is …`: the clause goes on after the tag; what comes before is not all of it.
  if (RELATIVE.test(words[words.length - 1]?.lower ?? '') || CONNECTIVE.test(words[words.length - 1]?.lower ?? '')) return null;
  return trimmed(tokens, first, subject - 2);
}

/**
 * `But the benefit is ''10 times the size of the losses,'' he said.`: a tagged quotation that runs on from
 * the writer's words is the end of a partly quoted sentence, reported from its start.
 */
function clauseEndingInQuotation(tokens: Token[], subjectStart: number, text: string): Span | null {
  let subject = tokens.findIndex((t) => t.start >= subjectStart);
  // The mention may leave out a title before it: `…,'' Mr. Chipok said`.
  for (let k = 0; k < 3 && subject > 0 && (tokens[subject - 1].text === '.' || (tokens[subject - 1].kind === 'word' && tokens[subject - 1].capitalized)); k++) subject--;
  const quote = tokens[subject - 1]?.kind === 'quote' ? subject - 1 : tokens[subject - 1]?.text === ',' && tokens[subject - 2]?.kind === 'quote' ? subject - 2 : -1;
  if (quote < 2 || tokens[quote - 1].kind !== 'word' || !isRunOn(text, tokens[quote].start, tokens[quote].end)) return null;
  if (isTitleCase(text.slice(tokens[quote].start, tokens[quote].end))) return null; // on “Fox News Sunday,” she said
  const first = tokens.findIndex((t) => t.kind !== 'punct');
  // `Saying that "…," Lavrov added`: a participle of speech introduces the quotation, which is all that was said.
  if (isParticiple(tokens[first]) && cueKind(tokens[first].lower) !== null) return null;
  return first < quote - 1 ? { start: tokens[first].start, end: tokens[quote].end } : null;
}

/**
 * A quotation that opens the sentence, ends without its own punctuation and runs on in the writer's words up to the
 * comma before the tag (`''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said`):
 * the whole clause is the tag's, partly quoted. Null otherwise.
 */
function sentenceOpenedByQuotation(tokens: Token[], cue: CueHit, text: string): Span | null {
  const first = tokens.findIndex((t) => t.kind !== 'punct');
  const quote = tokens[first];
  if (quote?.kind !== 'quote' || !runsOnAfter(text, quote.end)) return null;
  const tagStart = cue.subject && cue.subject.start < cue.token.start ? cue.subject.start : cue.token.start;
  let comma = first + 1;
  while (comma < tokens.length && tokens[comma].start < tagStart && tokens[comma].text !== ',') {
    if (tokens[comma].kind === 'quote') return null;
    comma++;
  }
  if (tokens[comma]?.text !== ',' || comma < first + 3) return null;
  // Only the tag after the comma, a title before its name included (`, Mr. Holtz-Eakin said`).
  for (let k = comma + 1; k < tokens.length && tokens[k].start < tagStart; k++) {
    if (k > comma + 3 || !(tokens[k].text === '.' || (tokens[k].kind === 'word' && tokens[k].capitalized))) return null;
  }
  return { start: quote.start, end: tokens[comma - 1].end };
}

/** A few words, each capitalised: the name of a show or a work, not words said. */
function isTitleCase(quoted: string): boolean {
  const words = quoted.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return words.length > 0 && words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|a|an|and|in|on|for|to|at)$/.test(w));
}

const PART_OF_DAY = /^(morning|afternoon|evening|night)$/;

/** `Saying`, `Showing`, `Describing`: a capitalised word in -ing opening a sentence (not `Nothing`, `Everything`). */
const isParticiple = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && token.capitalized && /^[a-z]{2,}ing$/.test(token.lower) && !/thing$/.test(token.lower);

const PREPOSITION = /^(in|on|at|during|after|before|from|with|by|for|to|of|about|under|over|through|since|until|like|as|while|when)$/;

/**
 * The content an `according to` reports: the clause after the source when the phrase opens the sentence
 * (after a connective at most: `But, according to the poll, …`), else the clause before it, and, when the
 * clause runs on after a source set off by commas (`Fundraising, according to the campaign, has surged`),
 * its rest.
 */
function accordingToContent(tokens: Token[], cue: CueHit): (Span | null)[] {
  const source = cue.inverted!;
  let afterPhrase = tokens.findIndex((t) => t.start >= source.end);
  // "according to her account": the source is "her", and her account is what the phrase names.
  if (afterPhrase > 0 && /^(his|her)$/.test(tokens[afterPhrase - 1].lower) && DOCUMENT_NOUN.test(tokens[afterPhrase].lower)) afterPhrase++;
  const first = tokens.findIndex((t) => t.kind !== 'punct');
  let lead = first;
  while (lead < cue.index && (CONNECTIVE.test(tokens[lead].lower) || tokens[lead].text === ',')) lead++;
  const restFrom = afterPhrase < 0 ? -1 : tokens[afterPhrase].text === ',' ? afterPhrase + 1 : afterPhrase;
  const rest = restFrom > 0 && restFrom < tokens.length ? trimmed(tokens, restFrom, tokens.length - 1) : null;
  if (lead === cue.index) return [rest];
  const before = trimmed(tokens, first, cue.index - 1);
  const setOff = tokens[cue.index - 1]?.text === ',' && tokens[afterPhrase]?.text === ',';
  const runsOn = setOff && tokens[restFrom]?.kind === 'word' && !tokens[restFrom].capitalized && AUXILIARY.test(tokens[restFrom].lower);
  return runsOn ? [before, rest] : [before];
}

const CONNECTIVE = /^(but|and|yet|so|still|however|also|now|then|meanwhile|indeed|moreover)$/;
const SUBORDINATOR = /^(though|although|while|whereas|when|after|because|since|if|as|once|before|until|unless)$/;
/** "citing people familiar with the matter", "quoting a source close to the family": who, not what. */
const CITED_SOURCE = /^(?:citing|quoting)\s+(?:[\p{L}\p{N}-]+\s+){1,3}(?:familiar with|close to|briefed on|with (?:direct )?knowledge of)\b/iu;
const citesSource = (text: string, start: number, end: number): boolean => CITED_SOURCE.test(text.slice(start, end));
const RELATIVE = /^(who|whom|whose|which|that|where|when)$/;
const AUXILIARY = /^(is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|did|does|do)$/;
/** Words after a tag that open what it says, not where or to whom it was said: an auxiliary, a pronoun, "that", "if". */
const CLAUSE_OPENER = /^(that|he|she|they|it|we|i|you|if|whether|how|why|what|when)$/;
const opensClause = (word: string): boolean => AUXILIARY.test(word) || CLAUSE_OPENER.test(word);

/** The span from tokens[from] to tokens[to], without punctuation at either edge. */
function trimmed(tokens: Token[], from: number, to: number): Span | null {
  while (from <= to && tokens[from].kind === 'punct') from++;
  while (to >= from && tokens[to].kind === 'punct') to--;
  return to - from >= 2 ? { start: tokens[from].start, end: tokens[to].end } : null;
}

export function detectReportedSpeech(layout: DocumentLayout, quotations: Span[], events: SieveEvents): ReportedSpeech[] {
  const found: ReportedSpeech[] = [];
  for (const event of events) {
    // A replayed paragraph's events report what they reported before, moved (see sieveMemo.ts).
    const origin = eventOrigin(event);
    const remembered = origin && reportedByEvent.get(origin.remembered);
    let items: ReportedSpeech[];
    if (remembered !== undefined) items = remembered.map((item) => movedReported(item, origin!.delta));
    else {
      items = reportedFor(layout, quotations, eventNow(event), found[found.length - 1]);
      if (origin) reportedByEvent.set(origin.remembered, items.map((item) => movedReported({ ...item, attribution: detachedAttribution(item.attribution) }, -origin.delta)));
    }
    for (const item of items) found.push(item);
  }
  // An item inside a later one is a report that a closing tag claims whole (see `reportedFor`).
  return found.filter((item, i) => !found.slice(i + 1, i + 3).some((later) => later.start <= item.start && later.end >= item.end));
}

/** What each remembered speech event reported (empty: nothing), as of the event's own offsets. */
const reportedByEvent = new WeakMap<object, ReportedSpeech[]>();

function movedReported(item: ReportedSpeech, delta: number): ReportedSpeech {
  return delta === 0 ? item : { ...item, ...movedSpan(item, delta), outer: movedSpan(item.outer, delta), attribution: movedAttribution(item.attribution, delta) };
}

/**
 * What a report is credited to: its speaker, or a group as written ("officials said that …"), which is
 * where the paraphrase comes from though no single person said it; never a pronoun ("they") or "both".
 */
function sourceOfReport(attribution: Attribution, text: string): Attribution {
  if (attribution.speaker || attribution.rule !== 'group speaker' || !attribution.speakerSpan) return attribution;
  const written = text.slice(attribution.speakerSpan.start, attribution.speakerSpan.end);
  if (PRONOUNS.has(written.toLowerCase()) || !/^[\p{L}\p{N}]/u.test(written) || !/\s|s$|men$/.test(written) || GROUP_STARTS.test(written) || /\band\b/.test(written)) return attribution;
  // The phrase ends in a word for people, or in a name after one ("black voters in Florida"); "examples of
  // Trump's disrespectful" is no group.
  const last = written.match(/[\p{L}\p{N}-]+$/u)?.[0] ?? '';
  const held = /^\p{Lu}/u.test(last) ? written.replace(/\s(?:of|in|for|at|from|with|on)\s.*$/u, '') : written;
  const head = (held.match(/[\p{L}\p{N}-]+$/u)?.[0] ?? '').toLowerCase();
  if (!(isGroupHead(head) || isPluralNoun(head) || isSourceNoun(head) || SHARE_HEAD.test(head))) return attribution;
  return { ...attribution, speaker: written, confidence: 0.8, rule: 'speech cue; a group' };
}

/**
 * "Democrats noted that … They noted his attorney offered …": "they" picks up the group credited with the report
 * just before it in the same paragraph. Without one the pronoun names no one.
 */
function theGroupAgain(attribution: Attribution, previous: ReportedSpeech | undefined, text: string): Attribution {
  const span = attribution.speakerSpan;
  if (attribution.speaker || attribution.rule !== 'group speaker' || !span || !previous?.attribution.rule.includes('; a group')) return attribution;
  if (text.slice(span.start, span.end).toLowerCase() !== 'they' || previous.end > span.start) return attribution;
  if (text.slice(previous.end, span.start).includes('\n')) return attribution;
  return { ...attribution, speaker: previous.attribution.speaker, confidence: 0.8, rule: 'speech cue; a group; they = the group that spoke last' };
}

/** The last word of a share of people: "52 percent", "two in three", "a third", "many of his supporters". */
const SHARE_HEAD = /^(percent|third|quarter|half|majority|minority|many|most|some|several|few|none|\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** The reported speech of one speech event; `previous` is the last one found (events come in reading order). */
function reportedFor(layout: DocumentLayout, quotations: Span[], event: SpeechEvent, previous: ReportedSpeech | undefined): ReportedSpeech[] {
  const { cue, tokens } = event;
  const { text } = layout;
  // "Protesters shouted “Shame!”": a shout is a quotation of its own, not a report around it.
  if (/^(shout|chant|yell|scream|cr(y|ie))/.test(cue.token.lower) && tokens[cue.index + 1]?.kind === 'quote') return [];
  // "a feature the company calls “Stairs Mode”", "who call themselves the “Saint Nation”": a name, not a report.
  const quoteNext = tokens.slice(cue.index + 1, cue.index + 5).find((t) => t.kind === 'quote');
  if (quoteNext && namesWithQuote(text, cue.token.lower, cue.token.end, { open: quoteNext.start, close: quoteNext.end })) return [];
  const attribution = theGroupAgain(sourceOfReport(event.attribution, text), previous, text);
  if (!attribution.speaker) return [];
  // A cue that tags a quotation before it (`"…," Lavrov said, citing …`) reports nothing more, and one
  // followed by its quotation (`Lavrov told Pompeo, "…"`) has the quotation as its content.
  const quoteBefore = event.tagsQuote && subjectFollowsQuote(tokens, cue, text);
  const quoteAfter = tokens.slice(cue.index + 1).some((t) => t.kind === 'quote');
  if (quoteBefore) {
    // `''I have admiration for the mechanics'' of the plan, Mr. Holtz-Eakin said`: the sentence the quotation opens.
    const opened = sentenceOpenedByQuotation(tokens, cue, text);
    if (opened) return [reported(opened, quotations, attribution)];
    // …except through a participle that reports more: `"…," Pompeo said, adding that Russia …`.
    const k = tokens.findIndex((t, i) => i > cue.index && i <= cue.index + 9 && t.kind === 'word' && /ing$/.test(t.lower) && t.lower !== 'citing' && cueKind(t.lower) !== null);
    if (k < 0) return [];
    const span = contentAfter(tokens, k, text, false);
    const content = span && withoutStandaloneQuotations(text, span, quotations);
    return content ? [reported(content, quotations, attribution)] : [];
  }
  const subject = cue.subject;
  // "was asked if she believed Putin wanted …": a belief under "if" or "whether" is asked about, not held.
  const opener = subject ? tokens[firstStartingAt(tokens, subject.start) - 1] : tokens[cue.index - 1];
  if (/^(if|whether)$/.test(opener?.lower ?? '') && cueKind(cue.token.lower) === 'thought') return [];
  const spans: (Span | null)[] = [];
  // The clause before a tag that closes the sentence ("…, the source said."): its words are all the tag's,
  // a report inside them included ("Clinton had told police that …, the source said").
  let closing: Span | null = null;
  if (cue.text === 'according to' && cue.inverted) {
    const parts = accordingToContent(tokens, cue);
    for (const part of parts) spans.push(part);
    // "Police have said …, according to attorneys for the family": the phrase closing the sentence reports it whole.
    if (parts.length === 1 && parts[0] && parts[0].start < cue.token.start) closing = parts[0];
  } else if (subject && subject.start < cue.token.start) {
    // `In his state, Christie said, offenders are …`: a tag set off by commas mid-sentence reports both sides.
    spans.push(contentBeforeMidSentenceTag(tokens, subject.start, cue.index));
    if (event.tagsQuote) spans.push(clauseEndingInQuotation(tokens, subject.start, text));
    let span = contentAfter(tokens, cue.index, text, quoteAfter);
    const before = quoteAfter ? null : contentBefore(tokens, subject.start, cue.index);
    if (before && (!span || span.end - span.start < 10) && !(spans[0] && spans[0].start === before.start)) {
      span = before;
      closing = span;
    }
    spans.push(span);
  } else if (cue.inverted && event.tagsQuote && tokens[cue.index - 1]?.kind === 'quote') {
    // `This is a "raw time," said Axelrod`: the quotation tagged runs on from the writer's words.
    spans.push(clauseEndingInQuotation(tokens, cue.token.start, text));
  } else if (cue.inverted && !quoteAfter && tokens[cue.index - 1]?.text === ',') {
    // `…, said Lavrov.`: an inverted tag follows the clause it closes, after its comma, and claims it whole
    // ("Officials felt …, said Mr. Barrett.").
    closing = contentBefore(tokens, cue.token.start, cue.index + 1 + tokens.slice(cue.index + 1).findIndex((t) => t.end >= cue.inverted!.end));
    spans.push(closing);
  } else if (!subject && !cue.inverted && !citesSource(text, cue.token.start, cue.token.start + 80)) {
    // "Trump struck a measured tone, saying he understood …": the participle's clause, said by the clause's speaker.
    spans.push(contentAfter(tokens, cue.index, text, quoteAfter));
  }
  const items: ReportedSpeech[] = [];
  for (const span of spans) {
    if (!span || !isLongEnough(text, span)) continue;
    const last = items[items.length - 1] ?? previous;
    const holdsLast = span === closing && last !== undefined && last.start >= span.start && last.end <= span.end && last.attribution.cueSpan !== null;
    if (last && last.start < span.end && span.start < last.end && !holdsLast) continue;
    const quoted = spansTouching(quotations, quotations, span);
    if (quoted.some((q) => q.start <= span.start && q.end >= span.end)) continue; // all inside marks: a direct quote
    const content = withoutStandaloneQuotations(text, span, quotations);
    if (content) items.push(reported(content, quotations, attribution));
  }
  return items;
}

/**
 * A quotation introduced as one (after a comma, a colon, a dash or at the start of the sentence) is a
 * direct quote of its own, with its own tag; only a quotation that runs on from a word (`called it “a
 * disaster”`, `that “…”`) is a fragment of reported speech. The content stops before a standalone one, and
 * content that would begin with one is no content.
 */
function withoutStandaloneQuotations(text: string, span: Span, quotations: Span[]): Span | null {
  for (const q of spansTouching(quotations, quotations, span)) {
    if (isRunOn(text, q.start, q.end)) continue;
    if (q.start <= span.start) {
      // `"It seems extremely unlikely" that Sanders wins, said Elmendorf`: the sentence runs on past the quotation.
      if (runsOnAfter(text, q.end)) continue;
      return null;
    }
    let end = q.start;
    while (end > span.start && /[\s,:;.—–-]/.test(text[end - 1])) end--;
    const content = { start: span.start, end };
    return isLongEnough(text, content) ? content : null;
  }
  return span;
}

/** Whether a quotation ends without its own punctuation and the clause goes on in lower case after it. */
function runsOnAfter(text: string, close: number): boolean {
  let last = close - 1;
  while (last > 0 && /["'”’»]/.test(text[last])) last--; // the closing marks: one or two (`''`)
  if (!/[\p{L}\p{N}]/u.test(text[last] ?? '')) return false;
  return /^\s+(?:that|and|but|because|if|unless|until|when|while|since|than|so|to|for|in|on|at|by|with|from|as|or|of)\s/.test(text.slice(close, close + 14));
}

/**
 * Whether the quotation opening at `open` continues the words before it: it follows a word, starts in
 * lower case (`who, ''in fits and starts …''`), or follows a comma after a word that needs one more
 * clause (`that, “Of course …”`, `such as, "We're …"`, `including, "…"`).
 */
function isRunOn(text: string, open: number, close: number): boolean {
  let k = open - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  const first = /\p{L}/u.exec(text.slice(open, open + 6));
  if (first && first[0] === first[0].toLowerCase() && first[0] !== first[0].toUpperCase()) return true;
  if (k >= 0 && /[\p{L}\p{N}]/u.test(text[k])) {
    // `asked the crowd "If Hillary Clinton can't give us the truth, why …?"`: a capitalised sentence
    // after a word lacks only its comma, unless `that` or `as` makes it part of the clause.
    // A word starts with a letter or digit: the closing mark of ‘…’ is no word.
    const words = text.slice(open, close).match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [];
    const sentence = words.length >= 4 && /[.!?,]\W*$/.test(text.slice(open, close));
    return !sentence || /\b(that|as|like|which|than|the|a|an|of|to|about|for|on|in|with|from|is|was|be|called|call|calls)\s*$/i.test(text.slice(Math.max(0, k - 12), k + 1));
  }
  return text[k] === ',' && /\b(that|as|like|which|who|because|than|including)\s*$/i.test(text.slice(Math.max(0, k - 12), k));
}

/**
 * Content worth reporting: three words at least. Counted in words, not letters, so that typing inside a
 * word never makes content appear or vanish.
 */
function isLongEnough(text: string, span: Span): boolean {
  let words = 0;
  let inWord = false;
  for (let i = span.start; i < span.end && words < 3; i++) {
    const letter = LETTER_OR_DIGIT.test(text[i]);
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words >= 3;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function reported(span: Span, quotations: Span[], attribution: Attribution): ReportedSpeech {
  return {
    start: span.start,
    end: span.end,
    kind: spansTouching(quotations, quotations, span).length ? 'mixed' : 'reported',
    usage: 'speech',
    outer: { start: span.start, end: span.end },
    depth: 0,
    multiParagraph: false,
    attribution: { ...attribution, confidence: Math.min(attribution.confidence, 0.8), rule: `reported speech: ${attribution.rule}` },
  };
}
