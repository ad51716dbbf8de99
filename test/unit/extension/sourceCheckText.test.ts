import * as assert from 'node:assert/strict';
import { buildSourceIndex, checkQuotes, readSource, type QuoteCheck } from '../../../src/engine/sourceCheck';
import { passagePlace, sourceCheckHover, sourceCheckMessage } from '../../../src/extension/sourceCheckText';

const TRANSCRIPT = [
  '[00:00:41] MAYOR OKAFOR: That is not a sustainable way to run a city. Not one dollar goes to the general fund.',
  '',
  '[00:02:55] COUNCILMAN DELGADO: I will not vote for a plan that leaves the east side behind.',
].join('\n');
const index = buildSourceIndex([readSource('transcripts/town-hall.txt', TRANSCRIPT)]);
const check = (text: string, speaker: string | null = 'Diana Okafor'): QuoteCheck =>
  checkQuotes([{ text, start: 0, end: text.length, speaker }], index)[0];

describe('source check in the editor: messages and hovers', () => {
  it('names the result, the serious kinds, what changed and where the passage is', () => {
    assert.equal(
      sourceCheckMessage(check('That is a sustainable way to run a city.')),
      'Quote altered (negation): dropped “not” (negation) — town-hall.txt, line 1, 0:41, MAYOR OKAFOR',
    );
    assert.equal(
      sourceCheckMessage(check('I will not vote for a plan that leaves the east side behind.')),
      'Quote speaker differs: the source gives these words to COUNCILMAN DELGADO — town-hall.txt, line 3, 2:55, COUNCILMAN DELGADO',
    );
    assert.equal(sourceCheckMessage(check('We will never raise fares.')), 'Quote not found: no passage in the sources holds these words');
  });

  it('shows the passage with the dropped or changed words in bold, what the quote has struck through, and a link', () => {
    const hover = sourceCheckHover(check('That is a sustainable way to run a town.'), (i) => `command:open?${i}`);
    assert.match(hover, /^\*\*Source check: altered\*\* \(negation\)/);
    assert.match(hover, /> That is \*\*not\*\* a sustainable way to run a \*\*city\*\* ~~town~~/);
    assert.match(hover, /\[town\\-hall\\\.txt, line 1, 0:41, MAYOR OKAFOR\]\(command:open\?0\)/);
  });

  it('says what an ellipsis left out', () => {
    const hover = sourceCheckHover(check('That is not a sustainable way to run a city … goes to the general fund.'), () => '#');
    assert.match(hover, /omitted with “…”: Not one dollar/);
  });

  it('places a passage without a time by file and line', () => {
    const [found] = checkQuotes([{ text: 'plain words here', start: 0, end: 16, speaker: null }], buildSourceIndex([readSource('n.md', 'Some plain words here.')]));
    assert.equal(passagePlace(found.passages[0]), 'n.md, line 1');
  });
});
