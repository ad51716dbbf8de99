/**
 * Where the measured confidence of an attribution draws its lines (chosen on the dev split by
 * scripts/fit-confidence.ts, stored with the model's weights): below `SHOWN_AT_LEAST` the quote stays
 * unattributed; below `LOW_CONFIDENCE` a shown attribution is presented as uncertain.
 */
import weights from '../lexicon/confidence-weights.json';

export const SHOWN_AT_LEAST: number = weights.thresholds.shownAtLeast;
export const LOW_CONFIDENCE: number = weights.thresholds.uncertainBelow;
