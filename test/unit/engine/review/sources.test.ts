import * as assert from 'assert';
import * as path from 'node:path';
import { analyze } from '../../../../src/engine/analyze';
import {
  emptyReview, parseReview, placeReview, recordDecision, recordDecisions, recordSources, serializeReview, REVIEW_FORMAT_VERSION,
} from '../../../../src/engine/review';
import { rememberedSourceName, rememberedSourcePaths } from '../../../../src/review-store/reviewSources';
import { quoteWith } from '../../../fixtures/engine/helpers';

const ARTICLE = ['Mayor Dan Whitfield spoke on Monday.', '"The plan is sound," Whitfield said.', '"We will fund it next year," he added.'].join('\n\n');
const NOW = new Date('2026-12-01T12:00:00Z');

describe('engine/review: the article\'s remembered sources', () => {
  it('are kept in the review file and read back, in a version 2 file', () => {
    const review = recordSources(undefined, ARTICLE, 'council.txt', ['transcripts/town-hall.srt', 'release.md', 'release.md']);
    assert.deepStrictEqual(review.sources, ['transcripts/town-hall.srt', 'release.md']);
    const text = serializeReview(review);
    assert.strictEqual(JSON.parse(text).version, 2);
    assert.strictEqual(REVIEW_FORMAT_VERSION, 2);
    const parsed = parseReview(text);
    assert.ok(parsed.ok);
    assert.deepStrictEqual(parsed.review.sources, ['transcripts/town-hall.srt', 'release.md']);
  });

  it('a file without sources is still written as version 1, so an older reader keeps reading it', () => {
    const quote = quoteWith(analyze(ARTICLE), 'The plan');
    const review = recordDecision(undefined, undefined, ARTICLE, 'council.txt', quote, { kind: 'status', status: 'verified' }, NOW);
    assert.strictEqual(JSON.parse(serializeReview(review)).version, 1);
    const forgotten = recordSources(recordSources(review, ARTICLE, 'council.txt', ['a.txt']), ARTICLE, 'council.txt', []);
    assert.strictEqual(forgotten.sources, undefined);
    assert.strictEqual(JSON.parse(serializeReview(forgotten)).version, 1);
    assert.strictEqual(forgotten.decisions.length, 1, 'remembering sources keeps the decisions');
  });

  const rejected: [string, unknown, RegExp][] = [
    ['not a list', 'a.txt', /"sources" is not a list/],
    ['an empty name', ['a.txt', ' '], /source 2 is not a file name/],
    ['an absolute path', ['/home/me/a.txt'], /source 1 \(\/home\/me\/a\.txt\) must be relative to the article's folder/],
    ['a Windows path', ['C:\\talks\\a.txt'], /must be relative/],
  ];
  for (const [name, sources, message] of rejected) {
    it(`rejects sources that are ${name}`, () => {
      const parsed = parseReview(JSON.stringify({ ...emptyReview('a', 'f'), version: 2, sources }));
      assert.ok(!parsed.ok);
      assert.match(parsed.message, message);
    });
  }

  it('are resolved against the article\'s folder, and named from it with "/"', () => {
    const article = path.join(path.sep, 'news', 'council', 'story.md');
    const review = { ...emptyReview('story.md', 'f'), sources: ['transcripts/town-hall.txt', '../shared/release.md'] };
    assert.deepStrictEqual(rememberedSourcePaths(article, review), [
      path.join(path.sep, 'news', 'council', 'transcripts', 'town-hall.txt'),
      path.join(path.sep, 'news', 'shared', 'release.md'),
    ]);
    assert.strictEqual(rememberedSourceName(article, path.join(path.sep, 'news', 'council', 'transcripts', 'town-hall.txt')), 'transcripts/town-hall.txt');
    assert.deepStrictEqual(rememberedSourcePaths(article, undefined), []);
  });
});

describe('engine/review: several decisions at once', () => {
  it('records each quote\'s change in one new file, keeping the others\' decisions', () => {
    const analysis = analyze(ARTICLE);
    const plan = quoteWith(analysis, 'The plan');
    const fund = quoteWith(analysis, 'fund it');
    const first = recordDecision(undefined, undefined, ARTICLE, 'council.txt', plan, { kind: 'status', status: 'disputed', note: 'not on tape' }, NOW);
    const both = recordDecisions(first, placeReview(ARTICLE, analysis, first), ARTICLE, 'council.txt', [
      { quote: plan, change: { kind: 'status', status: 'verified', source: 'town-hall.txt, line 3' } },
      { quote: fund, change: { kind: 'status', status: 'verified', source: 'town-hall.txt, line 9, 0:41' } },
    ], NOW);
    assert.deepStrictEqual(both.decisions.map((d) => [d.anchor.quote, d.status, d.source, d.note]), [
      ['The plan is sound,', 'verified', 'town-hall.txt, line 3', 'not on tape'],
      ['We will fund it next year,', 'verified', 'town-hall.txt, line 9, 0:41', undefined],
    ]);
    const placed = placeReview(ARTICLE, analysis, both);
    assert.deepStrictEqual([plan, fund].map((q) => placed.byQuote.get(q)?.status), ['verified', 'verified']);
  });
});
