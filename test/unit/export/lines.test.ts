import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/export/lines';

describe('LineIndex', () => {
  it('gives 1-based lines and columns for LF text', () => {
    const lines = new LineIndex('ab\ncd\n\nef');
    assert.deepEqual([lines.lineAt(0), lines.columnAt(0)], [1, 1]);
    assert.deepEqual([lines.lineAt(2), lines.columnAt(2)], [1, 3]);
    assert.deepEqual([lines.lineAt(3), lines.columnAt(4)], [2, 2]);
    assert.equal(lines.lineAt(7), 4);
  });

  it('counts CRLF as one line break and a lone CR as one', () => {
    const lines = new LineIndex('ab\r\ncd\ref');
    assert.equal(lines.lineAt(3), 1);
    assert.equal(lines.lineAt(4), 2);
    assert.equal(lines.lineAt(7), 3);
    assert.equal(lines.columnAt(8), 2);
  });

  it('puts offsets past the end on the last line', () => {
    assert.equal(new LineIndex('a\nb').lineAt(10), 2);
  });
});
