import * as assert from 'node:assert/strict';
import { exportQuotes, QUOTE_EXPORT_FORMATS } from '../../../src/export';
import { toExportFile } from '../../../src/export/records';
import { renderDocument } from '../../../src/export/document';
import { streamedFormat } from '../../../src/export/streamed';
import { SAMPLE_TEXT, sampleAnalysis } from '../../fixtures/cli/sampleAnalysis';

describe('exports written file by file', () => {
  const inputs = ['a.txt', 'b.md', 'c.txt'].map((file) => ({ file, text: SAMPLE_TEXT, analysis: sampleAnalysis() }));

  it('gives the same bytes as the whole document, for none, one and several files', () => {
    for (const format of QUOTE_EXPORT_FORMATS) {
      for (const count of [0, 1, 3]) {
        const files = inputs.slice(0, count);
        assert.equal(renderDocument(streamedFormat(format), files.map(toExportFile)), exportQuotes(files, format), `${format}, ${count}`);
      }
    }
  });

  it('writes JSON Lines as one compact object per file', () => {
    const lines = renderDocument(streamedFormat('jsonl'), inputs.map(toExportFile)).split('\n');
    assert.equal(lines.pop(), '');
    assert.deepEqual(
      lines.map((line) => Object.keys(JSON.parse(line))),
      inputs.map(() => ['file', 'quotes', 'entities', 'problems', 'problemsNotListed', 'unplacedDecisions']),
    );
  });
});
