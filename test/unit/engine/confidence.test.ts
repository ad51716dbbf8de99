/** The measured confidence: the facts it reads, the model that weighs them, and where it withholds a speaker. */
import * as assert from 'assert';
import { analyze, analyzeFromScratch } from '../../../src/engine/analyze';
import {
  assignConfidence, observeConfidence, probability, readConfidenceModel, sigmoid, SHIPPED_MODEL, type ConfidenceWeights, type ScoredAttribution,
} from '../../../src/engine/confidence/confidence';
import { FeatureReader, ruleBase, type ConfidenceContext } from '../../../src/engine/confidence/confidenceFeatures';
import { LOW_CONFIDENCE, type Entity, type Quote } from '../../../src/engine/types';
import { SHOWN_AT_LEAST } from '../../../src/engine/confidence/confidenceThresholds';
import { tokenize } from '../../../src/engine/text/tokens';
import { quoteWith } from '../../fixtures/engine/helpers';

/** Each attributed quote of `text` with the facts and probability the model gave it. */
function scoredIn(text: string): ScoredAttribution[] {
  const scored: ScoredAttribution[] = [];
  observeConfidence((s) => scored.push(s), () => analyzeFromScratch(text));
  return scored;
}

const scoredWith = (all: ScoredAttribution[], fragment: string): ScoredAttribution => {
  const found = all.filter((s) => s.after.text.includes(fragment));
  assert.strictEqual(found.length, 1, `one scored quote with ${JSON.stringify(fragment)}: ${JSON.stringify(all.map((s) => s.after.text))}`);
  return found[0];
};

/** A one-paragraph document, its quote and its speaker, laid out by hand as the pipeline lays them out. */
function handMade(): { text: string; context: ConfidenceContext; quote: Quote } {
  const text = '"We are ready," Dana Whitfield said.';
  const outer = { start: 0, end: text.indexOf(' Dana') };
  const name = { start: text.indexOf('Dana'), end: text.indexOf(' said') };
  const entity: Entity = {
    id: 'dana-whitfield', name: 'Dana Whitfield', type: 'person', role: null, aliases: [],
    mentions: [{ ...name, text: 'Dana Whitfield', kind: 'name', entityId: 'dana-whitfield' }],
  };
  const quote: Quote = {
    start: 1, end: outer.end - 1, text: text.slice(1, outer.end - 1), kind: 'direct', usage: 'speech', outer, line: 1, depth: 0, multiParagraph: false,
    attribution: {
      speaker: 'Dana Whitfield', entityId: entity.id, speakerSpan: name, cue: 'said', cueSpan: { start: text.indexOf('said'), end: text.indexOf('said') + 4 },
      confidence: 0.95, rule: 'trailing tag (speaker, cue)',
    },
  };
  const whole = { start: 0, end: text.length };
  const context: ConfidenceContext = {
    text, paragraphs: [whole], sentences: [[whole]], tokens: [[tokenize(text, 0, text.length, [outer])]], quoteOnly: [false], entities: [entity],
  };
  return { text, context, quote };
}

describe('engine: confidence facts', () => {
  it('reads rule, cue, mention, entity type, place and distance of a tag after the quote', () => {
    const { context, quote } = handMade();
    const features = new FeatureReader(context).of(quote);
    for (const expected of [
      'rule:trailing tag (speaker, cue)', 'resolved as:none', 'sieve confidence:0.95', 'kind:direct', 'cue:say', 'cue word:said',
      'entity:person', 'mention:name', 'where:after, same sentence', 'words between:0', 'named:in the paragraph', 'paragraph:first',
      'named mentions:1', 'name words:2', 'other people named near:0', 'quotation ends with a comma',
    ]) {
      assert.ok(features.includes(expected), `${expected} in ${JSON.stringify(features)}`);
    }
  });

  it('tells a pronoun resolved to a person named paragraphs back', () => {
    const text = 'Mayor Dana Whitfield spoke first.\n\nThe council met.\n\nThe vote came late.\n\n"We are ready," she said.';
    const { features } = scoredWith(scoredIn(text), 'We are ready');
    for (const expected of ['mention:pronoun', 'resolved as:the person named last', 'named:2-3 paragraphs back', 'where:after, same sentence']) {
      assert.ok(features.includes(expected), `${expected} in ${JSON.stringify(features)}`);
    }
  });

  it('tells reported speech, a description and a speaker in the previous paragraph', () => {
    const reported = scoredIn('A senior aide said the plan was rushed and the budget was short.').find((s) => s.after.kind === 'reported')!;
    assert.ok(reported.features.includes('kind:reported') && reported.features.includes('mention:description'), JSON.stringify(reported.features));
    assert.ok(reported.features.includes('entity:none') && reported.features.includes('description:indefinite'), JSON.stringify(reported.features));
    const continued = scoredWith(scoredIn('Mayor Dana Whitfield said the vote was close.\n\n"We will vote."'), 'We will vote');
    assert.ok(continued.features.includes('paragraph:quotation only'), JSON.stringify(continued.features));
    assert.ok(continued.features.includes('where:previous paragraph'), JSON.stringify(continued.features));
    assert.ok(continued.features.includes('named:previous paragraph'), JSON.stringify(continued.features));
  });

  it('names a rule without its reported-speech prefix or its resolution', () => {
    assert.strictEqual(ruleBase('reported speech: leading tag (speaker, cue); he = the last speaker'), 'leading tag (speaker, cue)');
    assert.strictEqual(ruleBase('byline after the quotation'), 'byline after the quotation');
  });
});

describe('engine: confidence model', () => {
  const weights: ConfidenceWeights = {
    thresholds: { shownAtLeast: 0.5, uncertainBelow: 0.8 },
    calibration: { scale: 2, shift: -0.5 },
    bias: 0.25,
    weights: { 'mention:name': 1, 'where:previous paragraph': -0.75 },
  };

  it('reads the weights file: bias plus the weights of the facts, calibrated, to three decimals', () => {
    const model = readConfidenceModel(weights);
    const expected = Math.round(1000 * sigmoid(2 * (0.25 + 1 - 0.75) - 0.5)) / 1000;
    assert.strictEqual(probability(model, ['mention:name', 'where:previous paragraph', 'a fact never seen']), expected);
    assert.strictEqual(probability(model, []), Math.round(1000 * sigmoid(2 * 0.25 - 0.5)) / 1000);
  });

  it('refuses a weights file with a missing or non-numeric field, naming it', () => {
    assert.throws(() => readConfidenceModel({ ...weights, calibration: { scale: 1 } as never }), /calibration\.shift/);
    assert.throws(() => readConfidenceModel({ ...weights, weights: { 'mention:name': 'high' as never } }), /mention:name/);
  });

  it('ships fitted weights with lines in order', () => {
    assert.ok(SHIPPED_MODEL.weights.size > 20, String(SHIPPED_MODEL.weights.size));
    assert.ok(SHOWN_AT_LEAST >= 0 && SHOWN_AT_LEAST <= LOW_CONFIDENCE && LOW_CONFIDENCE <= 1, `${SHOWN_AT_LEAST} <= ${LOW_CONFIDENCE}`);
    assert.strictEqual(SHIPPED_MODEL.shownAtLeast, SHOWN_AT_LEAST);
  });

  it('gives each attribution the model’s probability for its facts', () => {
    const all = scoredIn('"We are ready," Dana Whitfield said. "We will win," she added.');
    assert.strictEqual(all.length, 2);
    for (const s of all) {
      assert.strictEqual(s.after.attribution.confidence, probability(SHIPPED_MODEL, s.features));
      assert.strictEqual(s.after.attribution.confidence, s.probability);
      assert.strictEqual(s.after.attribution.speaker, s.before.attribution.speaker);
    }
  });

  it('withholds a speaker below the shown line, keeping the phrase, the cue and the possible speaker', () => {
    const { text, context, quote } = handMade();
    assignConfidence([quote], context, { ...readConfidenceModel(weights), shownAtLeast: 1 });
    const a = quote.attribution;
    assert.strictEqual(a.speaker, null);
    assert.strictEqual(a.entityId, null);
    assert.strictEqual(text.slice(a.speakerSpan!.start, a.speakerSpan!.end), 'Dana Whitfield');
    assert.strictEqual(a.cue, 'said');
    assert.ok(a.confidence > 0 && a.confidence < 1, String(a.confidence));
    assert.match(a.rule, /^too uncertain to show \(possibly Dana Whitfield\): trailing tag \(speaker, cue\)$/);
  });

  it('keeps a speaker at or above the shown line', () => {
    const { context, quote } = handMade();
    assignConfidence([quote], context, readConfidenceModel(weights));
    assert.strictEqual(quote.attribution.speaker, 'Dana Whitfield');
    assert.strictEqual(quote.attribution.rule, 'trailing tag (speaker, cue)');
  });
});

describe('engine: confidence sanity', () => {
  it('a full name in the tag right after the quote is surer than a pronoun whose person was named three paragraphs back', () => {
    const text = 'Mayor Dana Whitfield spoke first.\n\nThe council met.\n\nThe vote came late.\n\n"We are ready," she said.\n\n"We are set," Dana Whitfield said.';
    const analysis = analyze(text);
    const pronoun = quoteWith(analysis, 'We are ready').attribution;
    const named = quoteWith(analysis, 'We are set').attribution;
    assert.strictEqual(pronoun.speaker, 'Dana Whitfield');
    assert.strictEqual(named.speaker, 'Dana Whitfield');
    assert.ok(named.confidence > pronoun.confidence, `${named.confidence} > ${pronoun.confidence}`);
  });

  it('a name in the tag is surer than a description', () => {
    const all = scoredIn('"The plan was rushed," Dana Whitfield said.\n\n"It was," a senior aide said.');
    assert.ok(scoredWith(all, 'rushed').probability > scoredWith(all, 'It was').probability);
  });
});
