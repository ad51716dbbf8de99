import * as assert from 'node:assert/strict';
import { exportQuotes, QUOTE_EXPORT_FORMATS } from '../../../src/export';
import { toExportFile } from '../../../src/export/records';
import { renderDocument } from '../../../src/export/document';
import { streamedFormat } from '../../../src/export/streamed';
import { SAMPLE_TEXT, sampleAnalysis } from '../../fixtures/cli/sampleAnalysis';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFromScratch } from '../../../src/engine/analyze';
import { JSON_EXPORT_VERSION, jsonRecord } from '../../../src/export/json';
import { chunksOf } from '../../../src/cli/extract/chunks';
import { documentPieces } from '../../../src/export/document';

const SEEDS = join(__dirname, '../../../seeds');
const seedInputs = () =>
  readdirSync(SEEDS)
    .sort()
    .map((name) => {
      const text = readFileSync(join(SEEDS, name), 'utf8');
      return { file: `seeds/${name}`, text, analysis: analyzeFromScratch(text, { language: name.endsWith('.md') ? 'markdown' : 'plaintext' }) };
    });

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

  it('writes the JSON document JSON.stringify writes of the same records, for the fixture and the seeds', () => {
    for (const files of [inputs, seedInputs()].map((list) => list.map(toExportFile))) {
      const whole = JSON.stringify({ version: JSON_EXPORT_VERSION, files: files.map((file) => jsonRecord(file, { file: file.file })) }, null, 2) + '\n';
      assert.equal(exportQuotes([], 'json'), JSON.stringify({ version: JSON_EXPORT_VERSION, files: [] }, null, 2) + '\n');
      assert.equal(renderDocument(streamedFormat('json'), files), whole);
      const lines = files.map((file) => JSON.stringify(jsonRecord(file, { file: file.file })) + '\n').join('');
      assert.equal(renderDocument(streamedFormat('jsonl'), files), lines);
    }
  });

  it('gives the same bytes gathered in chunks of any size as rendered whole, for every format on the seeds', () => {
    const seeds = seedInputs();
    const files = seeds.map(toExportFile);
    for (const format of QUOTE_EXPORT_FORMATS) {
      const whole = exportQuotes(seeds, format);
      for (const size of [1, 100, 1 << 16]) {
        const chunks = [...chunksOf(documentPieces(streamedFormat(format), files), size)];
        assert.equal(chunks.join(''), whole, `${format}, chunks of ${size}`);
        if (size === 100) assert.ok(chunks.length > 2 && chunks.slice(0, -1).every((chunk) => chunk.length >= size), `${format}: ${chunks.length} chunks`);
      }
    }
  });
});
