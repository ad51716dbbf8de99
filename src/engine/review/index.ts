export * from './format';
export { anchorOf, mentionAnchorOf, placeAnchors, placeMentionAnchors, wordSimilarity, ANCHOR_CONTEXT } from './anchor';
export { fingerprintOf } from './fingerprint';
export { placeReview, fixedAttributions, checkedCount, reviewableQuotes, type PlacedReview, type QuoteReview, type Orphan } from './place';
export { recordDecision, recordEntityDecision, type DecisionChange, type EntityChange } from './record';
export { applyEntityDecisions, NOT_A_PERSON_RULE } from './entities';
export { applySplits, canSplit, splittable } from './split';
export { analyzeWithReview, analyzeWithOwnReview } from './analyzeWithReview';
