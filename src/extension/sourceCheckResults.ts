import * as vscode from 'vscode';
import { checkOfQuote } from '../engine/sourceCheck/checkOfQuote';
import type { QuoteCheck, SourceSummary } from '../engine/sourceCheck/types';
import type { Quote } from '../engine/types';

/** What a check found for one article: the results, and where each source came from (by its name), for links. */
export interface CheckedArticle {
  version: number;
  checks: QuoteCheck[];
  sources: SourceSummary[];
  sourceUris: Map<string, vscode.Uri>;
}

/**
 * The latest source check per article, for the Problems panel, hovers, the Quotes view and the worksheet. A result
 * belongs to the version of the article it was made for: after an edit it is no longer given out.
 */
export class SourceCheckResults implements vscode.Disposable {
  private readonly byArticle = new Map<string, CheckedArticle>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the article's URI when its results were set or forgotten. */
  readonly onDidChange = this.changed.event;

  set(document: vscode.TextDocument, checked: CheckedArticle): void {
    this.byArticle.set(document.uri.toString(), checked);
    this.changed.fire(document.uri);
  }

  /** The results for the document as it is now, if a check ran on this version. */
  of(document: vscode.TextDocument): CheckedArticle | undefined {
    const checked = this.byArticle.get(document.uri.toString());
    return checked && checked.version === document.version ? checked : undefined;
  }

  /** The check that speaks for `quote` (see checkOfQuote), when the document's results are current. */
  checkOf(document: vscode.TextDocument, quote: Quote): QuoteCheck | undefined {
    const checked = this.of(document);
    return checked ? checkOfQuote(checked.checks, quote) : undefined;
  }

  /** Forgets the article's results; whether there were any. */
  forget(uri: vscode.Uri): boolean {
    const had = this.byArticle.delete(uri.toString());
    if (had) this.changed.fire(uri);
    return had;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
