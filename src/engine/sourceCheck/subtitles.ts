/**
 * SubRip (.srt) and WebVTT (.vtt) captions read as passages: one per cue, and one per speaker inside a cue
 * (`<v Name>`, `NAME:` or `- NAME:` prefixes; an unnamed `- ` line is a new, unknown speaker). A cue without a
 * speaker mark continues the last speaker named. A cue whose times cannot be read keeps its words, without
 * times, and is reported; nothing here throws.
 */
import { isDialogueDash, speakerPrefix } from './speakerTurns';
import { MaskedText, PassageBuilder, sourceLines, type SourceLine } from './sourceLines';
import { parseTime } from './timestamps';
import type { ParsedSource, SourceProblem } from './types';

const TIMING = /^\s*(\S+)\s*-->\s*(\S+)(.*)$/;
const TAG = /<[^>]*>|\{\\[^}]*\}/g;
const VOICE = /^<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>$/;
const INLINE_TIME = /^<((?:\d+:)?\d{1,2}:\d{2}\.\d{3})>$/;
const VTT_SKIPPED_BLOCKS = /^(NOTE|STYLE|REGION)(?:\s|$)/;

export function parseSubtitles(name: string, text: string, format: 'srt' | 'vtt'): ParsedSource {
  const lines = sourceLines(text);
  const masked = new MaskedText(text);
  const builder = new PassageBuilder();
  const problems: SourceProblem[] = [];
  const timeMarks: ParsedSource['timeMarks'] = [];
  let speaker: string | null = null;
  let previousStartMs = -1;
  let cues = 0;

  let index = 0;
  if (format === 'vtt') {
    if (!/^\uFEFF?WEBVTT(?:[ \t]|$)/.test(lines[0]?.text ?? '')) {
      problems.push({ line: 1, message: 'no WEBVTT header on the first line (read as captions anyway)' });
    } else {
      while (index < lines.length && lines[index].text.trim() !== '') index++;
    }
  }

  while (index < lines.length) {
    while (index < lines.length && lines[index].text.trim() === '') index++;
    const block: SourceLine[] = [];
    while (index < lines.length && lines[index].text.trim() !== '') block.push(lines[index++]);
    if (block.length === 0) break;
    if (format === 'vtt' && VTT_SKIPPED_BLOCKS.test(block[0].text)) continue;

    const timingAt = block.findIndex((line, i) => i <= 1 && line.text.includes('-->'));
    let startMs: number | null = null;
    let endMs: number | null = null;
    let textLines: SourceLine[];
    if (timingAt < 0) {
      // No timing line: an index line (SRT) is dropped, the rest is words without a time.
      const first = block[0];
      problems.push({ line: first.number, message: 'a cue without a timing line (its words are kept, without a time)' });
      textLines = /^\s*\d+\s*$/.test(first.text) ? block.slice(1) : block;
    } else {
      const timingLine = block[timingAt];
      textLines = block.slice(timingAt + 1);
      const times = readTiming(timingLine, problems);
      if (times) {
        ({ startMs, endMs } = times);
        if (times.startMs < previousStartMs) {
          problems.push({ line: timingLine.number, message: 'this cue starts before the one above it (times out of order)' });
        }
        previousStartMs = times.startMs;
      }
    }
    cues++;
    let cueOpened = false;
    for (const line of textLines) {
      speaker = readCueLine(line, { masked, builder, timeMarks, speaker, startMs, endMs, opened: cueOpened });
      cueOpened = true;
    }
  }
  if (cues === 0) problems.push({ line: 1, message: `no ${format === 'srt' ? 'SubRip' : 'WebVTT'} cues found` });
  const words = masked.toString();
  return { name, format, text, words, passages: builder.finish(words), timeMarks, problems };
}

function readTiming(line: SourceLine, problems: SourceProblem[]): { startMs: number; endMs: number } | null {
  const match = TIMING.exec(line.text);
  if (!match) {
    problems.push({ line: line.number, message: `cannot read the timing line '${line.text.trim()}'` });
    return null;
  }
  const start = parseTime(match[1]);
  const end = parseTime(match[2]);
  if ('error' in start || 'error' in end) {
    const error = 'error' in start ? start.error : (end as { error: string }).error;
    problems.push({ line: line.number, message: `broken timestamp: ${error} (the cue's words are kept, without a time)` });
    return null;
  }
  if (end.ms < start.ms) problems.push({ line: line.number, message: 'this cue ends before it starts' });
  return { startMs: start.ms, endMs: end.ms };
}

interface CueState {
  masked: MaskedText;
  builder: PassageBuilder;
  timeMarks: ParsedSource['timeMarks'];
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
  /** Whether this cue already has a passage open (its first line opens one). */
  opened: boolean;
}

/** Copies a cue line's words into the masked text, opening passages where speakers change; returns the speaker now. */
function readCueLine(line: SourceLine, state: CueState): string | null {
  let speaker = state.speaker;
  const open = (at: number, who: string | null): void => {
    speaker = who;
    state.builder.start(at, who, line.number, state.startMs, state.endMs);
    state.opened = true;
  };

  // Tags are blanked in a copy of the line first, so a prefix after `<i>` is still seen at the line's start.
  let plain = line.text;
  const voices: { at: number; name: string | null }[] = [];
  for (const tag of line.text.matchAll(TAG)) {
    const at = tag.index ?? 0;
    plain = plain.slice(0, at) + ' '.repeat(tag[0].length) + plain.slice(at + tag[0].length);
    const voice = VOICE.exec(tag[0]);
    if (voice) voices.push({ at, name: voice[1]?.trim() || null });
    const time = INLINE_TIME.exec(tag[0]);
    if (time) {
      const parsed = parseTime(time[1]);
      if ('ms' in parsed) state.timeMarks.push({ offset: line.start + at, ms: parsed.ms });
    }
  }

  let wordsFrom = 0;
  const prefix = speakerPrefix(plain);
  if (prefix && voices.length === 0) {
    open(line.start, prefix.name);
    wordsFrom = prefix.length;
  } else if (voices.length === 0 && isDialogueDash(plain)) {
    open(line.start, null);
    wordsFrom = plain.search(/[-–—]/) + 1;
  } else if (!state.opened && (voices.length === 0 || voices[0].at > plain.search(/\S/))) {
    open(line.start, speaker);
  }

  let cursor = wordsFrom;
  for (const voice of voices) {
    copyWords(state, line, plain, cursor, voice.at);
    open(line.start + voice.at, voice.name ?? speaker);
    cursor = voice.at;
  }
  copyWords(state, line, plain, cursor, plain.length);
  return speaker;
}

function copyWords(state: CueState, line: SourceLine, plain: string, from: number, to: number): void {
  if (to <= from) return;
  for (let i = from; i < to; i++) if (plain[i] !== ' ') state.masked.keep(line.start + i, line.start + i + 1);
  state.builder.extend(line.start + to);
}
