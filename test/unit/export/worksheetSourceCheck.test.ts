import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/engine/analyze';
import { buildSourceIndex, checkQuotes, quotesToCheck, readSource } from '../../../src/engine/sourceCheck';
import { exportQuotes } from '../../../src/export';
import { toExportFile } from '../../../src/export/records';
import { renderDocument } from '../../../src/export/document';
import { streamedFormat } from '../../../src/export/streamed';

const FIXTURES = join(__dirname, '../../fixtures/sourceCheck');
const TEXT = readFileSync(join(FIXTURES, 'article.txt'), 'utf8');
const analysis = analyze(TEXT);
const sourceChecks = checkQuotes(quotesToCheck(analysis), buildSourceIndex([readSource('town-hall.txt', readFileSync(join(FIXTURES, 'town-hall.txt'), 'utf8'))]));

function worksheet(format: 'worksheet' | 'worksheet-csv', checked: boolean): string {
  return exportQuotes([{ file: 'article.txt', text: TEXT, analysis, sourceChecks: checked ? sourceChecks : undefined }], format);
}

describe('fact-check worksheet: the source check per quote', () => {
  it('CSV: adds the result, the source passage and where it is when a check ran', () => {
    const rows = worksheet('worksheet-csv', true).trimEnd().split('\r\n');
    assert.equal(rows[0], 'file,line,quote,speaker,set by person,cue,confidence,status,note,source,source check,source passage,passage at');
    const altered = rows.find((row) => row.includes('I will vote for a plan'));
    assert.ok(altered, rows.join('\n'));
    assert.match(altered, /,altered \(negation\),"?I will not vote for a plan that asks the east side to pay and then leaves it behind[^,]*"?,"town-hall\.txt, line 16"$/);
    assert.ok(rows.some((row) => /,not found,,$/.test(row)), 'a quote not found has no passage');
    assert.ok(rows.some((row) => /,speaker differs \(the source: [^)]+\),/.test(row)), 'the speaker the source names');
  });

  it('Markdown: two more columns, and only when a check ran', () => {
    const markdown = worksheet('worksheet', true);
    assert.match(markdown, /\| Source \| Source check \| Source passage \|\n/);
    assert.match(markdown, /\| altered \(negation\) \| I will not vote for a plan .* \(town-hall\.txt, line 16\) \|/);
    const unchecked = worksheet('worksheet', false);
    assert.doesNotMatch(unchecked, /Source check/);
    assert.equal(worksheet('worksheet-csv', false).split('\r\n')[0], 'file,line,quote,speaker,set by person,cue,confidence,status,note,source');
  });

  it('the file-by-file worksheet (the CLI batch, no check) keeps its columns', () => {
    const files = [toExportFile({ file: 'article.txt', text: TEXT, analysis })];
    assert.equal(renderDocument(streamedFormat('worksheet-csv'), files), worksheet('worksheet-csv', false));
  });
});
