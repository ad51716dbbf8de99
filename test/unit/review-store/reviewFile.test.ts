import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyReview, REVIEW_FORMAT_VERSION } from '../../../src/engine/review';
import { readReviewFile, readReviewFileSync, reviewPathFor, writeReviewFile } from '../../../src/review-store/reviewFile';

describe('review store: the review file on disk', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'otr-review-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('lives beside its article', () => {
    assert.equal(reviewPathFor('/news/harbour.md'), '/news/harbour.md.review.json');
  });

  it('writes through a temporary file and a rename, leaving only the review file', async () => {
    const file = reviewPathFor(join(folder, 'a.txt'));
    const review = { ...emptyReview('a.txt', 'f'), decisions: [{ anchor: { quote: 'Yes,', before: '', after: ' he said.', at: 1 }, status: 'verified' as const }] };
    const text = await writeReviewFile(file, review);
    assert.deepEqual(readdirSync(folder), ['a.txt.review.json']);
    assert.equal(readFileSync(file, 'utf8'), text);
    const read = await readReviewFile(file);
    assert.equal(read.kind, 'ok');
    assert.deepEqual(read.kind === 'ok' && read.review, review);
    // A second write replaces the first whole.
    await writeReviewFile(file, emptyReview('a.txt', 'g'));
    const again = readReviewFileSync(file);
    assert.ok(again.kind === 'ok' && again.review.decisions.length === 0 && again.review.article.fingerprint === 'g');
  });

  it('tells a missing file from a bad one, with the reason', async () => {
    assert.equal((await readReviewFile(join(folder, 'none.review.json'))).kind, 'none');
    const bad = join(folder, 'bad.review.json');
    writeFileSync(bad, '{"kind": "on-the-record-review", "version": ' + (REVIEW_FORMAT_VERSION + 1) + '}');
    const read = readReviewFileSync(bad);
    assert.ok(read.kind === 'bad' && /newer On the Record/.test(read.message));
  });
});
