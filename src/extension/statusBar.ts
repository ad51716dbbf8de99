import * as vscode from 'vscode';
import type { ViewSettings } from './config';
import type { TrackedAnalysis } from './documents';
import { QUOTES_VIEW_ID } from './quotesTree';
import { statusText } from './statusText';

/** The status bar item with the active file's counts; clicking it focuses the quotes view. */
export class QuoteStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('onTheRecord.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly settings: () => ViewSettings) {
    this.item.name = 'On the Record';
    this.item.command = `${QUOTES_VIEW_ID}.focus`;
  }

  /** Shows the counts of `tracked`, "analysing…" while the first result is pending, or hides when the editor is not an article. */
  update(supported: boolean, tracked: TrackedAnalysis | undefined, pending: boolean, checked?: { checked: number; total: number }): void {
    if (!supported) {
      this.item.hide();
      return;
    }
    if (!tracked) {
      this.item.text = '$(sync~spin) analysing quotes…';
      this.item.tooltip = 'On the Record is finding the quotations in this document.';
      this.item.backgroundColor = undefined;
      this.item.show();
      return;
    }
    const status = statusText(tracked.analysis, this.settings(), pending);
    this.item.text = checked ? `${status.text} · ${checked.checked} of ${checked.total} checked` : status.text;
    this.item.tooltip = `${status.tooltip}\nAnalysed in ${Math.round(tracked.elapsedMs)} ms.`;
    this.item.backgroundColor = status.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  showError(message: string): void {
    this.item.text = '$(error) quotes unavailable';
    this.item.tooltip = message;
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
