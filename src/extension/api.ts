import type * as vscode from 'vscode';
import type { Analysis } from '../engine/types';

/** What `activate()` returns: a small API for tests (VS Code has no getter for decorations or tree items). */
export interface OnTheRecordApi {
  /** The latest analysis of a document, after any pending update has finished. */
  analysisFor(uri: vscode.Uri): Promise<Analysis | undefined>;
  /** Resolves once no document update is pending or running. */
  whenIdle(): Promise<void>;
  /** What each decoration type last drew in an editor: one entry per decoration type that has ranges. */
  decorationsFor(editor: vscode.TextEditor): DecorationSnapshot[];
  /** The quotes tree's data provider, so its elements can be listed. */
  quotesTree: vscode.TreeDataProvider<unknown>;
}

export interface DecorationSnapshot {
  /** A stable name for the decoration type, e.g. "speaker:Mike Pompeo", "unattributed", "low-confidence". */
  key: string;
  ranges: vscode.Range[];
  /** The inline label texts drawn after each range, when the type draws labels. */
  labels: string[];
}
