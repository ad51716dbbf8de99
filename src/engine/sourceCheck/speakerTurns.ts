/** Who a transcript line says is speaking: `NAME:`, `**Name:**`, `>> NAME:`, `- NAME:` or `[NAME]` before the words. */

export interface SpeakerPrefix {
  name: string;
  /** Characters from the line's start to the first spoken word (the name and its marks). */
  length: number;
  /** Written in capitals (`SEN. WARREN:`), the form transcripts use; a Title Case prefix could be a label. */
  capitals: boolean;
}

// Up to five words of a name, each starting with a capital (or "de", "van", ...), then a colon or a closing bracket.
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|van|von|der|al|bin|la|le)(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|van|von|der|al|bin|la|le|\(\p{L}[^)]{0,30}\))){0,4}`;
const COLON_PREFIX = new RegExp(String.raw`^([ \t]*(?:>>+|-|–|—)?[ \t]*[*_]*)(${NAME})[*_]*[ \t]*:[*_]*(?=[ \t]|$)[ \t]*`, 'u');
const BRACKET_PREFIX = new RegExp(String.raw`^([ \t]*(?:>>+|-)?[ \t]*)\[(${NAME})\][ \t]*:?[ \t]*`, 'u');
// A time in a turn's opening ("[00:12:31]", "(1:02:03)", "00:12") is not a name.
const HAS_LETTER = /\p{L}/u;

/** The speaker a line opens with, or null. */
export function speakerPrefix(line: string): SpeakerPrefix | null {
  const match = COLON_PREFIX.exec(line) ?? BRACKET_PREFIX.exec(line);
  if (!match) return null;
  const name = match[2].trim();
  if (!HAS_LETTER.test(name)) return null;
  const letters = name.replace(/\([^)]*\)/g, '').replace(/[^\p{L}]/gu, '');
  return { name, length: match[0].length, capitals: letters.length > 0 && letters === letters.toUpperCase() };
}

/** "- Yes." in subtitles: a new, unnamed speaker. */
export function isDialogueDash(line: string): boolean {
  return /^[ \t]*[-–—][ \t]+\S/.test(line);
}
