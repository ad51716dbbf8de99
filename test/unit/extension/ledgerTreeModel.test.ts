import * as assert from 'assert';
import { buildLedger } from '../../../src/engine/ledger';
import { buildLedgerTree, diffMarkdown, type LedgerGroupRow, type LedgerRow } from '../../../src/extension/ledgerTreeModel';
import { analyseNewsroom } from '../engine/ledger/helpers';

const outline = (rows: readonly LedgerRow[], depth = 0): string[] =>
  rows.flatMap((row) => [`${'  '.repeat(depth)}${row.label} (${row.description})`, ...('children' in row ? outline(row.children, depth + 1) : [])]);

describe('Quotes in Workspace rows', () => {
  const rows = buildLedgerTree(buildLedger(analyseNewsroom()));

  it('lists people, then their files, then quotes; then unnamed, unattributed and never-quoted people', () => {
    const lines = outline(rows);
    assert.deepStrictEqual(rows.map((r) => r.label), ['Dana Whitfield', 'Omar Hale', 'Lena Marsh', 'Priya Lund', 'Unnamed sources', 'Named, never quoted']);
    assert.strictEqual(lines[0], 'Dana Whitfield (3 quotes in 2 files · reworded)');
    assert.ok(lines.includes('  council-vote.txt (2 quotes)'), lines.join('\n'));
    assert.ok(lines.includes('    “We will fix the Elm Street bridge before the first snow,” (line 3)'), lines.join('\n'));
    assert.ok(lines.includes('    A senior official: the budget had grown by a third (line 7 · reported)'), lines.join('\n'));
    assert.ok(lines.includes('  Janet Oduya (bridge-followup.md)'), lines.join('\n'));
  });

  it('puts the reworded pair first under the person, with the diff as Markdown', () => {
    const whitfield = rows[0] as LedgerGroupRow;
    const group = whitfield.children[0];
    assert.strictEqual(group.kind, 'duplicates');
    const pair = (group as LedgerGroupRow).children[0];
    assert.ok(pair.kind === 'nearDuplicate');
    assert.strictEqual(pair.label, 'bridge-followup.md ↔ council-vote.txt');
    assert.match(pair.description, /^2 changes · \d+% alike$/);
    assert.strictEqual(diffMarkdown(pair.duplicate), 'We will fix the Elm Street bridge before the ~~heavy~~ **first** snow,');
  });
});
