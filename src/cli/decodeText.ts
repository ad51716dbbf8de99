/** Decoded text, or why the bytes are not text. */
export type DecodeResult = { ok: true; text: string; warnings: string[] } | { ok: false; message: string };

// More invalid UTF-8 than this (as a share of the characters) means the file is not text at all.
const BINARY_INVALID_RATIO = 0.1;
const REPLACEMENT_CHARACTER = 0xfffd;

/**
 * Decodes a file's bytes the way the editor does: UTF-8 without its BOM (UTF-16 when a UTF-16 BOM says so),
 * line ends kept as they are so offsets match. `truncated` says the bytes stop mid-file.
 */
export function decodeText(bytes: Uint8Array, truncated = false): DecodeResult {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes, { stream: truncated }), warnings: [] };

  if (bytes.indexOf(0) >= 0) return { ok: false, message: 'binary file (contains NUL bytes), skipped' };

  // `stream` leaves a multi-byte character cut by truncation undecoded instead of replacing it.
  const text = new TextDecoder('utf-8').decode(bytes, { stream: truncated });
  const invalid = countReplacements(text) - countEncodedReplacements(bytes);
  if (invalid === 0) return { ok: true, text, warnings: [] };
  if (invalid > text.length * BINARY_INVALID_RATIO) {
    return { ok: false, message: 'binary file (mostly invalid UTF-8), skipped' };
  }
  return {
    ok: true,
    text,
    warnings: [`${invalid} invalid UTF-8 byte sequence${invalid === 1 ? '' : 's'} replaced by U+FFFD (is the file in another encoding?)`],
  };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === REPLACEMENT_CHARACTER) count++;
  return count;
}

/** U+FFFD written in the file itself (EF BF BD) is text, not an invalid sequence. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}
