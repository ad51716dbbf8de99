// Shared steps of the extension-host suites: activating the extension, opening documents, and
// reading what VS Code shows (hovers, tree items) as plain text.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis, Entity, Quote } from '../../src/engine/types';
import type { OnTheRecordApi } from '../../src/extension/api';
import { shownQuotes } from '../../src/extension/quoteFilter';

export const extensionId = 'on-the-record.on-the-record';
/** Compiled tests live in out/test/integration. */
export const repoRoot = path.resolve(__dirname, '../../..');
/**
 * The sample article, copied out of the repository for the run: tests type into it (and undo), and a keystroke
 * left over by a failed step must never be saved into seeds/ (it once was), nor a review file be written there.
 */
export const sampleArticlePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'otr-sample-')), '000_70231c3abc8c0ee5.txt');
fs.copyFileSync(path.join(repoRoot, 'seeds/000_70231c3abc8c0ee5.txt'), sampleArticlePath);

export async function activateExtension(): Promise<OnTheRecordApi> {
  const extension = vscode.extensions.getExtension<OnTheRecordApi>(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not loaded`);
  return extension.activate();
}

export interface OpenedDocument {
  api: OnTheRecordApi;
  document: vscode.TextDocument;
  editor: vscode.TextEditor;
  analysis: Analysis;
}

/** Shows a document in the active editor and waits for its analysis. */
export async function show(document: vscode.TextDocument): Promise<OpenedDocument> {
  const api = await activateExtension();
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const analysis = await analysisOf(api, document);
  return { api, document, editor, analysis };
}

export async function openSampleArticle(): Promise<OpenedDocument> {
  return show(await vscode.workspace.openTextDocument(sampleArticlePath));
}

export async function openUntitled(content: string, language: string): Promise<OpenedDocument> {
  return show(await vscode.workspace.openTextDocument({ content, language }));
}

export async function analysisOf(api: OnTheRecordApi, document: vscode.TextDocument): Promise<Analysis> {
  await api.whenIdle();
  const analysis = await api.analysisFor(document.uri);
  if (!analysis) throw new Error(`no analysis for ${document.uri.toString()}`);
  return analysis;
}

export function entityNamed(analysis: Analysis, name: string): Entity {
  const entity = analysis.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${analysis.entities.map((e) => e.name).join(', ')}`);
  return entity;
}

/**
 * The quotes the views present (speech, top level, not inside another quote), by the extension's own
 * definition: these tests check that every view agrees with it, not what it should be.
 */
export function shown(analysis: Analysis): Quote[] {
  const showReportedSpeech = vscode.workspace.getConfiguration('onTheRecord').get<boolean>('showReportedSpeech', true);
  return shownQuotes(analysis, { showReportedSpeech });
}

/** The shown quotes attributed to an entity (what its hover card counts). */
export function quotesOf(analysis: Analysis, entity: Entity): Quote[] {
  return shown(analysis).filter((q) => q.attribution.entityId === entity.id);
}

/** Position of the `occurrence`-th (0-based) appearance of `needle` in the document. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = document.getText().indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return document.positionAt(offset);
}

/** Every hover VS Code would show at a position, joined as text. */
export async function hoverTextAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Removes Markdown backslash escapes so card text can be compared with plain words. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

export function labelText(item: vscode.TreeItem): string {
  const label = item.label;
  if (label === undefined) return '';
  return typeof label === 'string' ? label : label.label;
}

export interface ShownTreeItem {
  element: unknown;
  item: vscode.TreeItem;
  label: string;
}

/** The tree's items under `parent` (the roots when omitted), as VS Code would render them. */
export async function treeItems(api: OnTheRecordApi, parent?: unknown): Promise<ShownTreeItem[]> {
  const elements = (await api.quotesTree.getChildren(parent)) ?? [];
  return Promise.all(
    elements.map(async (element) => {
      const item = await api.quotesTree.getTreeItem(element);
      return { element, item, label: labelText(item) };
    }),
  );
}

export async function speakerItem(api: OnTheRecordApi, speaker: string): Promise<ShownTreeItem> {
  const roots = await treeItems(api);
  const found = roots.find((root) => root.label === speaker);
  if (!found) throw new Error(`no tree item "${speaker}" among ${roots.map((r) => r.label).join(', ')}`);
  return found;
}

/** Polls until `check` stops throwing, so views that refresh on their own schedule can be asserted. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Closes every editor, discarding unsaved changes (closing a dirty editor otherwise asks to save). */
export async function closeAllEditors(): Promise<void> {
  for (let guard = 0; guard < 50 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); guard++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** Prints a measurement into the test report (the harness relays only prefixed lines; see index.ts). */
export function note(message: string): void {
  console.log((process.env.ON_THE_RECORD_TEST_REPORT_PREFIX ?? '') + message);
}
