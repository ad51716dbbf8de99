import { articleFromBytes, byteLimitFor, type ReadResult } from './readArticle';

/** Reads standard input (`-`) as one plain-text article, up to the bytes `maxCharacters` can use. */
export async function readStdinArticle(
  stdin: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxCharacters: number,
): Promise<ReadResult> {
  const limit = byteLimitFor(maxCharacters) + 1;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      chunks.push(bytes.subarray(0, limit - total));
      total += Math.min(bytes.length, limit - total);
      if (total >= limit) break;
    }
  } catch (error) {
    return { ok: false, message: `cannot read standard input: ${error instanceof Error ? error.message : String(error)}` };
  }
  const bytes = Buffer.concat(chunks, total);
  // A pipe has no size: when it went on past the limit, its length is unknown.
  return articleFromBytes(bytes, total < limit ? total : null, 'plaintext', maxCharacters);
}
