/**
 * The review file on disk, for the extension and the CLI alike: found beside its article
 * (`article.md.review.json`), read with a clear verdict, and written atomically (a temporary file in the
 * same folder, then a rename), so a reader never sees half a file and a crash never leaves one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReview, serializeReview, type ReviewFile } from '../engine/review/format';

export const REVIEW_SUFFIX = '.review.json';

export function reviewPathFor(articlePath: string): string {
  return articlePath + REVIEW_SUFFIX;
}

export type ReadReview =
  | { kind: 'none' }
  | { kind: 'ok'; review: ReviewFile; text: string }
  /** Present but not to be trusted or overwritten: malformed, from a newer version, unreadable. */
  | { kind: 'bad'; message: string; text?: string };

/** The verdict on a review file's text (undefined text: there is no file). */
export function reviewFromText(text: string | undefined): ReadReview {
  if (text === undefined) return { kind: 'none' };
  const parsed = parseReview(text);
  return parsed.ok ? { kind: 'ok', review: parsed.review, text } : { kind: 'bad', message: parsed.message, text };
}

export function readReviewFileSync(file: string): ReadReview {
  try {
    return reviewFromText(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return missing(error) ? { kind: 'none' } : { kind: 'bad', message: `it could not be read (${describe(error)})` };
  }
}

export async function readReviewFile(file: string): Promise<ReadReview> {
  try {
    return reviewFromText(await fs.promises.readFile(file, 'utf8'));
  } catch (error) {
    return missing(error) ? { kind: 'none' } : { kind: 'bad', message: `it could not be read (${describe(error)})` };
  }
}

/** Writes the review beside its article: the whole file or nothing, never a partial one. Returns the text written. */
export async function writeReviewFile(file: string, review: ReviewFile): Promise<string> {
  const text = serializeReview(review);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  try {
    await fs.promises.writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await fs.promises.rename(temporary, file);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
  return text;
}

const missing = (error: unknown): boolean => (error as NodeJS.ErrnoException)?.code === 'ENOENT';
const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
