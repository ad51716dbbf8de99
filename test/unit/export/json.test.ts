import * as assert from 'node:assert/strict';
import { exportQuotes } from '../../../src/export';
import { QUOTE_TEXTS, SAMPLE_TEXT, sampleAnalysis, spanOf } from '../../fixtures/cli/sampleAnalysis';

const REQUIRED_QUOTE_KEYS = ['start', 'end', 'text', 'kind', 'speaker', 'speakerSpan', 'cue', 'confidence', 'line'];
const REQUIRED_ENTITY_KEYS = ['name', 'type', 'role', 'aliases', 'mentions'];

function exportSample(selection?: { start: number; end: number }) {
  return JSON.parse(exportQuotes([{ file: 'articles/sample.txt', text: SAMPLE_TEXT, analysis: sampleAnalysis(), selection }], 'json'));
}

describe('JSON export', () => {
  it('has the version 2 document shape with the file path as given', () => {
    const document = exportSample();
    assert.equal(document.version, 2);
    assert.equal(document.files.length, 1);
    assert.equal(document.files[0].file, 'articles/sample.txt');
    assert.ok(Array.isArray(document.files[0].quotes));
    assert.ok(Array.isArray(document.files[0].entities));
  });

  it('is pretty-printed', () => {
    const output = exportQuotes([{ file: 'a.txt', text: SAMPLE_TEXT, analysis: sampleAnalysis() }], 'json');
    assert.match(output, /^\{\n {2}"version": 2,\n/);
  });

  it('gives every quote the schema fields with offsets into the text', () => {
    for (const quote of exportSample().files[0].quotes) {
      for (const key of REQUIRED_QUOTE_KEYS) assert.ok(key in quote, `quote lacks ${key}`);
      assert.equal(SAMPLE_TEXT.slice(quote.start, quote.end), quote.text);
      assert.ok(['direct', 'mixed', 'reported'].includes(quote.kind));
    }
  });

  it('attributes quotes with speaker, speaker span, cue, rounded confidence, line and role', () => {
    const [tolerate, complicated] = exportSample().files[0].quotes;
    assert.equal(tolerate.text, QUOTE_TEXTS.tolerate);
    assert.equal(tolerate.speaker, 'Mike Pompeo');
    assert.deepEqual(tolerate.speakerSpan, spanOf('Mike Pompeo'));
    assert.equal(tolerate.cue, 'said');
    assert.equal(tolerate.confidence, 0.91);
    assert.equal(tolerate.line, 3);
    assert.equal(tolerate.role, 'Secretary of State');
    assert.equal(complicated.confidence, 0.46);
    assert.equal(complicated.line, 5);
  });

  it('uses null speaker and speakerSpan for unattributed quotes', () => {
    const unattributed = exportSample().files[0].quotes.find((quote: { text: string }) => quote.text === QUOTE_TEXTS.formula);
    assert.equal(unattributed.speaker, null);
    assert.equal(unattributed.speakerSpan, null);
    assert.equal(unattributed.cue, null);
  });

  it('includes the sentence around the quote as context', () => {
    const [tolerate] = exportSample().files[0].quotes;
    assert.equal(tolerate.context, 'Secretary of State Mike Pompeo said, "We would not tolerate that," in Sochi.');
  });

  it('lists entities with name, type, role, aliases and mention spans only', () => {
    const [pompeo] = exportSample().files[0].entities;
    for (const key of REQUIRED_ENTITY_KEYS) assert.ok(key in pompeo, `entity lacks ${key}`);
    assert.equal(pompeo.name, 'Mike Pompeo');
    assert.equal(pompeo.type, 'person');
    assert.equal(pompeo.role, 'Secretary of State');
    assert.deepEqual(pompeo.aliases, ['Pompeo', 'he']);
    assert.deepEqual(pompeo.mentions[0], spanOf('Pompeo'));
  });

  it('reports problems with their line', () => {
    const [problem] = exportSample().files[0].problems;
    assert.equal(problem.kind, 'unbalanced-quote');
    assert.equal(problem.line, 9);
  });

  it('keeps only quotes inside the selection, and the entities they involve', () => {
    const paragraph = spanOf('"It\'s *complicated* = [a] <b> mess, really," he added.');
    const file = exportSample(paragraph).files[0];
    assert.deepEqual(
      file.quotes.map((quote: { text: string }) => quote.text),
      [QUOTE_TEXTS.complicated],
    );
    assert.deepEqual(
      file.entities.map((entity: { name: string }) => entity.name),
      ['Mike Pompeo'],
    );
  });

  it('excludes a quote that the selection only partly covers', () => {
    const half = spanOf('We would not');
    assert.equal(exportSample(half).files[0].quotes.length, 0);
  });

  it('puts several files in one document, in order', () => {
    const analysis = sampleAnalysis();
    const document = JSON.parse(
      exportQuotes(
        [
          { file: 'one.txt', text: SAMPLE_TEXT, analysis },
          { file: 'two.md', text: SAMPLE_TEXT, analysis },
        ],
        'json',
      ),
    );
    assert.deepEqual(
      document.files.map((file: { file: string }) => file.file),
      ['one.txt', 'two.md'],
    );
  });
});
