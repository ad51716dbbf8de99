import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine/analyze';
import { analyzeWithReview, placeReview, recordDecision, type ReviewFile } from '../../../src/engine/review';
import { exportQuotes } from '../../../src/export';
import { quoteWith } from '../../fixtures/engine/helpers';

const TEXT = [
  'Mayor Dan Whitfield and Councilman Tom Barrow met on Monday.',
  '"The plan is sound," Barrow said.',
  '"We will fund it next year," he added.',
  '"Call it a day," Barrow said.',
].join('\n\n');

function reviewed(): ReviewFile {
  let analysis = analyze(TEXT);
  let review = recordDecision(undefined, undefined, TEXT, 'council.txt', quoteWith(analysis, 'The plan'), { kind: 'speaker', speaker: { entityId: 'dan-whitfield', name: 'Dan Whitfield' } });
  analysis = analyzeWithReview(TEXT, {}, review);
  review = recordDecision(review, placeReview(TEXT, analysis, review), TEXT, 'council.txt', quoteWith(analysis, 'fund it'), {
    kind: 'status', status: 'verified', note: 'on tape, 12:40', source: 'https://example.org/tape',
  });
  analysis = analyzeWithReview(TEXT, {}, review);
  return recordDecision(review, placeReview(TEXT, analysis, review), TEXT, 'council.txt', quoteWith(analysis, 'Call it'), { kind: 'status', status: 'disputed' });
}

function exported(text: string, format: 'worksheet' | 'worksheet-csv' | 'json'): string {
  const review = reviewed();
  const analysis = analyzeWithReview(text, {}, review);
  return exportQuotes([{ file: 'council.txt', text, analysis, review: placeReview(text, analysis, review) }], format);
}

describe('fact-check worksheet and the JSON review fields', () => {
  it('CSV: one row per quote with who set the speaker, status, note and source', () => {
    const rows = exported(TEXT, 'worksheet-csv').trimEnd().split('\r\n');
    assert.equal(rows[0], 'file,line,quote,speaker,set by person,cue,confidence,status,note,source');
    assert.equal(rows[1], 'council.txt,3,"The plan is sound,",Dan Whitfield,yes,said,1,unchecked,,');
    // The engine's confidences are measured and move with its model: any number will do for the others.
    assert.match(rows[2], /^council\.txt,5,"We will fund it next year,",Dan Whitfield,no,added,[\d.]+,verified,"on tape, 12:40",https:\/\/example\.org\/tape$/);
    assert.match(rows[3], /^council\.txt,7,"Call it a day,",Tom Barrow,no,said,[\d.]+,disputed,,$/);
  });

  it('Markdown: a table with the count checked, and decisions whose quotation is gone', () => {
    const edited = TEXT.replace('"Call it a day," Barrow said.', 'Barrow left.');
    const markdown = exported(edited, 'worksheet');
    assert.match(markdown, /^# Fact-check worksheet\n\n## council\.txt\n\n1 of 2 checked\.\n/);
    assert.match(markdown, /\| 3 \| The plan is sound, \| Dan Whitfield ✎ set by a person \| said \| 1\.00 \| unchecked \|/);
    assert.match(markdown, /### Decisions whose quotation was not found\n\n- Call it a day,: disputed/);
  });

  it('JSON (version 2): every quote says who set its speaker and its status; unplaced decisions are listed', () => {
    const edited = TEXT.replace('We will fund it next year', 'We will fund it in the next year');
    const document = JSON.parse(exported(edited, 'json'));
    assert.equal(document.version, 2);
    const [plan, fund] = document.files[0].quotes;
    assert.equal(plan.setByPerson, true);
    assert.equal(plan.speaker, 'Dan Whitfield');
    assert.equal(fund.status, 'unchecked', 'its words changed after it was verified');
    assert.equal(fund.checkedWords, 'We will fund it next year,');
    assert.equal(fund.note, 'on tape, 12:40');
    assert.deepEqual(document.files[0].unplacedDecisions, []);
  });
});
