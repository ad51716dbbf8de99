/**
 * Check Quotes Against Source…: the article's quotes compared with transcripts, captions or releases the user
 * picks (files or open editors). Results show as warnings in the Problems panel (altered, speaker differs, not
 * found) with a quick fix that opens the source beside the article at the passage, and in a hover over each
 * checked quote. A result belongs to the version of the article it was made for: an edit clears it. The check
 * runs in a worker thread of its own (dist/sourceCheckWorker.js), so a long transcript never holds the editor.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
// Single modules, not the package index: the extension bundle carries no more of the engine than it uses.
import { quotesToCheck } from '../engine/sourceCheck/articleQuotes';
import type { QuoteCheck, SourceSummary } from '../engine/sourceCheck/types';
import type { DecisionChange } from '../engine/review/record';
import { checkOfQuote } from '../engine/sourceCheck/checkOfQuote';
import type { Analysis, Quote } from '../engine/types';
import { exportSourceCheck } from '../export/sourceCheck';
import { rememberedSourceName, rememberedSourcePaths } from '../review-store/reviewSources';
import type { Controller } from './controller';
import { REVIEW_COMMANDS } from './reviewCommandIds';
import { quoteUnder } from './reviewTarget';
import { checkInWorker } from './sourceCheckClient';
import type { CheckedArticle } from './sourceCheckResults';
import { sourceCheckHover, sourceCheckMessage, verificationSource } from './sourceCheckText';

export const CHECK_AGAINST_SOURCE_COMMAND = 'onTheRecord.checkQuotesAgainstSource';
export const OPEN_SOURCE_AT_PASSAGE_COMMAND = 'onTheRecord.openSourceAtPassage';
/** Marks every quote the last check found matching verified, each with its source passage; returns how many. */
export const MARK_MATCHING_VERIFIED_COMMAND = 'onTheRecord.markMatchingQuotesVerified';
const DIAGNOSTIC_SOURCE = 'On the Record: source check';
const SOURCE_EXTENSIONS = ['txt', 'md', 'markdown', 'srt', 'vtt'];

/** What the command returns (for tests and scripts): the results and the sources' problems. */
export interface SourceCheckOutcome {
  checks: QuoteCheck[];
  problems: { source: string; line: number; message: string }[];
}

/**
 * What code and tests pass instead of the picker: the sources, or `'remembered'` for the article's remembered
 * ones; `remember` stores the sources given in the article's review file.
 */
export interface SourceCheckArgument {
  sources: vscode.Uri[] | 'remembered';
  remember?: boolean;
}

/** The sources chosen, and whether to remember them for the article. */
interface PickedSources {
  uris: vscode.Uri[];
  remember: boolean;
}

interface OpenAtPassage {
  uri: string;
  start: number;
  end: number;
}

export class SourceCheckFeature implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly controller: Controller,
    private readonly workerScript: string,
  ) {
    const selector: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }];
    this.disposables.push(
      this.diagnostics,
      vscode.commands.registerCommand(CHECK_AGAINST_SOURCE_COMMAND, (arg?: unknown) => this.run(arg)),
      vscode.commands.registerCommand(OPEN_SOURCE_AT_PASSAGE_COMMAND, (target: OpenAtPassage) => openAtPassage(target)),
      vscode.commands.registerCommand(MARK_MATCHING_VERIFIED_COMMAND, (uri?: string) => this.markMatchingVerified(uri)),
      vscode.languages.registerHoverProvider(selector, { provideHover: (document, position) => this.hover(document, position) }),
      vscode.languages.registerCodeActionsProvider(
        selector,
        { provideCodeActions: (document, range, context) => this.quickFixes(document, range, context) },
        { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
      ),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.forget(event.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
    );
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  /**
   * `arg` is `{ sources: Uri[] }` from code and tests (no picker), or the article's URI from the context menu.
   * Returns what was found, or undefined when the user cancelled or nothing could be checked.
   */
  private async run(arg?: unknown): Promise<SourceCheckOutcome | undefined> {
    const given = arg && typeof arg === 'object' && 'sources' in arg ? (arg as SourceCheckArgument) : undefined;
    const fromUri = arg instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString()) : undefined;
    const article = fromUri ?? this.controller.targetDocument();
    if (!article || !this.controller.isSupported(article)) {
      void vscode.window.showInformationMessage('Open a plain text or Markdown article to check its quotes against a source.');
      return undefined;
    }
    const remembered = this.rememberedSources(article);
    const givenUris = (sources: SourceCheckArgument['sources']): vscode.Uri[] =>
      sources === 'remembered' ? remembered : sources.filter((u): u is vscode.Uri => u instanceof vscode.Uri);
    const picked: PickedSources | undefined = given ? { uris: givenUris(given.sources), remember: given.remember === true } : await pickSources(article, remembered);
    if (!picked || picked.uris.length === 0) return undefined;
    const sourceUris = picked.uris;

    const sources: { name: string; text: string }[] = [];
    const byName = new Map<string, vscode.Uri>();
    for (const uri of sourceUris) {
      const text = await sourceText(uri);
      if (typeof text !== 'string') {
        void vscode.window.showWarningMessage(`${labelOf(uri)}: ${text.error}`);
        continue;
      }
      sources.push({ name: labelOf(uri), text });
      byName.set(labelOf(uri), uri);
    }
    if (sources.length === 0) return undefined;

    const analysis = await this.controller.api().analysisFor(article.uri);
    if (!analysis) return undefined;
    if (picked.remember) await this.remember(article, sourceUris);
    const version = article.version;
    let result;
    try {
      result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Checking quotes against the source' },
        () => checkInWorker(this.workerScript, quotesToCheck(analysis), sources),
      );
    } catch (error) {
      void vscode.window.showErrorMessage(`Check Quotes Against Source failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    const problems = result.sources.flatMap((s) => s.problems.map((p) => ({ source: s.name, line: p.line, message: p.message })));
    if (result.sources.every((source) => source.passages === 0)) {
      const why = problems.length ? ` (${problems[0].source}: ${problems[0].message})` : '';
      void vscode.window.showWarningMessage(`No words found in ${sources.length === 1 ? 'the source' : 'any of the sources'}: nothing to check against${why}.`);
      return { checks: [], problems };
    }
    // An edit while the worker ran moved the quotes: these results no longer fit the text.
    if (article.version !== version) {
      void vscode.window.showInformationMessage('The article changed during the check: run Check Quotes Against Source again.');
      return undefined;
    }
    const { checks } = result;
    this.controller.sourceChecks.set(article, { version, checks, sources: result.sources, sourceUris: byName });
    this.showDiagnostics(article, checks, byName);
    if (!given) void this.announce(article, checks, result.sources, problems);
    return { checks, problems };
  }

  private async announce(article: vscode.TextDocument, checks: QuoteCheck[], sources: SourceSummary[], problems: SourceCheckOutcome['problems']): Promise<void> {
    const differing = checks.filter((c) => c.status !== 'matches').length;
    const summary = checks.length === 0
      ? 'No direct quotes to check.'
      : differing === 0
        ? `All ${checks.length} quotes match the source.`
        : `${differing} of ${checks.length} quotes differ from the source (see Problems).`;
    const notice = problems.length ? ` ${problems[0].source}, line ${problems[0].line}: ${problems[0].message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}.` : '';
    const matching = (await this.matchingUnverified(article))?.length ?? 0;
    const markAll = `Mark ${matching} Matching ${matching === 1 ? 'Quote' : 'Quotes'} Verified`;
    const choice = await vscode.window.showInformationMessage(summary + notice, ...(matching > 0 ? [markAll] : []), 'Open Worksheet');
    if (choice === markAll) await this.markMatchingVerified(article.uri.toString());
    if (choice !== 'Open Worksheet') return;
    const worksheet = exportSourceCheck({ file: labelOf(article.uri), text: article.getText(), sources, checks }, 'markdown');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: worksheet, language: 'markdown' }), { preview: false });
  }

  private showDiagnostics(article: vscode.TextDocument, checks: QuoteCheck[], sourceUris: Map<string, vscode.Uri>): void {
    const diagnostics = checks
      .filter((check) => check.status !== 'matches')
      .map((check) => {
        const range = new vscode.Range(article.positionAt(check.quote.start), article.positionAt(check.quote.end));
        const diagnostic = new vscode.Diagnostic(range, sourceCheckMessage(check), vscode.DiagnosticSeverity.Warning);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        diagnostic.code = check.status;
        const passage = check.passages[0];
        const uri = passage ? sourceUris.get(passage.source) : undefined;
        if (passage && uri) {
          const location = new vscode.Location(uri, new vscode.Range(new vscode.Position(passage.line - 1, 0), new vscode.Position(passage.line - 1, 0)));
          diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(location, `source passage: ${passage.text.slice(0, 120)}`)];
        }
        return diagnostic;
      });
    this.diagnostics.set(article.uri, diagnostics);
  }

  /** The article's remembered sources that are files (the review file keeps them relative to the article). */
  private rememberedSources(article: vscode.TextDocument): vscode.Uri[] {
    if (article.uri.scheme !== 'file') return [];
    return rememberedSourcePaths(article.uri.fsPath, this.controller.review.reviewFor(article)).map((file) => vscode.Uri.file(file));
  }

  /** Keeps the sources (those that are files) in the article's review file; an untitled article has none to keep them in. */
  private async remember(article: vscode.TextDocument, sources: vscode.Uri[]): Promise<void> {
    const files = sources.filter((uri) => uri.scheme === 'file');
    if (article.uri.scheme !== 'file' || files.length === 0) {
      void vscode.window.showInformationMessage('Only saved sources can be remembered, for a saved article.');
      return;
    }
    const analysis = await this.controller.api().analysisFor(article.uri);
    const names = files.map((uri) => rememberedSourceName(article.uri.fsPath, uri.fsPath));
    if (analysis) await this.controller.review.recordSources(article, analysis, names);
  }

  /** The quotes the current check found matching that are not verified yet, with the decision each would get. */
  private async matchingUnverified(article: vscode.TextDocument): Promise<{ quote: Quote; change: DecisionChange }[] | undefined> {
    const checked = this.controller.sourceChecks.of(article);
    const tracked = this.controller.tracker.current(article) ?? (await this.controller.tracker.ensure(article));
    if (!checked || !tracked || tracked.document.version !== checked.version) return undefined;
    const changes: { quote: Quote; change: DecisionChange }[] = [];
    for (const check of checked.checks) {
      const verification = check.status === 'matches' ? this.verification(article, tracked.analysis, checked, check.quote.start) : undefined;
      if (!verification || changes.some((c) => c.quote === verification.quote)) continue;
      changes.push({ quote: verification.quote, change: { kind: 'status', status: 'verified', source: verification.source } });
    }
    return changes;
  }

  /**
   * The quote at `offset` as the review commands find it (for a partly quoted sentence, the sentence), when every
   * checked part of it matches the source and it is not verified yet, with where its passages are: a source file
   * named from the article's folder, as the review file beside it names its sources.
   */
  private verification(
    document: vscode.TextDocument,
    analysis: Analysis,
    checked: CheckedArticle,
    offset: number,
  ): { quote: Quote; source: string } | undefined {
    const quote = quoteUnder(analysis, offset, this.controller.settings.showReportedSpeech);
    if (!quote || checkOfQuote(checked.checks, quote)?.status !== 'matches') return undefined;
    if (this.controller.review.placed(document, analysis)?.byQuote.get(quote)?.status === 'verified') return undefined;
    const named = (source: string): string => {
      const uri = checked.sourceUris.get(source);
      return uri?.scheme === 'file' && document.uri.scheme === 'file' ? rememberedSourceName(document.uri.fsPath, uri.fsPath) : source;
    };
    const passages = checked.checks
      .filter((c) => c.quote.start >= quote.start && c.quote.end <= quote.end)
      .flatMap((c) => c.passages.map((p) => ({ ...p, source: named(p.source) })));
    return { quote, source: verificationSource({ passages }) };
  }

  private async markMatchingVerified(uri?: string): Promise<number> {
    const article = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : this.controller.targetDocument();
    const changes = article ? await this.matchingUnverified(article) : undefined;
    if (!article || !changes) {
      void vscode.window.showInformationMessage('Run Check Quotes Against Source on this version of the article first.');
      return 0;
    }
    if (changes.length === 0) {
      void vscode.window.showInformationMessage('Every quote the source matches is verified already.');
      return 0;
    }
    const analysis = this.controller.tracker.current(article)?.analysis;
    if (!analysis || !(await this.controller.review.recordEach(article, analysis, changes))) return 0;
    await this.controller.whenIdle();
    return changes.length;
  }

  private checkAt(document: vscode.TextDocument, offset: number): { article: CheckedArticle; check: QuoteCheck } | undefined {
    const article = this.controller.sourceChecks.of(document);
    if (!article) return undefined;
    const check = article.checks.find((c) => c.quote.start <= offset && offset <= c.quote.end);
    return check ? { article, check } : undefined;
  }

  private hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const found = this.checkAt(document, document.offsetAt(position));
    if (!found) return undefined;
    const { article, check } = found;
    const link = (i: number): string => {
      const target = passageTarget(article, check, i);
      return target ? `command:${OPEN_SOURCE_AT_PASSAGE_COMMAND}?${encodeURIComponent(JSON.stringify([target]))}` : '#';
    };
    let text = sourceCheckHover(check, link);
    const verify = this.verifyCommand(document, check);
    if (verify) text += `\n\n[$(pass) ${verify.title}](command:${verify.command}?${encodeURIComponent(JSON.stringify(verify.arguments))})`;
    const markdown = new vscode.MarkdownString(text, true);
    markdown.isTrusted = { enabledCommands: [OPEN_SOURCE_AT_PASSAGE_COMMAND, REVIEW_COMMANDS.markVerified] };
    const range = new vscode.Range(document.positionAt(check.quote.start), document.positionAt(check.quote.end));
    return new vscode.Hover(markdown, range);
  }

  /** "Mark Verified (matches source)" for a matching quote not verified yet: Mark Verified with the passage as its source. */
  private verifyCommand(document: vscode.TextDocument, check: QuoteCheck): vscode.Command | undefined {
    const tracked = this.controller.tracker.current(document);
    const checked = this.controller.sourceChecks.of(document);
    const verification = tracked && checked && check.status === 'matches' ? this.verification(document, tracked.analysis, checked, check.quote.start) : undefined;
    if (!verification) return undefined;
    const title = 'Mark Verified (matches source)';
    const target = { uri: document.uri.toString(), start: verification.quote.outer.start };
    return { title, command: REVIEW_COMMANDS.markVerified, arguments: [target, { source: verification.source }] };
  }

  private quickFixes(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const under = this.checkAt(document, document.offsetAt(range.start));
    const verify = under && this.verifyCommand(document, under.check);
    if (verify) {
      const action = new vscode.CodeAction(verify.title, vscode.CodeActionKind.QuickFix);
      action.command = verify;
      actions.push(action);
    }
    for (const diagnostic of context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE)) {
      const found = this.checkAt(document, document.offsetAt(diagnostic.range.start));
      const target = found ? passageTarget(found.article, found.check, 0) : undefined;
      if (!target) continue;
      const action = new vscode.CodeAction('Open source at passage', vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.command = { command: OPEN_SOURCE_AT_PASSAGE_COMMAND, title: 'Open source at passage', arguments: [target] };
      actions.push(action);
    }
    return actions;
  }

  private forget(uri: vscode.Uri): void {
    if (this.controller.sourceChecks.forget(uri)) this.diagnostics.delete(uri);
  }
}

function passageTarget(article: CheckedArticle, check: QuoteCheck, index: number): OpenAtPassage | undefined {
  const passage = check.passages[index];
  const uri = passage ? article.sourceUris.get(passage.source) : undefined;
  return passage && uri ? { uri: uri.toString(), start: passage.start, end: passage.end } : undefined;
}

/** Opens the source beside the article with the passage selected and in view. */
async function openAtPassage(target: OpenAtPassage): Promise<vscode.TextEditor | undefined> {
  if (!target || typeof target.uri !== 'string') return undefined;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
  const range = new vscode.Range(document.positionAt(target.start), document.positionAt(target.end));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * The article's remembered sources first (chosen already), then open editors (other than the article), then files
 * picked in a dialog; "Remember these sources" keeps the choice in the article's review file.
 */
async function pickSources(article: vscode.TextDocument, remembered: vscode.Uri[]): Promise<PickedSources | undefined> {
  const isRemembered = (uri: vscode.Uri): boolean => remembered.some((r) => r.toString() === uri.toString());
  const open = vscode.workspace.textDocuments.filter(
    (d) => d !== article && !d.isClosed && (d.uri.scheme === 'file' || d.uri.scheme === 'untitled') && !isRemembered(d.uri),
  );
  type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
  const browse: Item = { label: '$(folder-opened) Choose Files…', description: 'transcripts, captions (.srt, .vtt), releases' };
  const keep: Item = { label: '$(bookmark) Remember these sources for this article', description: 'kept in its review file' };
  const items: Item[] = [
    ...remembered.map((uri) => ({ label: labelOf(uri), description: 'remembered for this article', uri, picked: true })),
    browse,
    ...open.map((d) => ({ label: labelOf(d.uri), description: 'open editor', uri: d.uri })),
    ...(article.uri.scheme === 'file' ? [keep] : []),
  ];
  const ask = open.length > 0 || remembered.length > 0;
  const options = { canPickMany: true, title: 'Check Quotes Against Source', placeHolder: 'Sources to check the quotes against' } as const;
  const picked = ask ? await vscode.window.showQuickPick(items, options) : [browse];
  if (!picked || picked.length === 0) return undefined;
  const uris = picked.filter((item) => item.uri).map((item) => item.uri as vscode.Uri);
  if (picked.includes(browse)) {
    const files = await vscode.window.showOpenDialog({
      canSelectMany: true,
      openLabel: 'Check Against',
      defaultUri: article.uri.scheme === 'file' ? vscode.Uri.file(path.dirname(article.uri.fsPath)) : undefined,
      filters: { 'Transcripts and captions': SOURCE_EXTENSIONS, 'All files': ['*'] },
    });
    if (files) uris.push(...files);
  }
  return { uris, remember: picked.includes(keep) };
}

/** The source's text (from its editor when open, so unsaved edits count), or why it cannot be read. */
async function sourceText(uri: vscode.Uri): Promise<string | { error: string }> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return (await vscode.workspace.openTextDocument(uri)).getText();
  } catch (error) {
    // VS Code refuses binary and very large files.
    return { error: `cannot be read as text (${error instanceof Error ? error.message : String(error)})` };
  }
}

function labelOf(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, false) : uri.path;
}
