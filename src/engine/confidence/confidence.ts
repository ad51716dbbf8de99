/**
 * The confidence of an attribution: the probability that its speaker is right, from a small logistic model
 * over the facts of confidenceFeatures.ts, fitted on the train split and calibrated on dev
 * (scripts/fit-confidence.ts writes lexicon/confidence-weights.json). Where the probability is below the
 * shown line the quote stays unattributed; the phrase and cue it rested on are kept, and the rule names the
 * speaker it would have had.
 */
import { isSetByPerson, type Attribution, type Quote } from '../types';
import { quoteOf } from '../shapes';
import { FeatureReader, featuresOf, valuesKey, type ConfidenceContext } from './confidenceFeatures';
import { SHOWN_AT_LEAST } from './confidenceThresholds';
import shippedWeights from '../lexicon/confidence-weights.json';

/** The weights file, as scripts/fit-confidence.ts writes it. */
export interface ConfidenceWeights {
  description?: string;
  thresholds: { shownAtLeast: number; uncertainBelow: number };
  /** p = sigmoid(scale · z + shift), z being the fitted model's log-odds. */
  calibration: { scale: number; shift: number };
  bias: number;
  weights: Record<string, number>;
  [other: string]: unknown;
}

export interface ConfidenceModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
  scale: number;
  shift: number;
  shownAtLeast: number;
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A model from its weights file; throws with the field's name when one is missing or not a number. */
export function readConfidenceModel(json: ConfidenceWeights): ConfidenceModel {
  const fields: [string, unknown][] = [
    ['bias', json.bias],
    ['calibration.scale', json.calibration?.scale],
    ['calibration.shift', json.calibration?.shift],
    ['thresholds.shownAtLeast', json.thresholds?.shownAtLeast],
  ];
  for (const [name, value] of fields) if (!isNumber(value)) throw new Error(`confidence weights: ${name} is not a number`);
  const weights = new Map<string, number>();
  for (const [feature, w] of Object.entries(json.weights ?? {})) {
    if (!isNumber(w)) throw new Error(`confidence weights: the weight of ${JSON.stringify(feature)} is not a number`);
    weights.set(feature, w);
  }
  return { bias: json.bias, weights, scale: json.calibration.scale, shift: json.calibration.shift, shownAtLeast: json.thresholds.shownAtLeast };
}

/** The model's log-odds before calibration: the bias plus the weight of every fact (unknown facts weigh 0). */
export function logOdds(model: Pick<ConfidenceModel, 'bias' | 'weights'>, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The calibrated probability, to three decimals (what is shown and exported). */
export function probability(model: ConfidenceModel, features: readonly string[]): number {
  return Math.round(1000 * sigmoid(model.scale * logOdds(model, features) + model.shift)) / 1000;
}

export const SHIPPED_MODEL: ConfidenceModel = { ...readConfidenceModel(shippedWeights as ConfidenceWeights), shownAtLeast: SHOWN_AT_LEAST };

/** One attribution as the model saw it: the quote before and after, the facts, the probability. */
export interface ScoredAttribution {
  before: Quote;
  after: Quote;
  features: string[];
  probability: number;
}

let observer: ((scored: ScoredAttribution) => void) | undefined;

/** Runs `run` with every attribution the model scores reported to `watch` (the fitting and eval scripts). */
export function observeConfidence<T>(watch: (scored: ScoredAttribution) => void, run: () => T): T {
  const previous = observer;
  observer = watch;
  try {
    return run();
  } finally {
    observer = previous;
  }
}

function scored(a: Attribution, p: number, shown: boolean): Attribution {
  if (shown) return { speaker: a.speaker, entityId: a.entityId, speakerSpan: a.speakerSpan, cue: a.cue, cueSpan: a.cueSpan, confidence: p, rule: a.rule };
  // The name of an unnamed source ("it" quoting one) is text that may be edited away from its span: left out.
  const possibly = a.entityId ? ` (possibly ${a.speaker})` : '';
  return { speaker: null, entityId: null, speakerSpan: a.speakerSpan, cue: a.cue, cueSpan: a.cueSpan, confidence: p, rule: `too uncertain to show${possibly}: ${a.rule}` };
}

/**
 * Probabilities by the values they were weighed from, per model: few distinct sets recur across quotes and
 * edits. Only the number is kept (the facts are a few dozen strings each): a long article's quotes would
 * otherwise hold tens of megabytes here after its analysis.
 */
const weighed = new WeakMap<ConfidenceModel, Map<string, number>>();
const MAX_WEIGHED = 10_000;

/** Sets the confidence of every attributed quote to the model's probability; withholds those below the line. */
export function assignConfidence(quotes: Quote[], context: ConfidenceContext, model: ConfidenceModel = SHIPPED_MODEL): void {
  let reader: FeatureReader | undefined;
  let cache = weighed.get(model);
  if (!cache || cache.size > MAX_WEIGHED) weighed.set(model, (cache = new Map()));
  for (const quote of quotes) {
    const a = quote.attribution;
    if (a.speaker === null) continue;
    // A speaker a person set (or the one it gives the sentence around it) is no guess: certain.
    if (isSetByPerson(a)) {
      if (a.confidence !== 1) quote.attribution = scored(a, 1, true);
      continue;
    }
    reader ??= new FeatureReader(context);
    const values = reader.values(quote);
    const key = valuesKey(values);
    let p = cache.get(key);
    if (p === undefined) cache.set(key, (p = probability(model, featuresOf(values))));
    const before = observer && quoteOf(quote);
    quote.attribution = scored(a, p, p >= model.shownAtLeast);
    if (observer) observer({ before: before!, after: quote, features: featuresOf(values), probability: p });
  }
}
