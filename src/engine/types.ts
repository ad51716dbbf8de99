/**
 * The Analysis: plain, serialisable data that every reader (editor views, exports, CLI) consumes.
 * Offsets are UTF-16 indices into the analysed text (what VS Code's `document.offsetAt` returns).
 */

import type { ReviewFile } from './review/format';

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'organization' | 'place';

/** How the words are given: inside marks (`direct`), partly quoted (`mixed`), or paraphrased (`reported`). */
export type QuoteKind = 'direct' | 'mixed' | 'reported';

/** How a mention names its entity. */
export type MentionKind = 'name' | 'surname' | 'title' | 'pronoun' | 'role' | 'group';

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
  /** Id of the entity this mention refers to, or null when unresolved. */
  entityId: string | null;
}

export interface Entity {
  id: string;
  /** Canonical name: the fullest form used in the document ("Mike Pompeo"). */
  name: string;
  type: EntityType;
  /** Role or title as written in the document ("Secretary of State"), or null. */
  role: string | null;
  /** Other names the document uses for it ("Pompeo", "he", "the secretary"), without the canonical name. */
  aliases: string[];
  /** Every mention, in document order. */
  mentions: Mention[];
}

export interface Attribution {
  /** Canonical name of the speaking entity, or the speaker phrase as written for unnamed sources; null when unattributed. */
  speaker: string | null;
  /** The entity that speaks, when the speaker is a known entity. */
  entityId: string | null;
  /** The mention the attribution rests on (for `he added`, the "he"). */
  speakerSpan: Span | null;
  /** The cue word or phrase ("said", "added", "according to"), or null. */
  cue: string | null;
  cueSpan: Span | null;
  /**
   * The measured probability that the speaker is right (confidence.ts); below `LOW_CONFIDENCE` readers
   * should present it as uncertain. 0 when unattributed, unless a speaker was found but withheld as too
   * uncertain: then its probability.
   */
  confidence: number;
  /** The sieve rule that decided (for explanations and debugging). */
  rule: string;
}

/**
 * What a quotation is used for: words someone said (`speech`), a word held at arm's length or a scare
 * quote (`term`), or the title of a work (`title`). Only speech is counted as a quote; a term or title
 * keeps a speaker only when a cue of its own gives one (`called it "a disaster"`), never a borrowed one.
 */
export type QuoteUsage = 'speech' | 'term' | 'title';

export interface Quote extends Span {
  /** The words inside the marks (direct), or the paraphrased content (reported). */
  text: string;
  kind: QuoteKind;
  usage: QuoteUsage;
  /** The span including the quotation marks (equal to start/end for reported speech). */
  outer: Span;
  /** 1-based line of `start`. */
  line: number;
  /** 0 for a top-level quote; 1 for a quote inside a quote, and so on. */
  depth: number;
  /** True when the quote runs over several paragraphs. */
  multiParagraph: boolean;
  attribution: Attribution;
}

export type ProblemKind = 'unbalanced-quote' | 'truncated' | 'binary' | 'empty';

/** Something the reader should be told about the input: never an exception. */
export interface Problem extends Span {
  kind: ProblemKind;
  message: string;
}

export interface Analysis {
  quotes: Quote[];
  entities: Entity[];
  problems: Problem[];
  /** Length of the text that was analysed (smaller than the input when it was truncated). */
  analyzedLength: number;
  /** Length of the input text. */
  textLength: number;
  /** What an editor would ask about the sourcing (see sourcing/): computed with the analysis. */
  sourcing?: Sourcing;
}

/** A replacement of `start`..`end` of the analysed text by `text`. */
export interface Replacement extends Span {
  text: string;
}

/**
 * Kinds of sourcing findings: a quote with no speaker; one attributed only to an unnamed or vague source;
 * a name spelled two ways; a title that changes for one person; a headline quote the body never gives; a
 * quote-only paragraph whose speaker was last named paragraphs back.
 */
export type SourcingKind = 'unattributed' | 'unnamed-source' | 'name-spelling' | 'title-change' | 'headline-quote' | 'distant-speaker';

/** Edits that settle a finding (make two spellings or titles agree); applied only when the user asks. */
export interface SourcingFix {
  title: string;
  edits: Replacement[];
  /** The fix to offer first (the spelling most used). */
  preferred: boolean;
}

export interface SourcingFinding extends Span {
  kind: SourcingKind;
  message: string;
  /** The entity concerned, when there is one. */
  entityId: string | null;
  /** Other places the finding is about (the other spelling, where the speaker was named). */
  related: Span[];
  /** For `distant-speaker`: how many paragraphs back the speaker was last named; 0 otherwise. */
  paragraphsBack: number;
  fixes: SourcingFix[];
}

export interface Sourcing {
  findings: SourcingFinding[];
  /** Quotes shown to a reader (speech, top level, reported speech included), and how many of them have no speaker or an unnamed one. */
  quoteCount: number;
  unattributedCount: number;
  unnamedSourceCount: number;
}

export interface AnalyzeOptions {
  /** 'markdown' masks code, front matter, link targets and HTML comments. Default 'plaintext'. */
  language?: 'markdown' | 'plaintext';
  /** Analyse at most this many characters; the rest is reported as a `truncated` problem. */
  maxLength?: number;
  /** Also detect reported (indirect) speech. Default true. */
  reported?: boolean;
  /** Also compute the sourcing findings (what an editor would ask, see sourcing/). Default true. */
  sourcing?: boolean;
  /** Attributions a person decided (see review/), which the sieve takes as given and as evidence for later quotes. */
  fixed?: FixedAttribution[];
  /**
   * What `fixed` decides, independent of where the quotes stand (which quote, counted in order, gets what):
   * an edit that moves them but decides the same keeps the typing fast path. Without it, their positions.
   */
  fixedKey?: string;
  /** A person's decisions, for `analyzeWithReview` to place and turn into `fixed` (`analyze` ignores it). */
  review?: ReviewFile;
}

/**
 * A person's decision for the quotation whose words start at `start`: its speaker (an entity by id, or a
 * name as typed), nobody (`speaker` null), or that it is no quotation at all.
 */
export interface FixedAttribution {
  start: number;
  speaker: { entityId: string | null; name: string | null } | null;
  notQuotation?: boolean;
}

/** The rule of an attribution a person set. */
export const SET_BY_PERSON = 'set by a person';

/**
 * Whether a person decided the attribution: set it, or set the one it follows (the reported sentence
 * around a corrected quote shares its cue), or said its speaker is no person.
 */
export const isSetByPerson = (attribution: Pick<Attribution, 'rule'>): boolean => attribution.rule.includes(SET_BY_PERSON);
/** How a speaker of two named people is read ("Tom Gray and Ann Lee said"): named sources, though no one entity. */
export const TWO_PEOPLE_NAMED = 'two people named';
export const isTwoPeopleNamed = (attribution: Pick<Attribution, 'rule'>): boolean => attribution.rule.endsWith(`= ${TWO_PEOPLE_NAMED}`);

/** Attributions below this confidence are shown as uncertain (the line is measured: see confidence.ts). */
export { LOW_CONFIDENCE } from './confidence/confidenceThresholds';
