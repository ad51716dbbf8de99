export * from './format';
export { anchorOf, placeAnchors, wordSimilarity, ANCHOR_CONTEXT } from './anchor';
export { fingerprintOf } from './fingerprint';
export { placeReview, fixedAttributions, checkedCount, reviewableQuotes, type PlacedReview, type QuoteReview, type Orphan } from './place';
export { recordDecision, type DecisionChange } from './record';
export { analyzeWithReview, analyzeWithOwnReview } from './analyzeWithReview';
