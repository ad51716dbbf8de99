import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DecorationSnapshot } from '../../src/extension/api';
import { lavrov, pompeo } from './facts';
import { entityNamed, openSampleArticle, quotesOf, shown, type OpenedDocument } from './helpers';

function group(snapshots: DecorationSnapshot[], key: string): DecorationSnapshot {
  const found = snapshots.find((s) => s.key === key);
  if (!found) throw new Error(`no decoration "${key}" among ${snapshots.map((s) => s.key).join(', ')}`);
  return found;
}

describe('decorations on the sample article', () => {
  let opened: OpenedDocument;
  before(async () => {
    opened = await openSampleArticle();
  });

  it("tints each of Lavrov's quotations and labels it with his name", () => {
    const drawn = group(opened.api.decorationsFor(opened.editor), `speaker:${lavrov.name}`);
    const expected = quotesOf(opened.analysis, entityNamed(opened.analysis, lavrov.name)).filter((q) => q.kind !== 'reported');
    const drawnSpans = drawn.ranges.map((r) => ({ start: opened.document.offsetAt(r.start), end: opened.document.offsetAt(r.end) }));
    assert.deepEqual(drawnSpans, expected.map((q) => q.outer));
    assert.ok(drawn.ranges.some((r) => opened.document.getText(r).includes(lavrov.quote)), 'the "force" quote is tinted');
    assert.equal(drawn.labels.length, drawn.ranges.length);
    for (const label of drawn.labels) assert.match(label, /Lavrov/);
  });

  it('gives Pompeo his own decoration', () => {
    const drawn = group(opened.api.decorationsFor(opened.editor), `speaker:${pompeo.name}`);
    assert.ok(drawn.ranges.some((r) => opened.document.getText(r).includes(pompeo.quote)));
    for (const label of drawn.labels) assert.match(label, /Pompeo/);
  });

  it('draws every shown quotation once', () => {
    const drawnQuotes = opened.api
      .decorationsFor(opened.editor)
      .filter((s) => s.key !== 'low-confidence')
      .reduce((n, s) => n + s.ranges.length, 0);
    assert.equal(drawnQuotes, shown(opened.analysis).length);
  });

  it('Toggle Annotations clears them and brings them back', async () => {
    await vscode.window.showTextDocument(opened.document);
    const drawnBefore = opened.api.decorationsFor(opened.editor).length;
    await vscode.commands.executeCommand('onTheRecord.toggleAnnotations');
    await opened.api.whenIdle();
    try {
      const drawnOff = opened.api.decorationsFor(opened.editor).reduce((n, s) => n + s.ranges.length, 0);
      assert.equal(drawnOff, 0);
    } finally {
      await vscode.commands.executeCommand('onTheRecord.toggleAnnotations');
      await opened.api.whenIdle();
    }
    assert.equal(opened.api.decorationsFor(opened.editor).length, drawnBefore);
  });
});
