import * as assert from 'node:assert/strict';
import { exportQuotes } from '../../../src/export';
import { csvField, csvRow } from '../../../src/export/csvField';
import { QUOTE_TEXTS, SAMPLE_TEXT, sampleAnalysis } from '../../fixtures/cli/sampleAnalysis';

/** A strict RFC 4180 reader, to check that what we write reads back field for field. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < input.length) {
    if (input[i] === '"') {
      i++;
      for (;;) {
        const close = input.indexOf('"', i);
        assert.ok(close >= 0, 'unterminated quoted field');
        field += input.slice(i, close);
        i = close + 1;
        if (input[i] !== '"') break;
        field += '"';
        i++;
      }
    } else if (input.startsWith('\r\n', i)) {
      rows.push([...row, field]);
      row = [];
      field = '';
      i += 2;
    } else if (input[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else {
      assert.ok(input[i] !== '\n' && input[i] !== '\r', `bare line break at ${i}`);
      field += input[i++];
    }
  }
  assert.equal(field, '', 'last row lacks its CRLF');
  return rows;
}

describe('CSV export', () => {
  const output = exportQuotes([{ file: 'dir/a, b.txt', text: SAMPLE_TEXT, analysis: sampleAnalysis() }], 'csv');
  const rows = parseCsv(output);

  it('starts with the header row', () => {
    assert.deepEqual(rows[0], ['file', 'line', 'start', 'end', 'kind', 'speaker', 'role', 'cue', 'confidence', 'text', 'context']);
  });

  it('writes one row per quote, every row with all columns and a CRLF end', () => {
    assert.equal(rows.length, 1 + sampleAnalysis().quotes.length);
    for (const row of rows) assert.equal(row.length, 11);
    assert.ok(output.endsWith('\r\n'));
  });

  it('reads back the values, including commas and quotation marks', () => {
    const tolerate = rows[1];
    assert.deepEqual(tolerate.slice(0, 10), [
      'dir/a, b.txt',
      '3',
      String(SAMPLE_TEXT.indexOf(QUOTE_TEXTS.tolerate)),
      String(SAMPLE_TEXT.indexOf(QUOTE_TEXTS.tolerate) + QUOTE_TEXTS.tolerate.length),
      'direct',
      'Mike Pompeo',
      'Secretary of State',
      'said',
      '0.91',
      QUOTE_TEXTS.tolerate,
    ]);
    assert.equal(tolerate[10], 'Secretary of State Mike Pompeo said, "We would not tolerate that," in Sochi.');
  });

  it('leaves speaker, role and cue empty for an unattributed quote', () => {
    const unattributed = rows[4];
    assert.deepEqual([unattributed[5], unattributed[6], unattributed[7]], ['', '', '']);
  });

  it('defuses a quote that a spreadsheet would run as a formula', () => {
    assert.equal(rows[4][9], `'${QUOTE_TEXTS.formula}`);
  });

  it('writes only the header when there are no quotes', () => {
    const empty = sampleAnalysis();
    empty.quotes = [];
    assert.equal(exportQuotes([{ file: 'a.txt', text: '', analysis: empty }], 'csv').split('\r\n').length, 2);
  });
});

describe('csvField', () => {
  it('leaves plain text and numbers unquoted', () => {
    assert.equal(csvField('plain text'), 'plain text');
    assert.equal(csvField(0.5), '0.5');
  });

  it('writes null as an empty field', () => {
    assert.equal(csvField(null), '');
  });

  it('quotes fields with commas, quotation marks and line breaks, doubling the marks', () => {
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('one\ntwo'), '"one\ntwo"');
    assert.equal(csvField('one\r\ntwo'), '"one\r\ntwo"');
  });

  it('prefixes an apostrophe to fields starting with = + - @', () => {
    assert.equal(csvField('=1+1'), "'=1+1");
    assert.equal(csvField('+1'), "'+1");
    assert.equal(csvField('-cmd'), "'-cmd");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  });

  it('does not touch those characters elsewhere in a field', () => {
    assert.equal(csvField('a=b'), 'a=b');
  });

  it('joins a row with commas and ends it with CRLF', () => {
    assert.equal(csvRow(['a', 1, null, 'b,c']), 'a,1,,"b,c"\r\n');
  });
});
