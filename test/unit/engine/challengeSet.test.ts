import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import { basename, join } from 'path';
import { checkGoldArticle, parseChallengeSource, type ChallengeArticle } from '../../fixtures/challenge/format';
import { scoreCorpus } from '../../../scripts/eval/corpus';
import { summarize } from '../../../scripts/eval/score';

const ROOT = join(__dirname, '../../fixtures/challenge');

/**
 * Floors per style, from measured scores (direct quotes: F1, speaker accuracy): a change that lowers any
 * style below its floor is a regression. Raise a floor when the engine gets better there.
 */
const FLOORS: Record<string, { f1: number; speaker: number }> = {
  british: { f1: 98, speaker: 87 },
  canadian: { f1: 97.5, speaker: 82 },
  courts: { f1: 94.5, speaker: 88 },
  health: { f1: 97.5, speaker: 74.5 },
  'press-social': { f1: 97.5, speaker: 67.5 },
  sports: { f1: 95.5, speaker: 82 },
  transcripts: { f1: 39.5, speaker: 59.5 },
  wire: { f1: 95, speaker: 94.5 },
};

const styles = readdirSync(join(ROOT, 'source'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => basename(f, '.txt'))
  .sort();

const readJsonl = (style: string): ChallengeArticle[] =>
  readFileSync(join(ROOT, `${style}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

describe('engine: the cross-outlet challenge set', () => {
  it('has at least eight styles and 200 quotations, each style with a floor', () => {
    assert.ok(styles.length >= 8, styles.join(', '));
    const quotes = styles.reduce((n, style) => n + readJsonl(style).reduce((m, a) => m + a.quotes.length, 0), 0);
    assert.ok(quotes >= 200, `${quotes} quotations`);
    assert.deepStrictEqual(Object.keys(FLOORS).sort(), styles);
  });

  for (const style of styles) {
    describe(style, () => {
      const articles = readJsonl(style);

      it('is built from its annotated source, and every offset matches its text', () => {
        const built = parseChallengeSource(readFileSync(join(ROOT, 'source', `${style}.txt`), 'utf8'), style);
        assert.deepStrictEqual(articles, built, `${style}.jsonl is out of date: run npm run build:challenge`);
        for (const article of articles) assert.deepStrictEqual(checkGoldArticle(article), [], article.id);
      });

      it(`scores at least its floor (direct F1 ${FLOORS[style].f1}, speaker ${FLOORS[style].speaker})`, () => {
        const { direct } = summarize(scoreCorpus(articles).total);
        assert.ok(direct.f1 >= FLOORS[style].f1, `direct F1 ${direct.f1.toFixed(1)} < ${FLOORS[style].f1}`);
        assert.ok(direct.speakerAccuracy >= FLOORS[style].speaker, `speaker ${direct.speakerAccuracy.toFixed(1)} < ${FLOORS[style].speaker}`);
      });
    });
  }
});
