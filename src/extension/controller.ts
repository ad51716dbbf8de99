import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import { AnalysisClient, TooComplexError } from '../worker/client';
import type { OnTheRecordApi } from './api';
import { readSettings, SECTION, type ExtensionSettings } from './config';
import { PreviewHighlight } from './previewHighlight';
import { ProblemDiagnostics } from './problemDiagnostics';
import { DecorationPainter } from './decorations';
import { DocumentTracker, type TrackedAnalysis } from './documents';
import { QuoteHoverProvider } from './hovers';
import { SpeakerLabelHints } from './labelHints';
import { QUOTES_VIEW_ID, QuotesTreeProvider } from './quotesTree';
import { shownQuotes } from './quoteFilter';
import { QuoteStatusBar } from './statusBar';
import type { TreeMode, TreeNode } from './treeModel';
import { ReviewStore } from './reviewStore';
import { SourceCheckResults } from './sourceCheckResults';
import { checkedSummary } from './reviewTree';

const ANNOTATIONS_KEY = 'onTheRecord.annotationsEnabled';
export const CONTEXT_ANNOTATIONS = 'onTheRecord.annotationsEnabled';
export const CONTEXT_SUPPORTED = 'onTheRecord.activeEditorSupported';
export const CONTEXT_TREE_MODE = 'onTheRecord.treeMode';

/** Settings whose change means the analyses themselves must be redone (not just redrawn). */
const ANALYSIS_SETTINGS: Array<keyof ExtensionSettings> = ['enable', 'languages', 'maxFileSizeKB', 'showReportedSpeech'];

/** Schemes whose editors are panels (output, debug console), not articles: they never move the views. */
const PANEL_SCHEMES = new Set(['output', 'debug', 'vscode-terminal']);

/**
 * Wires the document tracker to the views: decorations of visible editors, the quotes tree and the
 * status bar follow the active editor and every fresh analysis.
 */
export class Controller implements vscode.Disposable {
  settings: ExtensionSettings = readSettings();
  readonly tracker: DocumentTracker;
  readonly tree: QuotesTreeProvider;
  /** A person's decisions per document (see reviewStore.ts). */
  readonly review: ReviewStore;
  /** The latest Check Quotes Against Source result per article (see sourceCheckFeature.ts). */
  readonly sourceChecks = new SourceCheckResults();
  /** The quote (or card link target) being previewed, highlighted instead of selected. */
  readonly preview = new PreviewHighlight();
  private readonly client: AnalysisClient;
  private readonly painter = new DecorationPainter();
  private readonly statusBar: QuoteStatusBar;
  private readonly treeView: vscode.TreeView<TreeNode>;
  private readonly disposables: vscode.Disposable[] = [];
  /** What each editor last drew, so a redraw with the same input is skipped. */
  private painted = new WeakMap<vscode.TextEditor, { analysis: Analysis | undefined; stamp: number }>();
  private paintStamp = 0;
  private hoverRegistration: vscode.Disposable | undefined;
  private readonly labelHints: SpeakerLabelHints;
  /** Following the cursor in the Quotes view: the pending reveal, and the row it selected. */
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private followedRow: string | undefined;
  /** The line the cursor was last seen on, per document, for `labels: cursorParagraph`. */
  private cursorLine = new WeakMap<vscode.TextDocument, number>();
  private readonly problems = new ProblemDiagnostics();
  private readonly truncationNoticeShown = new Set<string>();
  private errorShown = false;
  /** Documents told they are too complex to annotate, until the user tries again. */
  private readonly warnedTooComplex = new Set<string>();
  /** The article most recently active, so commands still find it while an export or other editor has focus. */
  private lastArticle: vscode.TextDocument | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.client = new AnalysisClient(context.asAbsolutePath('dist/worker.js'));
    this.review = new ReviewStore(context);
    this.tracker = new DocumentTracker(this.client, () => this.settings, (document) => this.review.reviewFor(document));
    this.tree = new QuotesTreeProvider(
      () => this.settings,
      (document, analysis, quote) => this.review.placed(document, analysis)?.byQuote.get(quote),
      (document, quote) => this.sourceChecks.checkOf(document, quote),
    );
    this.statusBar = new QuoteStatusBar(() => this.settings);
    this.labelHints = new SpeakerLabelHints(this.tracker, () => this.settings, () => this.annotationsEnabled, (document, analysis) =>
      this.review.placed(document, analysis),
    );
    this.treeView = vscode.window.createTreeView(QUOTES_VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true });
    this.tree.setVisible(this.treeView.visible);

    this.disposables.push(
      this.review,
      this.sourceChecks,
      this.sourceChecks.onDidChange((uri) => {
        if (this.tree.currentDocument?.uri.toString() === uri.toString()) this.tree.rebuild();
      }),
      this.review.onDidChange((uri) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (!document) return;
        this.tracker.refresh(document);
        // The text is the same, so the editor would not ask for the labels again by itself.
        void this.tracker.ensure(document).then(() => this.labelHints.refresh());
      }),
      this.tracker,
      this.painter,
      this.problems,
      this.statusBar,
      this.treeView,
      this.preview,
      this.labelHints,
      vscode.window.onDidChangeTextEditorSelection((event) => {
        this.onCursorMoved(event.textEditor);
        this.scheduleFollow(event.textEditor);
      }),
      { dispose: () => clearTimeout(this.followTimer) },
      this.treeView.onDidChangeVisibility((event) => this.tree.setVisible(event.visible)),
      this.treeView.onDidChangeSelection((event) => this.previewSelected(event.selection)),
      this.tracker.onDidUpdate((tracked) => this.onAnalysis(tracked)),
      this.tracker.onDidForget((uri) => this.onForget(uri)),
      this.tracker.onDidFail(({ document, error }) => this.onFailure(document, error)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.followActive(editor)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.isTrackedOrVisible(event.document)) {
          this.tracker.schedule(event.document, this.settings.debounceMs);
          this.updateStatus();
        }
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        // A language switch closes and reopens the document under the same editor.
        if (this.visibleEditorsOf(document).length > 0) this.tracker.schedule(document, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.tracker.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) this.onSettingsChanged();
      }),
    );
    this.registerHovers();
    this.setTreeMode('bySpeaker');
    void vscode.commands.executeCommand('setContext', CONTEXT_ANNOTATIONS, this.annotationsEnabled);
    this.refreshVisible();
    this.followActive(vscode.window.activeTextEditor);
  }

  get annotationsEnabled(): boolean {
    return this.context.globalState.get<boolean>(ANNOTATIONS_KEY, true);
  }

  async setAnnotationsEnabled(enabled: boolean): Promise<void> {
    await this.context.globalState.update(ANNOTATIONS_KEY, enabled);
    await vscode.commands.executeCommand('setContext', CONTEXT_ANNOTATIONS, enabled);
    this.repaintVisible(true);
    this.labelHints.refresh();
  }

  setTreeMode(mode: TreeMode): void {
    this.tree.setMode(mode);
    void vscode.commands.executeCommand('setContext', CONTEXT_TREE_MODE, mode);
  }

  isSupported(document: vscode.TextDocument): boolean {
    return this.tracker.tracks(document);
  }

  /** The article the commands act on: the active editor's, else the one the quotes view shows. */
  targetDocument(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active && this.isSupported(active)) return active;
    const last = this.tree.currentDocument ?? this.lastArticle;
    return last && !last.isClosed && this.isSupported(last) ? last : undefined;
  }

  async revealTreeView(): Promise<void> {
    await vscode.commands.executeCommand(`${QUOTES_VIEW_ID}.focus`);
  }

  /** Lists one speaker's quotes: the view grouped by speaker, that group expanded and selected. */
  async showSpeaker(speaker: string | null): Promise<void> {
    this.setTreeMode('bySpeaker');
    await this.revealTreeView();
    const node = this.tree.speakerNode(speaker);
    if (node) await this.treeView.reveal(node, { select: true, focus: true, expand: true });
  }

  /** Waits until every visible article is analysed and drawn. */
  async whenIdle(): Promise<void> {
    this.refreshVisible();
    await this.tracker.whenIdle();
    this.repaintVisible(false);
  }

  api(): OnTheRecordApi {
    return {
      analysisFor: async (uri) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (!document) return undefined;
        return (await this.tracker.ensure(document))?.analysis;
      },
      whenIdle: () => this.whenIdle(),
      decorationsFor: (editor) => this.painter.snapshotFor(this.liveEditorFor(editor)),
      previewRangeIn: (editor) => this.preview.rangeIn(editor),
      quotesTree: this.tree as vscode.TreeDataProvider<unknown>,
      statusBarText: () => {
        this.updateStatus();
        return this.statusBar.text;
      },
      quotesView: this.treeView as vscode.TreeView<unknown>,
    };
  }

  /**
   * VS Code replaces an editor's object when its tab is hidden and shown again: a caller holding the old
   * object means the editor now showing the same document in the same column.
   */
  private liveEditorFor(editor: vscode.TextEditor): vscode.TextEditor {
    const visible = vscode.window.visibleTextEditors;
    if (visible.includes(editor)) return editor;
    const sameDocument = visible.filter((e) => e.document.uri.toString() === editor.document.uri.toString());
    return sameDocument.find((e) => e.viewColumn === editor.viewColumn) ?? sameDocument[0] ?? editor;
  }

  dispose(): void {
    this.hoverRegistration?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
    this.client.dispose();
  }

  private registerHovers(): void {
    this.hoverRegistration?.dispose();
    const selector = this.settings.languages.map((language) => ({ language }));
    this.hoverRegistration = vscode.Disposable.from(
      vscode.languages.registerHoverProvider(selector, new QuoteHoverProvider(this.tracker, () => this.settings, () => this.annotationsEnabled, (d, a, q) => this.review.placed(d, a)?.byQuote.get(q))),
      vscode.languages.registerInlayHintsProvider(selector, this.labelHints),
    );
  }

  /**
   * With labels only in the cursor's paragraph, moving into another paragraph redraws them. A blank line
   * between the old and new line means a paragraph boundary may have been crossed; within a paragraph
   * nothing changes.
   */
  private onCursorMoved(editor: vscode.TextEditor): void {
    if (this.settings.labels !== 'cursorParagraph' || !this.isSupported(editor.document)) return;
    const line = editor.selection.active.line;
    const last = this.cursorLine.get(editor.document);
    this.cursorLine.set(editor.document, line);
    if (last === undefined || last === line) {
      if (last === undefined) this.labelHints.refresh();
      return;
    }
    const [from, to] = last < line ? [last, line] : [line, last];
    for (let i = from; i <= to; i++) {
      if (editor.document.lineAt(i).isEmptyOrWhitespace) {
        this.labelHints.refresh();
        return;
      }
    }
  }

  /** A quote row selected in the view is highlighted in its article (the row's command moves the cursor). */
  private previewSelected(selection: readonly TreeNode[]): void {
    const document = this.tree.currentDocument;
    const node = selection.length === 1 ? selection[0] : undefined;
    // A row selected because the cursor is in its quote needs no highlight: the reader is there already.
    const followed = node !== undefined && node.id === this.followedRow;
    // Only the selection the follow itself made is the cursor's: any other one ends it.
    this.followedRow = undefined;
    if (followed) return;
    if (!document || node?.kind !== 'quote') {
      this.preview.clear();
      return;
    }
    const range = new vscode.Range(document.positionAt(node.quote.outer.start), document.positionAt(node.quote.outer.end));
    this.preview.show(document, range);
  }

  /** The Quotes view follows the cursor: the row of the quote under it is revealed and selected. */
  private scheduleFollow(editor: vscode.TextEditor): void {
    if (!this.treeView.visible || editor !== vscode.window.activeTextEditor || editor.document !== this.tree.currentDocument) return;
    clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => this.followCursor(editor), 150);
  }

  private followCursor(editor: vscode.TextEditor): void {
    // Offsets of another version would pick the wrong row.
    if (this.tracker.current(editor.document)?.analysis !== this.tree.currentAnalysis) return;
    const row = this.tree.quoteNodeAt(editor.document.offsetAt(editor.selection.active));
    if (!row || this.treeView.selection.some((selected) => selected.id === row.id)) return;
    this.followedRow = row.id;
    this.treeView.reveal(row, { select: true, focus: false }).then(undefined, () => undefined);
  }

  private visibleEditorsOf(document: vscode.TextDocument): vscode.TextEditor[] {
    const key = document.uri.toString();
    return vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key);
  }

  private isTrackedOrVisible(document: vscode.TextDocument): boolean {
    return this.tracker.latest(document) !== undefined || this.tracker.isPending(document) || this.visibleEditorsOf(document).length > 0;
  }

  /** Analyses what became visible and draws what is already known. */
  private refreshVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const document = editor.document;
      if (!this.isSupported(document)) continue;
      if (!this.tracker.current(document) && !this.tracker.isPending(document)) this.tracker.schedule(document, 0);
    }
    this.repaintVisible(false);
  }

  /** Redraws visible editors whose analysis changed since their last draw (all of them when `force`). */
  private repaintVisible(force: boolean): void {
    if (force) this.paintStamp++;
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    const supported = this.isSupported(document);
    const current = supported ? this.tracker.current(document) : undefined;
    const last = this.painted.get(editor);
    // Keep what is drawn while a newer analysis is on its way: no flicker while typing.
    if (this.annotationsEnabled && supported && !current && this.tracker.isPending(document) && last) return;
    const analysis = this.annotationsEnabled ? current?.analysis : undefined;
    if (last && last.analysis === analysis && last.stamp === this.paintStamp) return;
    if (!last && analysis === undefined) return; // nothing drawn, nothing to draw
    this.painter.paint(editor, analysis, this.settings);
    this.painted.set(editor, { analysis, stamp: this.paintStamp });
  }

  private onAnalysis(tracked: TrackedAnalysis): void {
    for (const editor of this.visibleEditorsOf(tracked.document)) this.paint(editor);
    this.problems.show(tracked.document, tracked.analysis);
    if (this.tree.currentDocument?.uri.toString() === tracked.document.uri.toString()) {
      this.tree.show(tracked.document, tracked.analysis);
      this.updateTreeMessage();
      this.updateStatus();
    }
    this.errorShown = false;
    this.noticeTruncation(tracked);
  }

  private onForget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.warnedTooComplex.delete(key);
    this.problems.clear(uri);
    this.review.forget(uri);
    if (this.lastArticle?.uri.toString() === key) this.lastArticle = undefined;
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === key) {
        this.painter.clear(editor);
        this.painted.delete(editor);
      }
    }
    if (this.tree.currentDocument?.uri.toString() === key) {
      this.tree.show(undefined, undefined);
      this.followActive(vscode.window.activeTextEditor);
    }
  }

  private onFailure(document: vscode.TextDocument, error: Error): void {
    this.statusBar.showError(error.message);
    const key = document.uri.toString();
    if (error instanceof TooComplexError) {
      // Said once per document: its requests are refused (failing again per edit) until the user tries again.
      if (!this.warnedTooComplex.has(key)) this.warnTooComplex(document, error);
    } else if (!this.errorShown) {
      this.errorShown = true;
      void vscode.window.showErrorMessage(`On the Record could not analyse ${displayName(document)}: ${error.message}`);
    }
    this.tracker.whenIdle().then(() => this.updateTreeMessage());
  }

  private warnTooComplex(document: vscode.TextDocument, error: TooComplexError): void {
    const key = document.uri.toString();
    this.warnedTooComplex.add(key);
    const retry = 'Try Again';
    void vscode.window
      .showWarningMessage(`On the Record: ${displayName(document)}: ${error.message} Other documents are still annotated.`, retry)
      .then((choice) => {
        if (choice !== retry || document.isClosed) return;
        this.warnedTooComplex.delete(key);
        this.client.retry(key);
        this.tracker.schedule(document, 0);
      });
  }

  private followActive(editor: vscode.TextEditor | undefined): void {
    const document = editor?.document;
    void vscode.commands.executeCommand('setContext', CONTEXT_SUPPORTED, document !== undefined && this.isSupported(document));
    if (document && PANEL_SCHEMES.has(document.uri.scheme)) return;
    if (!document) {
      // Focus moved to a non-text editor (settings, image): keep the last article if it is still open.
      if (this.tree.currentDocument?.isClosed) this.tree.show(undefined, undefined);
    } else if (this.isSupported(document)) {
      this.lastArticle = document;
      if (!this.tracker.current(document) && !this.tracker.isPending(document)) this.tracker.schedule(document, 0);
      this.tree.show(document, this.tracker.latest(document)?.analysis);
    } else {
      this.tree.show(undefined, undefined);
    }
    this.updateTreeMessage();
    this.updateStatus();
  }

  private updateStatus(): void {
    const document = vscode.window.activeTextEditor?.document;
    const supported = document !== undefined && this.isSupported(document);
    const tracked = supported ? this.tracker.latest(document) : undefined;
    const checked = tracked && checkedSummary(tracked.analysis, this.review.placed(tracked.document, tracked.analysis), this.settings);
    this.statusBar.update(supported, tracked, supported && this.tracker.isPending(document), checked);
  }

  private updateTreeMessage(): void {
    const document = this.tree.currentDocument;
    const analysis = this.tree.currentAnalysis;
    if (!document) this.treeView.message = 'Open a plain text or Markdown article to list its quotes.';
    else if (!analysis) this.treeView.message = this.tracker.isPending(document) ? 'Finding quotations…' : 'This document could not be analysed.';
    else if (shownQuotes(analysis, this.settings).length === 0) this.treeView.message = 'No quotations found in this document.';
    else this.treeView.message = undefined;
  }

  private noticeTruncation(tracked: TrackedAnalysis): void {
    const truncated = tracked.analysis.problems.find((p) => p.kind === 'truncated');
    const key = tracked.document.uri.toString();
    if (!truncated || this.truncationNoticeShown.has(key)) return;
    this.truncationNoticeShown.add(key);
    const analysedKB = Math.round(tracked.analysis.analyzedLength / 1024);
    const totalKB = Math.round(tracked.analysis.textLength / 1024);
    const openSettings = 'Open Settings';
    void vscode.window
      .showInformationMessage(
        `On the Record analysed only the first ${analysedKB} KB of ${displayName(tracked.document)} (${totalKB} KB). Raise "onTheRecord.maxFileSizeKB" to analyse more.`,
        openSettings,
      )
      .then((choice) => {
        if (choice === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', 'onTheRecord.maxFileSizeKB');
      });
  }

  private onSettingsChanged(): void {
    const previous = this.settings;
    this.settings = readSettings();
    if (previous.languages.join() !== this.settings.languages.join()) this.registerHovers();
    if (ANALYSIS_SETTINGS.some((key) => JSON.stringify(previous[key]) !== JSON.stringify(this.settings[key]))) {
      for (const document of this.tracker.trackedDocuments()) {
        if (!this.isSupported(document)) this.tracker.forget(document.uri);
      }
      this.tracker.invalidateAll();
      for (const document of this.tracker.trackedDocuments()) this.tracker.schedule(document, 0);
    }
    this.refreshVisible();
    this.repaintVisible(true);
    this.labelHints.refresh();
    this.tree.rebuild();
    this.followActive(vscode.window.activeTextEditor);
  }
}

export function displayName(document: vscode.TextDocument): string {
  return document.isUntitled ? document.uri.path : vscode.workspace.asRelativePath(document.uri, false);
}
