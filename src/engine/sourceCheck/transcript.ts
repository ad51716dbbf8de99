/**
 * A plain text or Markdown source (a transcript, a press release, notes) read as passages: one per speaker
 * turn (`NAME:` at a line's start, optionally after a time such as `[00:12:31]`) and one per paragraph.
 * Capitalised prefixes (`SEN. WARREN:`) are always turns; a Title Case one (`Mike Pompeo:`) when it opens at
 * least two lines, or is a name of two words or more in a source with other turns, so that a one-off label
 * ("Update: ...") is not taken for a speaker.
 */
import { maskMarkdown } from '../text/segment';
import { speakerPrefix } from './speakerTurns';
import { MaskedText, PassageBuilder, sourceLines } from './sourceLines';
import { parseTime } from './timestamps';
import type { ParsedSource, SourceProblem } from './types';

const TIME = String.raw`(?:\d+:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?`;
const LEADING_TIME = new RegExp(String.raw`^[ \t]*(?:\[(${TIME})\]|\((${TIME})\)|(${TIME})(?=[ \t]))[ \t]*[-–—]?[ \t]*`);
const LOOKS_LIKE_TIME = /^[ \t]*[[(]\d+:\d+[^\])]*[\])][ \t]*/;

export function parseTranscript(name: string, text: string, format: 'text' | 'markdown'): ParsedSource {
  const readable = format === 'markdown' ? maskMarkdown(text) : text;
  const lines = sourceLines(readable);
  const problems: SourceProblem[] = [];
  const masked = new MaskedText(readable);
  const builder = new PassageBuilder();

  const openings = lines.map((line) => readOpening(line.text, line.number, problems));
  const titleCaseCounts = new Map<string, number>();
  for (const opening of openings) {
    if (opening.prefix && !opening.prefix.capitals) {
      titleCaseCounts.set(opening.prefix.name, (titleCaseCounts.get(opening.prefix.name) ?? 0) + 1);
    }
  }

  const repeated = [...titleCaseCounts].filter(([, count]) => count >= 2).map(([name]) => name);
  const hasTurns = repeated.length > 0 || openings.some((o) => o.prefix?.capitals);
  const acceptedTitleCase = new Set([...titleCaseCounts.keys()].filter((name) => repeated.includes(name) || (hasTurns && /\s/.test(name))));
  let speaker: string | null = null;
  let inParagraph = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const { timeMs, timeLength, prefix } = openings[i];
    if (line.text.trim() === '') {
      inParagraph = false;
      continue;
    }
    const isTurn = prefix !== null && (prefix.capitals || acceptedTitleCase.has(prefix.name));
    let wordsFrom = timeLength;
    if (isTurn) {
      speaker = prefix.name;
      wordsFrom = timeLength + prefix.length;
    }
    if (isTurn || timeMs !== null || !inParagraph) builder.start(line.start + wordsFrom, speaker, line.number, timeMs, null);
    inParagraph = true;
    masked.keep(line.start + wordsFrom, line.end);
    builder.extend(line.end);
  }
  const words = masked.toString();
  return { name, format, text, words, passages: builder.finish(words), timeMarks: [], problems };
}

interface LineOpening {
  timeMs: number | null;
  /** Characters of the time and its brackets. */
  timeLength: number;
  prefix: ReturnType<typeof speakerPrefix>;
}

function readOpening(line: string, number: number, problems: SourceProblem[]): LineOpening {
  let timeMs: number | null = null;
  let timeLength = 0;
  const time = LEADING_TIME.exec(line);
  if (time) {
    const parsed = parseTime(time[1] ?? time[2] ?? time[3]);
    timeLength = time[0].length;
    if ('ms' in parsed) timeMs = parsed.ms;
    else problems.push({ line: number, message: `broken timestamp: ${parsed.error}` });
  } else {
    const broken = LOOKS_LIKE_TIME.exec(line);
    if (broken) {
      problems.push({ line: number, message: `broken timestamp: cannot read '${broken[0].trim()}'` });
      timeLength = broken[0].length;
    }
  }
  const prefix = speakerPrefix(line.slice(timeLength));
  return { timeMs, timeLength, prefix };
}
