import * as assert from 'node:assert/strict';
import { joinPieces } from '../../../src/export/document';
import { ELEMENTS_PER_PIECE, JsonList, jsonPieces } from '../../../src/export/jsonPieces';

const VALUES: Record<string, unknown> = {
  'an object of lists': { file: 'a.txt', quotes: [{ start: 1, text: 'He said "no"\nthen left', fragments: [] }, { start: 2, text: null }], entities: [] },
  'members JSON leaves out': { kept: 1, gone: undefined, fn: () => 1, list: [undefined, () => 2, 3] },
  'nothing but left-out members': { gone: undefined },
  'empty and nested values': { a: [], b: {}, c: [[[]], [{}]], d: [{ e: [{ f: [1, 2] }] }] },
  'values with toJSON': { when: new Date(0), boxed: [new Number(1), new String('s'), new Boolean(false)] },
  'text that needs escaping': { 'key "quoted"\n': '\u2028 \\ \t é 😀', ' ': '' },
  'a list at the top': [1, 'two', { three: [3] }, null],
  'a plain value': 'just a string',
};

describe('JSON written in pieces', () => {
  for (const [name, value] of Object.entries(VALUES)) {
    it(`gives JSON.stringify's bytes for ${name}, pretty and compact, at every depth`, () => {
      for (let depth = 0; depth <= 4; depth++) {
        assert.equal(joinPieces(jsonPieces(value, { pretty: true, depth })), JSON.stringify(value, null, 2), `pretty, depth ${depth}`);
        assert.equal(joinPieces(jsonPieces(value, { pretty: false, depth })), JSON.stringify(value), `compact, depth ${depth}`);
      }
    });
  }

  it('indents a value as JSON.stringify does where it stands inside a document', () => {
    const value = { quotes: [{ start: 1, tags: ['a', 'b'] }], entities: [] };
    const document = JSON.stringify({ files: [value] }, null, 2);
    const inside = `    ${joinPieces(jsonPieces(value, { pretty: true, depth: 2, indent: '    ' }))}`;
    assert.ok(document.includes(`\n${inside}\n`), inside);
  });

  it('makes the elements of a JsonList a piece at a time, and JSON.stringify makes them all', () => {
    const made: number[] = [];
    const numbers = Array.from({ length: 3 * ELEMENTS_PER_PIECE }, (_, i) => i);
    const list = new JsonList(numbers, (n) => (made.push(n), { n, square: n * n }));
    const pieces = jsonPieces({ list }, { pretty: true, depth: 2 });
    const first = pieces.next().value as string;
    assert.ok(made.length <= ELEMENTS_PER_PIECE, `the first piece made ${made.length} elements`);
    const written = first + joinPieces(pieces);
    assert.deepEqual(made, numbers);
    assert.equal(written, JSON.stringify({ list }, null, 2));
    assert.equal(written, JSON.stringify({ list: numbers.map((n) => ({ n, square: n * n })) }, null, 2));
  });

  it('writes a long list as many pieces, none of them the whole list, at any indent', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ i, text: 'x'.repeat(50) }));
    for (const pretty of [true, false]) {
      const value = { files: [{ items: new JsonList(items, (item) => item) }] };
      const pieces = [...jsonPieces(value, { pretty, depth: 4 })];
      const whole = pieces.join('');
      assert.equal(whole, pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value));
      assert.ok(pieces.length >= 1000 / ELEMENTS_PER_PIECE);
      assert.ok(Math.max(...pieces.map((piece) => piece.length)) < whole.length / 2);
    }
  });
});
