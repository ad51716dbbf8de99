import type * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import type { LedgerApi } from './ledgerFeature';

/** What `activate()` returns: a small API for tests (VS Code has no getter for decorations or tree items). */
export interface OnTheRecordApi {
  /** The latest analysis of a document, after any pending update has finished. */
  analysisFor(uri: vscode.Uri): Promise<Analysis | undefined>;
  /** Resolves once no document update is pending or running. */
  whenIdle(): Promise<void>;
  /** What each decoration type last drew in an editor: one entry per decoration type that has ranges. */
  decorationsFor(editor: vscode.TextEditor): DecorationSnapshot[];
  /** The span highlighted by a Quotes-view row or a card link in an editor, if any. */
  previewRangeIn(editor: vscode.TextEditor): vscode.Range | undefined;
  /** The quotes tree's data provider, so its elements can be listed. */
  quotesTree: vscode.TreeDataProvider<unknown>;
  /** The status bar item's text ("$(quote) 4 quotes · 2 speakers · 1 of 4 checked"). */
  statusBarText(): string;
  /** The Quotes view itself, for what it has selected. */
  quotesView: vscode.TreeView<unknown>;
  /** The Quotes in Workspace view's ledger. */
  ledger?: LedgerApi;
}

export interface DecorationSnapshot {
  /**
   * A stable name for what is drawn: "speaker:<name>" (tinted direct and mixed quotes of a speaker),
   * "reported:<name>" (reported speech, dotted underline), "unattributed", "low-confidence" (quotes whose
   * attribution is below LOW_CONFIDENCE; they also appear in their speaker's group). The speaker labels are
   * inlay hints: ask VS Code for them (`vscode.executeInlayHintProvider`).
   * Only the quotes the views show are drawn: speech (not scare quotes or titles), top level, and reported
   * speech only with `onTheRecord.showReportedSpeech` (see `shownQuotes` in quoteFilter.ts).
   */
  key: string;
  ranges: vscode.Range[];
}
