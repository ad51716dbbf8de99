/** Plain data of a source check: what a source says, and how each quote compares with it. */
import type { Span } from '../types';

export type SourceFormat = 'text' | 'markdown' | 'srt' | 'vtt';

/** A stretch of a source said by one speaker (a transcript turn, a subtitle cue or a voice span in one). */
export interface Passage extends Span {
  /** The speaker named by the source (`NAME:`, `<v Name>`, an SRT prefix), or null when it names none. */
  speaker: string | null;
  /** Milliseconds from the start of the recording, when the source gives times. */
  startMs: number | null;
  endMs: number | null;
  /** 1-based line of `start`. */
  line: number;
}

/** Something a reader of the source should be told (a broken timestamp, a missing header): never an exception. */
export interface SourceProblem {
  line: number;
  message: string;
}

export interface ParsedSource {
  /** How the source is named to the reader (its path). */
  name: string;
  format: SourceFormat;
  text: string;
  /** Same length as `text`, markup (tags, timing lines, speaker names) blanked so only spoken words remain. */
  words: string;
  passages: Passage[];
  /** Times given inside a passage (WebVTT `<00:01:02.500>`): the words from `offset` on were said at `ms`. */
  timeMarks: { offset: number; ms: number }[];
  problems: SourceProblem[];
}

/** What a report says about a source: its name, format, how many passages were read, and its problems. */
export interface SourceSummary {
  name: string;
  format: SourceFormat;
  passages: number;
  problems: SourceProblem[];
}

/** A word as compared: its normalised form and where it was written. */
export interface NormalWord extends Span {
  /** Lower case, no accents or marks; numbers as digits, contractions spelled out ("don't" is "do" + "not"). */
  norm: string;
  /** Written with a capital letter, not at the start of a sentence: a name, as far as spelling tells. */
  nameLike: boolean;
  /** Milliseconds into the recording, when the source gives it (inline WebVTT timestamps or its passage's start). */
  timeMs?: number | null;
}

/** A quote as the article gives it. */
export interface QuoteToCheck extends Span {
  text: string;
  /** The quote's speaker as attributed in the article, or null when unattributed. */
  speaker: string | null;
}

export type CheckStatus = 'matches' | 'altered' | 'speaker-differs' | 'not-found';

/** A difference that changes what was said, not only how it reads. */
export type SeriousKind = 'negation' | 'number' | 'name' | 'quantifier';

export interface WordDifference {
  kind: 'added' | 'dropped' | 'changed';
  /** The article's words (empty when dropped). */
  quoteWords: string;
  /** The source's words (empty when added). */
  sourceWords: string;
  /** Where the quote's words are in the article, or where the dropped words would have been. */
  quoteSpan: Span;
  /** Where the source's words are in the source, or where the added words would have been. */
  sourceSpan: Span;
  serious: SeriousKind[];
}

/** A writer's edit the conventions allow: an omission marked `…`, an insertion in `[brackets]`, a quote from two places. */
export interface AllowedEdit {
  kind: 'omission' | 'insertion' | 'stitched';
  quoteSpan: Span;
  /** The source words the edit stands for (omitted or replaced), when there are any. */
  sourceWords: string;
}

/** Where in a source one part of a quote (the words between two `…`) was found. */
export interface PassageMatch extends Span {
  source: string;
  /** The source's words of the stretch, as written. */
  text: string;
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
  line: number;
  /** Share of the part's words found the same, 0..1. */
  agreement: number;
}

export interface QuoteCheck {
  quote: QuoteToCheck;
  status: CheckStatus;
  /** One per part of the quote that was found, in the quote's order. */
  passages: PassageMatch[];
  differences: WordDifference[];
  allowedEdits: AllowedEdit[];
  /** The speaker the source names for the passage, when it differs from the quote's. */
  sourceSpeaker: string | null;
}
