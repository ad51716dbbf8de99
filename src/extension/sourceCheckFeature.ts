/**
 * Check Quotes Against Source…: the article's quotes compared with transcripts, captions or releases the user
 * picks (files or open editors). Results show as warnings in the Problems panel (altered, speaker differs, not
 * found) with a quick fix that opens the source beside the article at the passage, and in a hover over each
 * checked quote. A result belongs to the version of the article it was made for: an edit clears it. The check
 * runs in a worker thread of its own (dist/sourceCheckWorker.js), so a long transcript never holds the editor.
 */
import * as vscode from 'vscode';
// Single modules, not the package index: the extension bundle carries no more of the engine than it uses.
import { quotesToCheck } from '../engine/sourceCheck/articleQuotes';
import type { QuoteCheck, SourceSummary } from '../engine/sourceCheck/types';
import { exportSourceCheck } from '../export/sourceCheck';
import type { Controller } from './controller';
import { checkInWorker } from './sourceCheckClient';
import { sourceCheckHover, sourceCheckMessage } from './sourceCheckText';

export const CHECK_AGAINST_SOURCE_COMMAND = 'onTheRecord.checkQuotesAgainstSource';
export const OPEN_SOURCE_AT_PASSAGE_COMMAND = 'onTheRecord.openSourceAtPassage';
const DIAGNOSTIC_SOURCE = 'On the Record: source check';
const SOURCE_EXTENSIONS = ['txt', 'md', 'markdown', 'srt', 'vtt'];

/** What a check found for one article: the results and the sources' documents, for links. */
interface CheckedArticle {
  version: number;
  checks: QuoteCheck[];
  sources: SourceSummary[];
  /** Where each source came from, by its name. */
  sourceUris: Map<string, vscode.Uri>;
}

/** What the command returns (for tests and scripts): the results and the sources' problems. */
export interface SourceCheckOutcome {
  checks: QuoteCheck[];
  problems: { source: string; line: number; message: string }[];
}

interface OpenAtPassage {
  uri: string;
  start: number;
  end: number;
}

export class SourceCheckFeature implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly checked = new Map<string, CheckedArticle>();
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
      vscode.languages.registerHoverProvider(selector, { provideHover: (document, position) => this.hover(document, position) }),
      vscode.languages.registerCodeActionsProvider(selector, { provideCodeActions: (document, _range, context) => this.quickFixes(document, context) }, {
        providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
      }),
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
    const given = arg && typeof arg === 'object' && 'sources' in arg ? (arg as { sources: unknown }).sources : undefined;
    const fromUri = arg instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString()) : undefined;
    const article = fromUri ?? this.controller.targetDocument();
    if (!article || !this.controller.isSupported(article)) {
      void vscode.window.showInformationMessage('Open a plain text or Markdown article to check its quotes against a source.');
      return undefined;
    }
    const sourceUris = Array.isArray(given) ? given.filter((u): u is vscode.Uri => u instanceof vscode.Uri) : await pickSources(article);
    if (!sourceUris || sourceUris.length === 0) return undefined;

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
    this.checked.set(article.uri.toString(), { version, checks, sources: result.sources, sourceUris: byName });
    this.showDiagnostics(article, checks, byName);
    if (!Array.isArray(given)) void this.announce(article, checks, result.sources, problems);
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
    const choice = await vscode.window.showInformationMessage(summary + notice, 'Open Worksheet');
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

  private checkAt(document: vscode.TextDocument, offset: number): { article: CheckedArticle; check: QuoteCheck } | undefined {
    const article = this.checked.get(document.uri.toString());
    if (!article || article.version !== document.version) return undefined;
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
    const markdown = new vscode.MarkdownString(sourceCheckHover(check, link));
    markdown.isTrusted = { enabledCommands: [OPEN_SOURCE_AT_PASSAGE_COMMAND] };
    const range = new vscode.Range(document.positionAt(check.quote.start), document.positionAt(check.quote.end));
    return new vscode.Hover(markdown, range);
  }

  private quickFixes(document: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
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
    if (this.checked.delete(uri.toString())) this.diagnostics.delete(uri);
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

/** Open editors (other than the article) first, then files picked in a dialog. */
async function pickSources(article: vscode.TextDocument): Promise<vscode.Uri[] | undefined> {
  const open = vscode.workspace.textDocuments.filter((d) => d !== article && !d.isClosed && (d.uri.scheme === 'file' || d.uri.scheme === 'untitled'));
  type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
  const browse: Item = { label: '$(folder-opened) Choose Files…', description: 'transcripts, captions (.srt, .vtt), releases' };
  const items: Item[] = [browse, ...open.map((d) => ({ label: labelOf(d.uri), description: 'open editor', uri: d.uri }))];
  const picked = open.length === 0 ? [browse] : await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Check Quotes Against Source', placeHolder: 'Sources to check the quotes against' });
  if (!picked || picked.length === 0) return undefined;
  const uris = picked.filter((item) => item.uri).map((item) => item.uri as vscode.Uri);
  if (picked.includes(browse)) {
    const files = await vscode.window.showOpenDialog({
      canSelectMany: true,
      openLabel: 'Check Against',
      filters: { 'Transcripts and captions': SOURCE_EXTENSIONS, 'All files': ['*'] },
    });
    if (files) uris.push(...files);
  }
  return uris;
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
