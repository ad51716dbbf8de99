/** An article's part of the output, in order, a chunk at a time: made as it is written, or arriving from a worker. */
export type ArticleOutput = Iterable<string> | AsyncIterable<string>;

/** Characters written at a time: a quote's or a row's pieces are gathered to about this many. */
export const CHUNK_CHARACTERS = 1 << 16;

/** The pieces gathered into chunks of about `size` characters; never one string for a whole long article. */
export function* chunksOf(pieces: Iterable<string>, size = CHUNK_CHARACTERS): Generator<string> {
  let gathered: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    gathered.push(piece);
    length += piece.length;
    if (length >= size) {
      yield gathered.join('');
      gathered = [];
      length = 0;
    }
  }
  if (length > 0) yield gathered.join('');
}

/** The whole output as one string, for what is read back whole (--group-by speaker's part). */
export async function joinOutput(output: ArticleOutput): Promise<string> {
  const chunks: string[] = [];
  for await (const chunk of output) chunks.push(chunk);
  return chunks.join('');
}
