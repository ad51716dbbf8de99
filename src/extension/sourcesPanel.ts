/**
 * The Sources panel: a webview beside the article with the bar chart of its sources (sourcesChart.ts), the
 * named / unnamed and direct / reported counts and the user's categories (`onTheRecord.sourceTags`). It loads
 * nothing remote; its content security policy allows only its own inline style and script (by nonce).
 * Clicking a bar lists that source's quotes alone in the Quotes view; Export SVG saves the chart.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { sourcesPicture, type SourcesPicture, type SourceTags } from '../engine/ledger';
import type { Controller } from './controller';
import { escapeXml, EXPORT_COLORS, sourcesSvg, THEME_COLORS, type ChartMeasure } from './sourcesChart';

export const SHOW_SOURCES_COMMAND = 'onTheRecord.showSources';
export const CLEAR_SOURCE_FILTER_COMMAND = 'onTheRecord.clearSourceFilter';
/** What a click on a bar runs (a command, so it can be bound or run from code too). */
export const FILTER_BY_SOURCE_COMMAND = 'onTheRecord.filterQuotesBySource';
const CONTEXT_SOURCE_FILTER = 'onTheRecord.sourceFilter';

type PanelMessage = { type: 'filter'; speaker: string } | { type: 'measure'; measure: ChartMeasure } | { type: 'exportSvg' };

/** The user's source categories: a name -> list of tags setting; anything else in it is ignored. */
export function readSourceTags(): SourceTags {
  const raw = vscode.workspace.getConfiguration('onTheRecord').get<unknown>('sourceTags', {});
  const tags: Record<string, string[]> = {};
  if (raw && typeof raw === 'object') {
    for (const [name, list] of Object.entries(raw)) {
      const values = Array.isArray(list) ? list : [list];
      tags[name] = values.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim());
    }
  }
  return tags;
}

export class SourcesPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private measure: ChartMeasure = 'quotes';
  private picture: SourcesPicture | undefined;
  private title = '';
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly controller: Controller) {
    this.disposables.push(
      vscode.commands.registerCommand(SHOW_SOURCES_COMMAND, () => this.show()),
      vscode.commands.registerCommand(CLEAR_SOURCE_FILTER_COMMAND, () => this.filter(undefined)),
      vscode.commands.registerCommand(FILTER_BY_SOURCE_COMMAND, (speaker: unknown) => {
        this.filter(typeof speaker === 'string' ? speaker : undefined);
      }),
      controller.tracker.onDidUpdate(({ document }) => {
        if (document === controller.tree.currentDocument) this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => setTimeout(() => this.refresh(), 0)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('onTheRecord.sourceTags')) this.refresh();
      }),
    );
  }

  /** Opens (or reveals) the panel; returns what it shows, for tests. */
  show(): SourcesPicture | undefined {
    if (!this.panel) {
      const column = { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true };
      this.panel = vscode.window.createWebviewPanel('onTheRecord.sources', 'Sources', column, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: PanelMessage) => this.onMessage(message));
    } else {
      this.panel.reveal(undefined, true);
    }
    this.refresh();
    return this.picture;
  }

  private refresh(): void {
    if (!this.panel) return;
    const document = this.controller.tree.currentDocument;
    const analysis = this.controller.tree.currentAnalysis;
    const reported = this.controller.settings.showReportedSpeech;
    this.picture = analysis && sourcesPicture(analysis, readSourceTags(), { reported });
    this.title = document ? path.basename(document.uri.path) || document.uri.path : '';
    this.panel.title = this.title ? `Sources: ${this.title}` : 'Sources';
    this.panel.webview.html = this.html();
  }

  private async onMessage(message: PanelMessage): Promise<void> {
    if (message.type === 'filter') this.filter(message.speaker);
    else if (message.type === 'measure') {
      this.measure = message.measure === 'words' ? 'words' : 'quotes';
      this.refresh();
    } else if (message.type === 'exportSvg') await this.exportSvg();
  }

  private filter(speaker: string | undefined): void {
    this.controller.tree.setSpeakerFilter(speaker);
    void vscode.commands.executeCommand('setContext', CONTEXT_SOURCE_FILTER, speaker !== undefined);
    if (speaker !== undefined) void vscode.commands.executeCommand('onTheRecord.quotes.focus');
  }

  private async exportSvg(): Promise<void> {
    if (!this.picture) return;
    const document = this.controller.tree.currentDocument;
    const beside = (uri: vscode.Uri) => uri.with({ path: uri.path.replace(/(\.[^./]+)?$/, '-sources.svg') });
    const base = document?.uri.scheme === 'file' ? beside(document.uri) : undefined;
    const target = await vscode.window.showSaveDialog({ defaultUri: base, filters: { SVG: ['svg'] }, title: 'Export the Sources Chart' });
    if (!target) return;
    const svg = sourcesSvg(this.picture, this.measure, EXPORT_COLORS, this.title);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
    void vscode.window.showInformationMessage(`Saved the sources chart to ${path.basename(target.path)}.`);
  }

  private html(): string {
    const nonce = randomBytes(16).toString('base64');
    const csp = `default-src 'none'; img-src data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
    const picture = this.picture;
    const body = picture
      ? `<div class="tools">
          <label><input type="radio" name="m" value="quotes"${this.measure === 'quotes' ? ' checked' : ''}> Share of quotes</label>
          <label><input type="radio" name="m" value="words"${this.measure === 'words' ? ' checked' : ''}> Share of quoted words</label>
          <button id="export">Export SVG…</button>
        </div>
        ${sourcesSvg(picture, this.measure, THEME_COLORS, this.title)}
        ${tagTable(picture)}
        <p class="hint">Click a bar to list that source's quotes alone in the Quotes view.</p>`
      : '<p>Open a plain text or Markdown article to see its sources.</p>';
    return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
  .tools { display: flex; gap: 1em; align-items: center; margin: 0.5em 0; }
  button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 4px 10px; cursor: pointer; }
  button:hover { background: var(--vscode-button-hoverBackground); }
  svg { max-width: 100%; height: auto; }
  .bar { cursor: pointer; }
  .bar:hover rect, .bar:focus rect { opacity: 0.8; }
  .bar:focus { outline: 1px solid var(--vscode-focusBorder); }
  table { border-collapse: collapse; margin-top: 0.5em; }
  td, th { padding: 2px 10px; text-align: left; border-bottom: 1px solid var(--vscode-panel-border); }
  .hint { color: var(--vscode-descriptionForeground); }
</style></head><body>
${body}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  for (const bar of document.querySelectorAll('.bar')) {
    const pick = () => vscode.postMessage({ type: 'filter', speaker: bar.dataset.speaker });
    bar.addEventListener('click', pick);
    bar.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') pick(); });
  }
  for (const radio of document.querySelectorAll('input[name=m]')) {
    radio.addEventListener('change', () => vscode.postMessage({ type: 'measure', measure: radio.value }));
  }
  document.getElementById('export')?.addEventListener('click', () => vscode.postMessage({ type: 'exportSvg' }));
</script></body></html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function tagTable(picture: SourcesPicture): string {
  if (picture.tags.length === 0) return '';
  const rows = picture.tags.map((t) => `<tr><td>${escapeXml(t.tag)}</td><td>${t.quotes}</td><td>${t.words}</td></tr>`).join('');
  return `<table><tr><th>Category (your tags)</th><th>Quotes</th><th>Words</th></tr>${rows}</table>`;
}
