/** A source file's text read by its format, with a message (never an exception) for what cannot be read. */
import { parseSubtitles } from './subtitles';
import { parseTranscript } from './transcript';
import type { ParsedSource, SourceFormat } from './types';

/** Longest source read whole (about 30 hours of speech); the rest is cut with a message. */
export const MAX_SOURCE_CHARACTERS = 2_000_000;

const EXTENSION_FORMATS = new Map<string, SourceFormat>([
  ['srt', 'srt'], ['vtt', 'vtt'], ['webvtt', 'vtt'], ['md', 'markdown'], ['markdown', 'markdown'], ['txt', 'text'], ['text', 'text'],
]);

/** The format a file name says, or the one its first lines show (a .txt that holds captions). */
export function sourceFormatOf(name: string, text: string): SourceFormat {
  if (/^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text)) return 'vtt';
  const extension = /\.([a-z]+)$/i.exec(name)?.[1].toLowerCase();
  const byName = extension === undefined ? undefined : EXTENSION_FORMATS.get(extension);
  if (byName) return byName;
  if (/^\uFEFF?\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->/.test(text)) return 'srt';
  return 'text';
}

/** Parses one source; an empty, binary or oversized one is a source with a problem, not an error. */
export function readSource(name: string, text: string, format = sourceFormatOf(name, text), maxLength = MAX_SOURCE_CHARACTERS): ParsedSource {
  const problems: ParsedSource['problems'] = [];
  if (text.includes('\0')) {
    return { name, format, text, words: '', passages: [], timeMarks: [], problems: [{ line: 1, message: 'binary data, not text: nothing read' }] };
  }
  let readable = text;
  if (text.length > maxLength) {
    readable = text.slice(0, maxLength);
    problems.push({
      line: 1,
      message: `only the first ${maxLength.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters were read`,
    });
  }
  const parsed = format === 'srt' || format === 'vtt' ? parseSubtitles(name, readable, format) : parseTranscript(name, readable, format);
  if (readable.trim() === '') problems.push({ line: 1, message: 'the source is empty' });
  else if (parsed.passages.length === 0) problems.push({ line: 1, message: 'no words found in the source' });
  const replaced = (readable.match(/\uFFFD/g) ?? []).length;
  if (replaced > 0) {
    problems.push({ line: 1, message: `${replaced} characters could not be decoded (is the file in another encoding than UTF-8?)` });
  }
  return { ...parsed, text, problems: [...problems, ...parsed.problems] };
}
