import * as vscode from 'vscode';
import { exportQuotes, QUOTE_EXPORT_FORMATS, type QuoteExportFormat } from '../export';
import type { Quote, Span } from '../engine/types';
import { displayName, type Controller } from './controller';
import { openExport } from './exportDocument';
import { quoteWithAttribution } from './labels';
import { adjacentQuote, shownQuotes } from './quoteFilter';
import { REVEAL_SPAN_COMMAND, SHOW_SPEAKER_COMMAND } from './quotesTree';
import { UNATTRIBUTED_LABEL, type SpeakerNode, type TreeNode } from './treeModel';

const FORMAT_CHOICES: Array<vscode.QuickPickItem & { format: QuoteExportFormat }> = [
  { label: 'Markdown', description: 'quotes grouped by speaker, readable', format: 'markdown' },
  { label: 'JSON', description: 'the same schema as the command-line tool', format: 'json' },
  { label: 'CSV', description: 'one row per quote, for spreadsheets', format: 'csv' },
  { label: 'Fact-check worksheet (Markdown)', description: 'speaker, who set it, status, note and source per quote', format: 'worksheet' },
  { label: 'Fact-check worksheet (CSV)', description: 'the worksheet for spreadsheets', format: 'worksheet-csv' },
];

function isExportFormat(value: unknown): value is QuoteExportFormat {
  return QUOTE_EXPORT_FORMATS.includes(value as QuoteExportFormat);
}

function spanOf(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** One speaker's quotes to export (a Quotes-view group); `speaker` null is the Unattributed group. */
interface SpeakerChoice {
  speaker: string | null;
}

/**
 * Extract Quotes. `arg` is `{ format }` when called from code or tests (no QuickPick), or the document's
 * URI when called from the editor's context menu. With `only`, just that speaker's quotes. Returns the
 * opened result document.
 */
async function extractQuotes(controller: Controller, arg?: unknown, only?: SpeakerChoice): Promise<vscode.TextDocument | undefined> {
  const requested = arg && typeof arg === 'object' && 'format' in arg ? (arg as { format: unknown }).format : undefined;
  const fromUri = arg instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString()) : undefined;
  const document = fromUri ?? controller.targetDocument();
  if (!document || !controller.isSupported(document)) {
    void vscode.window.showInformationMessage('Open a plain text or Markdown article to extract its quotes.');
    return undefined;
  }
  let format: QuoteExportFormat;
  if (isExportFormat(requested)) {
    format = requested;
  } else {
    const choice = await vscode.window.showQuickPick(FORMAT_CHOICES, { title: 'Extract Quotes', placeHolder: 'Export format' });
    if (!choice) return undefined;
    format = choice.format;
  }
  const tracked = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Finding quotations…' },
    () => controller.tracker.ensure(document),
  );
  if (!tracked) {
    void vscode.window.showErrorMessage(`On the Record could not analyse ${displayName(document)}.`);
    return undefined;
  }
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  let selection = editor && !editor.selection.isEmpty ? spanOf(document, editor.selection) : undefined;
  // Chosen from a menu, the whole article is exported unless the reader asks for the selection: a selection
  // left over from editing must not silently narrow the export.
  if (selection && !isExportFormat(requested)) {
    const scope = await vscode.window.showQuickPick(
      [
        { label: 'The whole article', scope: 'document' as const },
        { label: 'Only the quotes in the selection', scope: 'selection' as const },
      ],
      { title: 'Extract Quotes', placeHolder: 'Which quotes' },
    );
    if (!scope) return undefined;
    if (scope.scope === 'document') selection = undefined;
  }
  const review = controller.review.placed(document, tracked.analysis);
  const include = only ? (quote: Quote) => quote.attribution.speaker === only.speaker : undefined;
  const sourceChecks = controller.sourceChecks.of(document)?.checks;
  const input = { file: displayName(document), text: document.getText(), analysis: tracked.analysis, selection, include, review, sourceChecks };
  const content = exportQuotes([input], format);
  const part = only ? (only.speaker ?? UNATTRIBUTED_LABEL) : undefined;
  const result = await openExport(document, content, format, part);
  controller.tracker.exclude(result); // an export is not an article: its quote marks are not annotated
  await vscode.window.showTextDocument(result, { preview: false });
  return result;
}

async function goToAdjacentQuote(controller: Controller, direction: 'next' | 'previous'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !controller.isSupported(editor.document)) return;
  const tracked = controller.tracker.current(editor.document) ?? (await controller.tracker.ensure(editor.document));
  const quotes = tracked ? shownQuotes(tracked.analysis, controller.settings) : [];
  const quote = adjacentQuote(quotes, editor.document.offsetAt(editor.selection.start), direction);
  if (!quote) {
    vscode.window.setStatusBarMessage('No quotations in this document', 3000);
    return;
  }
  // The cursor goes to the quotation's opening mark and the quotation is highlighted, not selected: a
  // selection would be replaced by the next keystroke.
  const range = new vscode.Range(editor.document.positionAt(quote.outer.start), editor.document.positionAt(quote.outer.end));
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  controller.preview.show(editor.document, range);
}

/**
 * Reveals a span of a document (hover-card links): the cursor goes to its start and the span is
 * highlighted, not selected, so the next keystroke cannot replace the words.
 */
async function revealSpan(controller: Controller, uri: string, start: number, end: number): Promise<void> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)));
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const cursor = new vscode.Range(range.start, range.start);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, selection: cursor, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  controller.preview.show(document, range);
}

/** Copy All Quotes of a speaker group: each quote with its attribution, a blank line between. */
async function copySpeakerQuotes(controller: Controller, node?: TreeNode): Promise<void> {
  const analysis = controller.tree.currentAnalysis;
  if (!node || node.kind !== 'speaker' || !analysis) return;
  await vscode.env.clipboard.writeText(node.quotes.map((row) => quoteWithAttribution(row.quote, analysis)).join('\n\n') + '\n');
  vscode.window.setStatusBarMessage(`${node.quotes.length} ${node.quotes.length === 1 ? 'quote' : 'quotes'} of ${node.label} copied`, 3000);
}

function isSpeakerNode(node: unknown): node is SpeakerNode {
  return typeof node === 'object' && node !== null && (node as TreeNode).kind === 'speaker';
}

async function copyQuote(controller: Controller, node?: TreeNode): Promise<void> {
  const analysis = controller.tree.currentAnalysis;
  if (!node || node.kind !== 'quote' || !analysis) return;
  await vscode.env.clipboard.writeText(quoteWithAttribution(node.quote, analysis));
  vscode.window.setStatusBarMessage('Quote copied with its attribution', 3000);
}

export function registerCommands(controller: Controller): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('onTheRecord.extractQuotes', (arg?: unknown) => extractQuotes(controller, arg)),
    vscode.commands.registerCommand('onTheRecord.nextQuote', () => goToAdjacentQuote(controller, 'next')),
    vscode.commands.registerCommand('onTheRecord.previousQuote', () => goToAdjacentQuote(controller, 'previous')),
    vscode.commands.registerCommand('onTheRecord.toggleAnnotations', async () => {
      const enabled = !controller.annotationsEnabled;
      await controller.setAnnotationsEnabled(enabled);
      vscode.window.setStatusBarMessage(`Quote annotations ${enabled ? 'on' : 'off'}`, 3000);
      return enabled;
    }),
    vscode.commands.registerCommand('onTheRecord.showBySpeaker', () => controller.setTreeMode('bySpeaker')),
    vscode.commands.registerCommand('onTheRecord.showInOrder', () => controller.setTreeMode('inOrder')),
    vscode.commands.registerCommand('onTheRecord.copyQuote', (node?: TreeNode) => copyQuote(controller, node)),
    vscode.commands.registerCommand('onTheRecord.copySpeakerQuotes', (node?: TreeNode) => copySpeakerQuotes(controller, node)),
    // From the view's context menu the group comes first; tests pass `{ format }` after it.
    vscode.commands.registerCommand('onTheRecord.extractSpeakerQuotes', (node?: TreeNode, arg?: unknown) =>
      isSpeakerNode(node) ? extractQuotes(controller, arg, { speaker: node.speaker }) : undefined,
    ),
    vscode.commands.registerCommand(SHOW_SPEAKER_COMMAND, (speaker: string) => controller.showSpeaker(speaker)),
    vscode.commands.registerCommand('onTheRecord.showQuotes', () => controller.revealTreeView()),
    vscode.commands.registerCommand(REVEAL_SPAN_COMMAND, (uri: string, start: number, end: number) => revealSpan(controller, uri, start, end)),
  ];
}
