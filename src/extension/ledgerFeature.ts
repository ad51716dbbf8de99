/**
 * The workspace ledger in the editor: finds the articles (files.exclude through VS Code's file search, then
 * .gitignore and search.exclude through ArticleFilter), indexes them on demand in a worker thread of its own
 * with a cancellable progress notification, and keeps the index up to date from a file watcher.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildLedger, type Ledger } from '../engine/ledger';
import { AnalysisClient } from '../worker/client';
import { readSettings, SECTION } from './config';
import { ARTICLE_GLOB, ArticleFilter, articleLanguage } from './ledgerFilter';
import { indexArticles, type LedgerAnalysis } from './ledgerIndexer';
import { LEDGER_VIEW_ID, LedgerTreeProvider, OPEN_LEDGER_QUOTE_COMMAND, openLedgerQuote } from './ledgerView';

export const INDEX_WORKSPACE_COMMAND = 'onTheRecord.indexWorkspace';
/** Changes from the watcher are gathered this long before the ledger is rebuilt. */
const WATCH_SETTLE_MS = 300;

/** What tests can ask of the ledger (see OnTheRecordApi). */
export interface LedgerApi {
  /** Indexes the workspace (what a click on the view's button does); resolves when the ledger is shown. */
  index(): Promise<Ledger | undefined>;
  /** The ledger after every pending file change has been taken in. */
  current(): Promise<Ledger | undefined>;
}

export class LedgerFeature implements vscode.Disposable {
  private client: AnalysisClient | undefined;
  /** By workspace-relative path (the folder name leads it when the workspace has several folders). */
  private readonly analyses = new Map<string, LedgerAnalysis>();
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly filters = new Map<string, ArticleFilter>();
  private ledger: Ledger | undefined;
  private indexed = false;
  /** Work in progress (an index run or watcher changes), in order. */
  private work: Promise<void> = Promise.resolve();
  private readonly changedFiles = new Set<string>();
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly tree: LedgerTreeProvider;
  private readonly view: vscode.TreeView<unknown>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly workerScript: string) {
    this.tree = new LedgerTreeProvider((file) => this.uris.get(file));
    this.view = vscode.window.createTreeView(LEDGER_VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true });
    const watcher = vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB);
    const gitignores = vscode.workspace.createFileSystemWatcher('**/.gitignore');
    this.disposables.push(
      this.view,
      watcher,
      gitignores,
      watcher.onDidCreate((uri) => this.onFileChanged(uri)),
      watcher.onDidChange((uri) => this.onFileChanged(uri)),
      watcher.onDidDelete((uri) => this.onFileChanged(uri)),
      gitignores.onDidCreate(() => this.reindexIfBuilt()),
      gitignores.onDidChange(() => this.reindexIfBuilt()),
      gitignores.onDidDelete(() => this.reindexIfBuilt()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        const affects = ['files.exclude', 'search.exclude', `${SECTION}.showReportedSpeech`, `${SECTION}.maxFileSizeKB`];
        if (affects.some((section) => event.affectsConfiguration(section))) this.reindexIfBuilt();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reindexIfBuilt()),
      vscode.commands.registerCommand(INDEX_WORKSPACE_COMMAND, async () => {
        // Run from the palette, the view may be hidden: show where the results go.
        if (!this.view.visible) await vscode.commands.executeCommand(`${LEDGER_VIEW_ID}.focus`);
        return this.index(true);
      }),
      vscode.commands.registerCommand(OPEN_LEDGER_QUOTE_COMMAND, (uri: vscode.Uri, offset: number) => openLedgerQuote(uri, offset)),
      { dispose: () => clearTimeout(this.settleTimer) },
    );
  }

  api(): LedgerApi {
    return {
      index: () => this.index(true),
      current: async () => {
        this.flushChanges();
        await this.work;
        return this.ledger;
      },
    };
  }

  /** Indexes the articles; `fresh` reads every one again, otherwise only those not indexed yet. */
  index(fresh: boolean): Promise<Ledger | undefined> {
    const run = this.work.then(() => this.runIndex(fresh));
    this.work = run.then(() => undefined, () => undefined);
    return run;
  }

  private async runIndex(fresh: boolean): Promise<Ledger | undefined> {
    const title = 'Indexing quotes in the workspace';
    const where = { location: vscode.ProgressLocation.Notification, title, cancellable: true };
    return vscode.window.withProgress(where, async (progress, token) => {
      await this.loadFilters();
      if (fresh) this.analyses.clear();
      const found = await vscode.workspace.findFiles(ARTICLE_GLOB, undefined, undefined, token);
      const articles = new Map<string, vscode.Uri>();
      for (const uri of found) {
        const file = this.fileOf(uri);
        if (file !== undefined) articles.set(file, uri);
      }
      for (const file of [...this.analyses.keys()]) if (!articles.has(file)) this.analyses.delete(file);
      this.uris.clear();
      for (const [file, uri] of articles) this.uris.set(file, uri);
      const todo = [...articles.keys()].filter((file) => !this.analyses.has(file)).sort();
      let reported = 0;
      const run = await indexArticles(todo, this.analysisClient(), {
        readText: (file) => this.readText(articles.get(file)!),
        options: (file) => this.analyzeOptions(file),
        isCancelled: () => token.isCancellationRequested,
        onProgress: (done, total) => {
          const percent = Math.floor((done / total) * 100);
          progress.report({ message: `${done} of ${total} articles`, increment: percent - reported });
          reported = percent;
        },
      });
      for (const [file, analysis] of run.analyses) this.analyses.set(file, analysis);
      this.indexed = true;
      this.showLedger(run.cancelled ? `Stopped: ${this.analyses.size} of ${articles.size} articles indexed` : undefined);
      if (run.failed.size > 0) {
        const [file, reason] = run.failed.entries().next().value as [string, string];
        void vscode.window.showWarningMessage(`${run.failed.size} article(s) could not be indexed (${file}: ${reason}).`);
      }
      return this.ledger;
    });
  }

  private showLedger(notice?: string): void {
    this.ledger = buildLedger(this.analyses, { reported: readSettings().showReportedSpeech });
    this.tree.show(this.ledger);
    const { fileCount, quoteCount, people } = this.ledger;
    const counts = `${fileCount} articles · ${quoteCount} quotes · ${people.length} named sources`;
    this.view.message = notice ?? (fileCount === 0 ? 'No plain text or Markdown articles in the workspace.' : counts);
  }

  private reindexIfBuilt(): void {
    if (this.indexed) void this.index(false);
  }

  private onFileChanged(uri: vscode.Uri): void {
    if (!this.indexed) return;
    this.changedFiles.add(uri.toString());
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.flushChanges(), WATCH_SETTLE_MS);
  }

  /** Takes the files the watcher reported in: deleted ones leave, changed and new ones are read again. */
  private flushChanges(): void {
    clearTimeout(this.settleTimer);
    if (this.changedFiles.size === 0) return;
    const uris = [...this.changedFiles].map((u) => vscode.Uri.parse(u));
    this.changedFiles.clear();
    const update = this.work.then(async () => {
      const present: [string, vscode.Uri][] = [];
      for (const uri of uris) {
        const file = this.fileOf(uri);
        const exists = file !== undefined && (await vscode.workspace.fs.stat(uri).then(() => true, () => false));
        if (file !== undefined && exists) present.push([file, uri]);
        else this.forgetUnder(uri);
      }
      const run = await indexArticles(present.map(([file]) => file), this.analysisClient(), {
        readText: (file) => this.readText(present.find(([f]) => f === file)![1]),
        options: (file) => this.analyzeOptions(file),
      });
      for (const [file, uri] of present) {
        const analysis = run.analyses.get(file);
        if (analysis) {
          this.analyses.set(file, analysis);
          this.uris.set(file, uri);
        }
      }
      this.showLedger();
    });
    this.work = update.then(() => undefined, () => undefined);
  }

  /** A deleted file, or every file under a deleted folder. */
  private forgetUnder(uri: vscode.Uri): void {
    const gone = uri.toString();
    for (const [file, known] of [...this.uris]) {
      const at = known.toString();
      if (at === gone || at.startsWith(`${gone}/`)) {
        this.uris.delete(file);
        this.analyses.delete(file);
      }
    }
  }

  /** The ledger's name for a workspace file, or undefined when the ledger does not read it. */
  private fileOf(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const relative = path.posix.relative(folder.uri.path, uri.path);
    const filter = this.filters.get(folder.uri.toString());
    if (!filter || !filter.includes(relative)) return undefined;
    const several = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    return several ? `${folder.name}/${relative}` : relative;
  }

  private async loadFilters(): Promise<void> {
    this.filters.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const filter = new ArticleFilter();
      filter.setSearchExclude(vscode.workspace.getConfiguration('search', folder.uri).get<Record<string, unknown>>('exclude'));
      const gitignores = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'));
      for (const uri of gitignores) {
        const text = await this.readText(uri).catch(() => undefined);
        filter.setGitignore(path.posix.dirname(path.posix.relative(folder.uri.path, uri.path)).replace(/^\.$/, ''), text);
      }
      this.filters.set(folder.uri.toString(), filter);
    }
  }

  /** An open document's text (it may be ahead of the disk), or the file's. */
  private async readText(uri: vscode.Uri): Promise<string> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  }

  private analyzeOptions(file: string) {
    const settings = readSettings();
    return { language: articleLanguage(file), maxLength: settings.maxFileSizeKB * 1024, reported: settings.showReportedSpeech };
  }

  private analysisClient(): AnalysisClient {
    // A client of its own: indexing a workspace never queues ahead of the article being edited.
    this.client ??= new AnalysisClient(this.workerScript, { warmUp: false });
    return this.client;
  }

  dispose(): void {
    this.client?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
