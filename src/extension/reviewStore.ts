import * as path from 'node:path';
import * as vscode from 'vscode';
import { serializeReview, type ReviewFile } from '../engine/review/format';
import { fingerprintOf } from '../engine/review/fingerprint';
import { placeReview, type PlacedReview } from '../engine/review/place';
import { recordDecision, recordEntityDecision, type DecisionChange, type EntityChange } from '../engine/review/record';
import type { Analysis, Quote } from '../engine/types';
import { readReviewFileSync, reviewFromText, reviewPathFor, REVIEW_SUFFIX, writeReviewFile, type ReadReview } from '../review-store/reviewFile';

const UNTITLED_KEY_PREFIX = 'onTheRecord.review:';

interface KnownReview {
  read: ReadReview;
  /** A bad or foreign file is reported once per content, not on every analysis. */
  reported?: string;
}

/**
 * A person's decisions per document: read from the review file beside a saved article (kept in the
 * workspace's storage for an untitled one), reloaded when the file changes on disk, and written only when
 * the user records a decision. A file that cannot be trusted (malformed, newer, for another text) is
 * reported and never overwritten.
 */
export class ReviewStore implements vscode.Disposable {
  private readonly known = new Map<string, KnownReview>();
  private readonly placedCache = new WeakMap<Analysis, { review: ReviewFile; placed: PlacedReview }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the article's URI when its decisions changed (recorded here, or the file changed on disk). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** Untitled documents with decisions closed lately, by their text: a Save As closes one as it saves its file. */
  private readonly closedUntitled: { key: string; text: string }[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${REVIEW_SUFFIX}`);
    const reload = (uri: vscode.Uri) => this.reloadFromDisk(uri);
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      this.changed,
      // The decisions follow a renamed article.
      vscode.workspace.onDidRenameFiles((event) => void this.followRenames(event.files)),
      // And an untitled document saved to a file.
      vscode.workspace.onDidCloseTextDocument((document) => this.rememberClosedUntitled(document)),
      vscode.workspace.onDidSaveTextDocument((document) => void this.adoptUntitled(document)),
    );
  }

  /** The document's decisions when they can be trusted, for the analysis. */
  reviewFor(document: vscode.TextDocument): ReviewFile | undefined {
    const known = this.load(document);
    return known.read.kind === 'ok' ? known.read.review : undefined;
  }

  /** Where the review file of a saved article is; undefined for an untitled document. */
  reviewFileOf(document: vscode.TextDocument): string | undefined {
    return document.uri.scheme === 'file' ? reviewPathFor(document.uri.fsPath) : undefined;
  }

  /** The decisions placed on the quotes of `analysis` of `document` (cached per analysis). */
  placed(document: vscode.TextDocument, analysis: Analysis): PlacedReview | undefined {
    const review = this.reviewFor(document);
    if (!review) return undefined;
    const cached = this.placedCache.get(analysis);
    if (cached?.review === review) return cached.placed;
    const placed = placeReview(document.getText(), analysis, review);
    this.placedCache.set(analysis, { review, placed });
    if (placed.foreign) this.report(document, placed.foreign);
    return placed.foreign ? undefined : placed;
  }

  /**
   * Records a decision about `quote` and writes the review file. Reads the file again first, so a change
   * made on disk meanwhile is kept; refuses (with a message) when the file cannot be trusted.
   */
  async record(document: vscode.TextDocument, analysis: Analysis, quote: Quote, change: DecisionChange): Promise<boolean> {
    return this.update(document, analysis, (review, placed, text) => recordDecision(review, placed, text, this.articleName(document), quote, change));
  }

  /** Records a decision about a name (Not a Person, Same Person As, reset), the same way. */
  async recordEntity(document: vscode.TextDocument, analysis: Analysis, change: EntityChange): Promise<boolean> {
    return this.update(document, analysis, (review, _placed, text) => recordEntityDecision(review, text, this.articleName(document), change));
  }

  private async update(
    document: vscode.TextDocument,
    analysis: Analysis,
    change: (review: ReviewFile | undefined, placed: PlacedReview | undefined, text: string) => ReviewFile,
  ): Promise<boolean> {
    const key = document.uri.toString();
    this.known.delete(key);
    const known = this.load(document);
    if (known.read.kind === 'bad') {
      void vscode.window.showErrorMessage(this.badMessage(document, known.read.message) + ' Fix or remove it to record decisions; it was not changed.');
      return false;
    }
    const review = known.read.kind === 'ok' ? known.read.review : undefined;
    const text = document.getText();
    const placed = review ? placeReview(text, analysis, review) : undefined;
    if (placed?.foreign) {
      void vscode.window.showErrorMessage(this.badMessage(document, placed.foreign) + ' It was not changed.');
      return false;
    }
    const next = change(review, placed, text);
    try {
      const written = await this.save(document, next);
      this.known.set(key, { read: { kind: 'ok', review: next, text: written } });
    } catch (error) {
      void vscode.window.showErrorMessage(`On the Record could not save the decision: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    this.changed.fire(document.uri);
    return true;
  }

  forget(uri: vscode.Uri): void {
    this.known.delete(uri.toString());
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private load(document: vscode.TextDocument): KnownReview {
    const key = document.uri.toString();
    let known = this.known.get(key);
    if (!known) {
      const file = this.reviewFileOf(document);
      const read = file ? readReviewFileSync(file) : reviewFromText(this.context.workspaceState.get<string>(UNTITLED_KEY_PREFIX + key));
      known = { read };
      this.known.set(key, known);
    }
    if (known.read.kind === 'bad') this.report(document, known.read.message);
    return known;
  }

  private async save(document: vscode.TextDocument, review: ReviewFile): Promise<string> {
    const file = this.reviewFileOf(document);
    if (file) return writeReviewFile(file, review);
    const text = serializeReview(review);
    await this.context.workspaceState.update(UNTITLED_KEY_PREFIX + document.uri.toString(), text);
    return text;
  }

  private reloadFromDisk(reviewUri: vscode.Uri): void {
    if (!reviewUri.fsPath.endsWith(REVIEW_SUFFIX)) return;
    const article = vscode.Uri.file(reviewUri.fsPath.slice(0, -REVIEW_SUFFIX.length));
    const key = article.toString();
    const known = this.known.get(key);
    if (!known) return;
    const read = readReviewFileSync(reviewUri.fsPath);
    // Our own write comes back through the watcher: nothing changed.
    if (read.kind === known.read.kind && 'text' in read && 'text' in known.read && read.text === known.read.text) return;
    this.known.set(key, { read });
    this.changed.fire(article);
  }

  private async followRenames(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      if (oldUri.scheme !== 'file' || newUri.scheme !== 'file' || oldUri.fsPath.endsWith(REVIEW_SUFFIX)) continue;
      const from = vscode.Uri.file(reviewPathFor(oldUri.fsPath));
      const to = vscode.Uri.file(reviewPathFor(newUri.fsPath));
      try {
        await vscode.workspace.fs.stat(from);
      } catch {
        continue; // no decisions to move
      }
      try {
        await vscode.workspace.fs.rename(from, to, { overwrite: false });
      } catch (error) {
        void vscode.window.showWarningMessage(`On the Record kept the decisions in ${from.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
      }
      this.known.delete(oldUri.toString());
      this.known.delete(newUri.toString());
      this.changed.fire(newUri);
    }
  }

  private rememberClosedUntitled(document: vscode.TextDocument): void {
    const key = UNTITLED_KEY_PREFIX + document.uri.toString();
    if (document.uri.scheme !== 'untitled' || this.context.workspaceState.get<string>(key) === undefined) return;
    this.closedUntitled.push({ key, text: document.getText() });
    if (this.closedUntitled.length > 8) this.closedUntitled.shift();
  }

  /**
   * A saved file whose text is an untitled document's with decisions (open, or closed by the save) takes
   * those decisions into its review file, unless it already has one (then they stay where they were).
   */
  private async adoptUntitled(document: vscode.TextDocument): Promise<void> {
    const file = this.reviewFileOf(document);
    if (!file) return;
    const stored = (key: string) => this.context.workspaceState.get<string>(key);
    const open = vscode.workspace.textDocuments
      .filter((d) => d.uri.scheme === 'untitled' && stored(UNTITLED_KEY_PREFIX + d.uri.toString()) !== undefined)
      .map((d) => ({ key: UNTITLED_KEY_PREFIX + d.uri.toString(), text: d.getText() }));
    const candidates = [...open, ...this.closedUntitled.filter((c) => stored(c.key) !== undefined)];
    if (candidates.length === 0) return;
    const text = document.getText();
    const from = candidates.find((c) => c.text === text);
    if (!from) return;
    const read = reviewFromText(stored(from.key));
    if (read.kind !== 'ok') return;
    if (readReviewFileSync(file).kind !== 'none') {
      void vscode.window.showWarningMessage(`On the Record kept the untitled document's decisions: ${path.basename(file)} is there already.`);
      return;
    }
    const review: ReviewFile = { ...read.review, article: { name: this.articleName(document), fingerprint: fingerprintOf(text) } };
    try {
      const written = await writeReviewFile(file, review);
      this.known.set(document.uri.toString(), { read: { kind: 'ok', review, text: written } });
    } catch (error) {
      void vscode.window.showErrorMessage(`On the Record could not move the decisions to ${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    await this.context.workspaceState.update(from.key, undefined);
    const closed = this.closedUntitled.findIndex((c) => c.key === from.key);
    if (closed >= 0) this.closedUntitled.splice(closed, 1);
    this.changed.fire(document.uri);
  }

  private report(document: vscode.TextDocument, message: string): void {
    const known = this.known.get(document.uri.toString());
    if (!known || known.reported === message) return;
    known.reported = message;
    void vscode.window.showWarningMessage(this.badMessage(document, message) + ' Its decisions are not shown, and it will not be overwritten.');
  }

  private badMessage(document: vscode.TextDocument, message: string): string {
    const file = this.reviewFileOf(document);
    return `On the Record cannot use the review file ${file ? path.basename(file) : 'of this document'}: ${message}.`;
  }

  private articleName(document: vscode.TextDocument): string {
    return document.uri.scheme === 'file' ? path.basename(document.uri.fsPath) : document.uri.path;
  }
}

