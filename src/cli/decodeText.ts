/** Decoded text, or why the bytes are not text. */
export type DecodeResult = { ok: true; text: string; warnings: string[] } | { ok: false; message: string };

type Utf16 = 'utf-16le' | 'utf-16be';

// More invalid UTF-8 than this (as a share of the characters) means the file is not text at all.
const BINARY_INVALID_RATIO = 0.1;
// More NUL bytes than this share of the bytes (outside a UTF-16 pattern) means binary data, not a stray byte.
const BINARY_NUL_RATIO = 0.01;
// UTF-16 of mostly Latin text has a NUL in at least this share of one byte position and almost none in the other.
const UTF16_NUL_RATIO = 0.3;
const UTF16_OTHER_SIDE_NUL_RATIO = 0.02;
const REPLACEMENT_CHARACTER = 0xfffd;

/**
 * Decodes a file's bytes the way the editor does: UTF-8 without its BOM, UTF-16 when a BOM or the pattern of its
 * NUL bytes says so, line ends kept as they are so offsets match. `truncated` says the bytes stop mid-file.
 * Every guess and every replaced byte is said in a warning.
 */
export function decodeText(bytes: Uint8Array, truncated = false): DecodeResult {
  const marked = utf16ByBom(bytes);
  if (marked) return decodeUtf16(bytes, marked, truncated, []);

  const nul = countNulBytes(bytes);
  if (nul.total > 0) {
    const guessed = utf16ByNulPattern(bytes.length, nul);
    if (guessed) {
      const share = Math.round((100 * nul.total) / bytes.length);
      return decodeUtf16(bytes, guessed, truncated, [
        `no byte-order mark, but ${share}% of the bytes are NUL in the pattern of ${guessed.toUpperCase()}: read as ${guessed.toUpperCase()}`,
      ]);
    }
    if (nul.total > bytes.length * BINARY_NUL_RATIO) return { ok: false, message: 'binary file (contains NUL bytes), skipped' };
  }

  // `stream` leaves a multi-byte character cut by truncation undecoded instead of replacing it.
  const text = new TextDecoder('utf-8').decode(bytes, { stream: truncated });
  const invalid = countReplacements(text) - countUtf8Replacements(bytes);
  if (invalid > text.length * BINARY_INVALID_RATIO) {
    return { ok: false, message: 'binary file (mostly invalid UTF-8), skipped' };
  }
  const warnings: string[] = [];
  if (nul.total > 0) warnings.push(`${plural(nul.total, 'NUL byte')} kept as U+0000 (read as text: too few to be binary data)`);
  if (invalid > 0) warnings.push(`${plural(invalid, 'invalid UTF-8 byte sequence')} replaced by U+FFFD (is the file in another encoding?)`);
  return { ok: true, text, warnings };
}

function decodeUtf16(bytes: Uint8Array, encoding: Utf16, truncated: boolean, warnings: string[]): DecodeResult {
  const text = new TextDecoder(encoding).decode(bytes, { stream: truncated });
  const invalid = countReplacements(text) - countUtf16Replacements(bytes, encoding);
  if (invalid > 0) {
    warnings.push(`${plural(invalid, 'invalid UTF-16 sequence')} (unpaired surrogates or an odd last byte) replaced by U+FFFD`);
  }
  return { ok: true, text, warnings };
}

function utf16ByBom(bytes: Uint8Array): Utf16 | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

interface NulCount {
  total: number;
  even: number;
  odd: number;
}

function countNulBytes(bytes: Uint8Array): NulCount {
  const count: NulCount = { total: 0, even: 0, odd: 0 };
  for (let i = bytes.indexOf(0); i >= 0; i = bytes.indexOf(0, i + 1)) {
    count.total++;
    if (i % 2 === 0) count.even++;
    else count.odd++;
  }
  return count;
}

/** Latin text in UTF-16LE has NUL high bytes at odd offsets (BE: at even ones) and next to none at the others. */
function utf16ByNulPattern(length: number, nul: NulCount): Utf16 | null {
  const perSide = length / 2;
  if (perSide < 1) return null;
  const looksLike = (side: number, other: number): boolean =>
    side >= perSide * UTF16_NUL_RATIO && other <= perSide * UTF16_OTHER_SIDE_NUL_RATIO;
  if (looksLike(nul.odd, nul.even)) return 'utf-16le';
  if (looksLike(nul.even, nul.odd)) return 'utf-16be';
  return null;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === REPLACEMENT_CHARACTER) count++;
  return count;
}

/** U+FFFD written in the file itself (EF BF BD) is text, not an invalid sequence. */
function countUtf8Replacements(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}

/** U+FFFD written in the file itself as a UTF-16 code unit. */
function countUtf16Replacements(bytes: Uint8Array, encoding: Utf16): number {
  const [low, high] = encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd];
  let count = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) if (bytes[i] === low && bytes[i + 1] === high) count++;
  return count;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
