import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DecorationSnapshot } from '../../src/extension/api';
import { lavrov, pompeo } from './facts';
import { entityNamed, openSampleArticle, quotesOf, shown, type OpenedDocument } from './helpers';

/** The speaker labels VS Code would draw in the whole document (inlay hints), as text with their offsets. */
async function labelsIn(document: vscode.TextDocument): Promise<Array<{ at: number; text: string }>> {
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
  return hints.map((hint) => ({
    at: document.offsetAt(hint.position),
    text: (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')).trim(),
  }));
}

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

  it("tints each of Lavrov's quotations", () => {
    const drawn = group(opened.api.decorationsFor(opened.editor), `speaker:${lavrov.name}`);
    const expected = quotesOf(opened.analysis, entityNamed(opened.analysis, lavrov.name)).filter((q) => q.kind !== 'reported');
    const drawnSpans = drawn.ranges.map((r) => ({ start: opened.document.offsetAt(r.start), end: opened.document.offsetAt(r.end) }));
    assert.deepEqual(drawnSpans, expected.map((q) => q.outer));
    assert.ok(drawn.ranges.some((r) => opened.document.getText(r).includes(lavrov.quote)), 'the "force" quote is tinted');
  });

  it('gives Pompeo his own decoration', () => {
    const drawn = group(opened.api.decorationsFor(opened.editor), `speaker:${pompeo.name}`);
    assert.ok(drawn.ranges.some((r) => opened.document.getText(r).includes(pompeo.quote)));
  });

  it('labels quotes with inlay hints naming their speaker, where the tag beside them does not', async () => {
    const labels = await labelsIn(opened.document);
    const text = opened.document.getText();
    const endsOf = new Map(shown(opened.analysis).map((q) => [q.outer.end, q]));
    assert.ok(labels.length > 0, 'some quotes are labelled');
    for (const label of labels) {
      const quote = endsOf.get(label.at);
      if (!quote) continue; // the end of a paragraph a quote runs on from
      assert.match(label.text, new RegExp(`^— ${quote.attribution.speaker ?? 'unattributed'}`));
    }
    // "We would not tolerate that," he added: the pronoun explains nothing by itself, so the label stays.
    const tolerate = shown(opened.analysis).find((q) => text.slice(q.outer.start, q.outer.end).includes('We would not tolerate that'))!;
    assert.ok(labels.some((l) => l.at === tolerate.outer.end && l.text === `— ${pompeo.name}`), 'the "he added" quote is labelled');
    // "Lately these channels were frozen," Lavrov said: the tag names him already.
    const frozen = shown(opened.analysis).find((q) => text.slice(q.outer.start, q.outer.end).includes('channels were frozen'))!;
    assert.equal(frozen.attribution.speaker, lavrov.name);
    assert.ok(!labels.some((l) => l.at === frozen.outer.end), 'no label repeats "Lavrov said"');
  });

  it('draws only the labels of the paragraph with the cursor, when the setting says so', async () => {
    const config = vscode.workspace.getConfiguration('onTheRecord');
    const text = opened.document.getText();
    const tolerate = shown(opened.analysis).find((q) => text.slice(q.outer.start, q.outer.end).includes('We would not tolerate that'))!;
    try {
      await config.update('labels', 'cursorParagraph', vscode.ConfigurationTarget.Global);
      const inside = opened.document.positionAt(tolerate.outer.start + 2);
      await vscode.window.showTextDocument(opened.document, { selection: new vscode.Range(inside, inside) });
      await opened.api.whenIdle();
      const labels = await labelsIn(opened.document);
      assert.deepEqual(labels.map((l) => l.at), [tolerate.outer.end], labels.map((l) => l.text).join(', '));
    } finally {
      await config.update('labels', undefined, vscode.ConfigurationTarget.Global);
      await opened.api.whenIdle();
    }
  });

  it('draws labels only for unattributed and uncertain quotes, or none, when the setting says so', async () => {
    const config = vscode.workspace.getConfiguration('onTheRecord');
    try {
      await config.update('labels', 'uncertainOnly', vscode.ConfigurationTarget.Global);
      await opened.api.whenIdle();
      const uncertain = await labelsIn(opened.document);
      assert.ok(uncertain.every((l) => /unattributed|\(\?\)/.test(l.text)), uncertain.map((l) => l.text).join(', '));
      await config.update('labels', 'hoverOnly', vscode.ConfigurationTarget.Global);
      await opened.api.whenIdle();
      assert.deepEqual(await labelsIn(opened.document), []);
    } finally {
      await config.update('labels', undefined, vscode.ConfigurationTarget.Global);
      await opened.api.whenIdle();
    }
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

  it('Toggle Annotations hides the labels too', async () => {
    await vscode.window.showTextDocument(opened.document);
    assert.ok((await labelsIn(opened.document)).length > 0);
    await vscode.commands.executeCommand('onTheRecord.toggleAnnotations');
    try {
      assert.deepEqual(await labelsIn(opened.document), []);
    } finally {
      await vscode.commands.executeCommand('onTheRecord.toggleAnnotations');
      await opened.api.whenIdle();
    }
  });
});
