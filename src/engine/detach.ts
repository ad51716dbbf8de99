/**
 * Strings that outlive an analysis must not be slices of its text. A JavaScript engine keeps a long
 * substring as a view into the string it was cut from, so one remembered paragraph or speaker name
 * would keep a whole version of the document alive, one version per edit.
 */
import type { Attribution } from './types';
import { attributionOf } from './shapes';

/** Below this length substrings are copied anyway (V8 makes views only of longer ones). */
const VIEW_MIN_LENGTH = 13;

/** The same characters in a string of their own. */
export function detached(text: string): string {
  // Concatenating and cutting again makes the engine copy the characters into a new flat string.
  return text.length < VIEW_MIN_LENGTH ? text : (' ' + text).slice(1);
}

export function detachedAttribution(a: Attribution): Attribution {
  const copy = attributionOf(a);
  copy.speaker = a.speaker === null ? null : detached(a.speaker);
  copy.cue = a.cue === null ? null : detached(a.cue);
  copy.rule = detached(a.rule);
  return copy;
}
