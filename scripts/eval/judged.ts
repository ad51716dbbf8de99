/**
 * Every speaker judgement of an article with what the confidence model saw: the sieve's speaker (before a
 * low probability withheld it) judged by the corpus rule, its facts and its probability. The reliability
 * table and the fitting of the model both read these.
 */
import { analyze } from '../../src/engine/analyze';
import { observeConfidence, type ScoredAttribution } from '../../src/engine/confidence/confidence';
import type { Analysis } from '../../src/engine/types';
import { scoreArticle, type ArticleResult, type GoldArticle, type JudgedSpeaker } from './score';

export interface JudgedAttribution {
  family: JudgedSpeaker['family'];
  /** Whether the sieve's speaker is right by the corpus rule. */
  right: boolean;
  /** The confidence the engine gave it. */
  confidence: number;
  /** Whether the engine shows the speaker (it is not withheld). */
  shown: boolean;
  /** The model's facts about it (empty when no model scored it). */
  features: string[];
}

export interface JudgedArticle {
  /** The article scored as the engine shows it. */
  result: ArticleResult;
  attributions: JudgedAttribution[];
}

export function judgeArticle(article: GoldArticle, run: (text: string) => Analysis = (text) => analyze(text)): JudgedArticle {
  const scored = new Map<object, ScoredAttribution>();
  const analysis = observeConfidence((s) => scored.set(s.after, s), () => run(article.text));
  const result = scoreArticle(article, analysis);
  // The same article with each attribution as the sieve made it, before the model withheld any.
  const before = new Map<object, ScoredAttribution>();
  const asSieved: Analysis = {
    ...analysis,
    quotes: analysis.quotes.map((q) => {
      const s = scored.get(q);
      if (!s) return q;
      before.set(s.before, s);
      return s.before;
    }),
  };
  const attributions: JudgedAttribution[] = [];
  for (const j of scoreArticle(article, asSieved).judged) {
    if (j.quote.attribution.speaker === null) continue;
    const s = before.get(j.quote);
    attributions.push({
      family: j.family,
      right: j.right,
      confidence: s ? s.probability : j.quote.attribution.confidence,
      shown: s ? s.after.attribution.speaker !== null : true,
      features: s ? s.features : [],
    });
  }
  return { result, attributions };
}
