import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../engine/types';
import { SupersededError, type AnalysisClient } from '../worker/client';
import type { TextEdit } from '../worker/contract';
import { isSupported, type ExtensionSettings } from './config';
import type { ReviewFile } from '../engine/review/format';

/** The latest analysis of one document, with the document version it describes. */
export interface TrackedAnalysis {
  document: vscode.TextDocument;
  analysis: Analysis;
  version: number;
  elapsedMs: number;
}

interface DocumentState {
  document: vscode.TextDocument;
  latest: TrackedAnalysis | undefined;
  timer: NodeJS.Timeout | undefined;
  running: boolean;
  /** A change arrived while the worker was busy with this document: run again when it answers. */
  rerun: boolean;
  /**
   * The document's content changes since the text of the last request, as edits (none before the first):
   * the worker gets these instead of the whole text.
   */
  edits: TextEdit[] | undefined;
}

/** Options the engine gets for a document: Markdown masking for Markdown, the size cap from the settings. */
export function analyzeOptionsFor(document: vscode.TextDocument, settings: ExtensionSettings): AnalyzeOptions {
  return {
    language: document.languageId === 'markdown' ? 'markdown' : 'plaintext',
    maxLength: settings.maxFileSizeKB * 1024,
    reported: settings.showReportedSpeech,
  };
}

/**
 * Keeps one analysis per open document: debounced after edits, cached by document version, computed
 * in the worker thread one request per document at a time. Old results stay until new ones arrive, so
 * views never flash empty while the user types.
 */
export class DocumentTracker implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  /** Documents the extension wrote itself (Extract Quotes results): never articles to annotate. */
  private readonly excluded = new Set<string>();
  private readonly updated = new vscode.EventEmitter<TrackedAnalysis>();
  private readonly forgotten = new vscode.EventEmitter<vscode.Uri>();
  private readonly failed = new vscode.EventEmitter<{ document: vscode.TextDocument; error: Error }>();
  private idleWaiters: Array<() => void> = [];

  /** Fires when a fresh analysis arrives. */
  readonly onDidUpdate = this.updated.event;
  /** Fires when a document is no longer tracked (closed, language switched off). */
  readonly onDidForget = this.forgotten.event;
  /** Fires when the worker could not analyse a document. */
  readonly onDidFail = this.failed.event;

  private readonly changes: vscode.Disposable;

  constructor(
    private readonly client: AnalysisClient,
    private readonly settings: () => ExtensionSettings,
    /** A person's decisions about the document, which the analysis honours. */
    private readonly reviewFor: (document: vscode.TextDocument) => ReviewFile | undefined = () => undefined,
  ) {
    // Every change of a tracked document, in the order VS Code applied them (each range is on the text the
    // changes before it left, as VS Code's own copy of the document applies them).
    this.changes = vscode.workspace.onDidChangeTextDocument((event) => {
      const state = this.states.get(event.document.uri.toString());
      if (!state?.edits) return;
      for (const change of event.contentChanges) state.edits.push({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text });
    });
  }

  /** The latest analysis, whatever version it describes (counts and tree may lag a keystroke). */
  latest(document: vscode.TextDocument): TrackedAnalysis | undefined {
    return this.states.get(document.uri.toString())?.latest;
  }

  /** The analysis only if it describes the document as it is now (offsets can be drawn). */
  current(document: vscode.TextDocument): TrackedAnalysis | undefined {
    const latest = this.latest(document);
    return latest && latest.version === document.version ? latest : undefined;
  }

  isPending(document: vscode.TextDocument): boolean {
    const state = this.states.get(document.uri.toString());
    return state !== undefined && (state.timer !== undefined || state.running);
  }

  /** Analyses the document after `delayMs`, unless the cached analysis already matches its version. */
  schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!this.tracks(document)) {
      this.forget(document.uri);
      return;
    }
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) this.states.set(key, (state = { document, latest: undefined, timer: undefined, running: false, rerun: false, edits: undefined }));
    state.document = document;
    if (state.timer) clearTimeout(state.timer);
    const tracked = state;
    tracked.timer = setTimeout(() => {
      tracked.timer = undefined;
      this.run(tracked);
    }, delayMs);
  }

  /** Analysis of the document as it is now: waits for (or starts) the update it needs. */
  /** Whether the document is an article this tracker analyses. */
  tracks(document: vscode.TextDocument): boolean {
    return isSupported(document, this.settings()) && !this.excluded.has(document.uri.toString());
  }

  /** Stops tracking a document for good, e.g. an export the extension opened. */
  exclude(document: vscode.TextDocument): void {
    this.excluded.add(document.uri.toString());
    this.forget(document.uri);
  }

  async ensure(document: vscode.TextDocument): Promise<TrackedAnalysis | undefined> {
    if (!this.tracks(document)) return undefined;
    if (!this.current(document) && !this.isPending(document)) this.schedule(document, 0);
    await this.whenIdle();
    return this.latest(document);
  }

  /** Resolves once no document has a timer pending or an analysis running. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Analyses the document again although its text is unchanged (its decisions changed). */
  refresh(document: vscode.TextDocument): void {
    const state = this.states.get(document.uri.toString());
    if (state?.latest) state.latest = { ...state.latest, version: -1 };
    if (state) this.schedule(document, 0);
  }

  /** Drops cached results so every tracked document is analysed again (after a settings change). */
  invalidateAll(): void {
    for (const state of this.states.values()) {
      if (state.latest) state.latest = { ...state.latest, version: -1 };
    }
  }

  trackedDocuments(): vscode.TextDocument[] {
    return [...this.states.values()].map((s) => s.document);
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.excluded.delete(key); // closed for good
    const state = this.states.get(key);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    this.states.delete(key);
    this.client.forget(key);
    this.forgotten.fire(uri);
    this.notifyIfIdle();
  }

  dispose(): void {
    this.changes.dispose();
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    this.states.clear();
    this.notifyIfIdle();
    this.updated.dispose();
    this.forgotten.dispose();
    this.failed.dispose();
  }

  private run(state: DocumentState): void {
    const { document } = state;
    if (state.running) {
      state.rerun = true;
      return;
    }
    if (document.isClosed || this.states.get(document.uri.toString()) !== state || state.latest?.version === document.version) {
      this.notifyIfIdle();
      return;
    }
    const version = document.version;
    const key = document.uri.toString();
    state.running = true;
    // Marks the run finished before anyone hears of the result, so listeners see the true pending state.
    const finish = (): boolean => {
      state.running = false;
      const again = state.rerun || (!document.isClosed && document.version !== version && !state.timer);
      state.rerun = false;
      return again && this.states.get(key) === state;
    };
    const edits = state.edits;
    state.edits = [];
    const options = { ...analyzeOptionsFor(document, this.settings()), review: this.reviewFor(document) };
    this.client.analyze(document.getText(), options, key, edits).then(
      ({ analysis, elapsedMs }) => {
        const again = finish();
        if (this.states.get(key) === state) {
          state.latest = { document, analysis, version, elapsedMs };
          this.updated.fire(state.latest);
        }
        this.continueOrSettle(state, again);
      },
      (error: unknown) => {
        const again = finish();
        if (!(error instanceof SupersededError)) {
          this.failed.fire({ document, error: error instanceof Error ? error : new Error(String(error)) });
        }
        this.continueOrSettle(state, again);
      },
    );
  }

  private continueOrSettle(state: DocumentState, again: boolean): void {
    if (again) this.run(state);
    else this.notifyIfIdle();
  }

  private isIdle(): boolean {
    for (const state of this.states.values()) if (state.timer || state.running) return false;
    return true;
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
