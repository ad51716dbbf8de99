/**
 * What the sieve finds outside quotations: a cue word with its speakers, and a cue whose speaker is resolved.
 * Reported speech builds on these.
 */
import type { Attribution, Span } from '../types';
import type { Token } from '../text/tokens';
import type { SpeakerPhrase } from './speakers';

/** A cue word with the speaker phrases around it. */
export interface CueHit {
  index: number;
  token: Token;
  /** The cue as written, with its particle ("called on", "according to"). */
  text: string;
  span: Span;
  subject: SpeakerPhrase | null;
  inverted: SpeakerPhrase | null;
}

/** A cue with a resolved speaker outside quotations. */
export interface SpeechEvent {
  cue: CueHit;
  attribution: Attribution;
  sentence: Span;
  tokens: Token[];
  tagsQuote: boolean;
}
