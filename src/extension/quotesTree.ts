import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import type { ViewSettings } from './config';
import { speakerDisplayName } from './labels';
import { buildQuoteTree, type QuoteNode, type TreeMode, type TreeNode } from './treeModel';
import type { QuoteReview } from '../engine/review/place';
import type { Quote } from '../engine/types';
import { keepsQuote, withReview, type ReviewFilter } from './reviewTree';

export const QUOTES_VIEW_ID = 'onTheRecord.quotes';
/** Above this many quotes the speaker groups start collapsed, so the view does not resolve thousands of items at once. */
export const EXPAND_LIMIT = 500;
export const REVEAL_SPAN_COMMAND = 'onTheRecord.revealSpan';
/** Lists one speaker's quotes in the view (the "and 12 more" link of an entity card). */
export const SHOW_SPEAKER_COMMAND = 'onTheRecord.showSpeakerQuotes';

function iconFor(node: TreeNode): vscode.ThemeIcon {
  const color = new vscode.ThemeColor(node.colorSlot === null ? 'onTheRecord.unattributed' : `onTheRecord.speaker${node.colorSlot}`);
  if (node.kind === 'speaker') return new vscode.ThemeIcon(node.speaker === null ? 'question' : 'person', color);
  return new vscode.ThemeIcon(node.quote.kind === 'reported' ? 'comment' : 'quote', color);
}

/**
 * What opening a quote row runs. `vscode.open` gets the workbench's own open gestures, as the Explorer and
 * Problems do: a single click previews (the editor scrolls, the focus stays in the view), Enter and a
 * double-click go to the editor. The cursor waits at the quote's opening mark with nothing selected, so no
 * keystroke can replace the quote; the controller highlights the quote while its row is selected.
 * preserveFocus is left out on purpose: set, it would override the gesture.
 */
export function openQuoteCommand(document: vscode.TextDocument, start: number): vscode.Command {
  const at = document.positionAt(start);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const options: vscode.TextDocumentShowOptions = { selection: new vscode.Range(at, at), viewColumn: shown?.viewColumn };
  return { command: 'vscode.open', title: 'Show Quote', arguments: [document.uri, options] };
}

/**
 * The "Quotes" view: the quotes of the document shown in the active editor, by speaker or in order.
 * The structure comes from buildQuoteTree; this class only turns nodes into tree items.
 */
export class QuotesTreeProvider implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  private document: vscode.TextDocument | undefined;
  private analysis: Analysis | undefined;
  private roots: TreeNode[] = [];
  private readonly parents = new Map<string, TreeNode>();
  private expandGroups = true;
  /** While the view is hidden, changes only mark it stale; it is rebuilt when it shows again. */
  private visible = true;
  private stale = true;
  private changedWhileHidden = false;
  mode: TreeMode = 'bySpeaker';
  filter: ReviewFilter = 'all';
  /** When set (a bar of the Sources panel was clicked), only this speaker's quotes are listed. */
  speakerFilter: string | undefined;

  constructor(
    private readonly settings: () => ViewSettings,
    private readonly reviewOf: (document: vscode.TextDocument, analysis: Analysis, quote: Quote) => QuoteReview | undefined = () => undefined,
  ) {}

  setFilter(filter: ReviewFilter): void {
    this.filter = filter;
    this.rebuild();
  }

  private quoteReview(quote: Quote): QuoteReview | undefined {
    return this.document && this.analysis ? this.reviewOf(this.document, this.analysis, quote) : undefined;
  }

  get currentDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  get currentAnalysis(): Analysis | undefined {
    return this.analysis;
  }

  /** Shows `analysis` of `document` (or nothing). */
  show(document: vscode.TextDocument | undefined, analysis: Analysis | undefined): void {
    this.document = document;
    this.analysis = analysis;
    this.rebuild();
  }

  setSpeakerFilter(speaker: string | undefined): void {
    this.speakerFilter = speaker;
    this.rebuild();
  }

  setMode(mode: TreeMode): void {
    this.mode = mode;
    this.rebuild();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible && this.changedWhileHidden) {
      this.changedWhileHidden = false;
      this.changed.fire(undefined);
    }
  }

  /** Marks the structure stale; it is rebuilt when next asked for, so a hidden view costs nothing. */
  rebuild(): void {
    this.stale = true;
    if (this.visible) this.changed.fire(undefined);
    else this.changedWhileHidden = true;
  }

  private rootNodes(): TreeNode[] {
    if (!this.stale) return this.roots;
    this.stale = false;
    const keep = (quote: Quote): boolean => keepsQuote(this.filter, quote, this.quoteReview(quote));
    this.roots = this.analysis ? buildQuoteTree(this.analysis, this.mode, this.settings(), keep) : [];
    const only = this.speakerFilter;
    if (only !== undefined) this.roots = this.roots.filter((node) => node.speaker === only);
    this.parents.clear();
    let quoteCount = 0;
    for (const root of this.roots) {
      if (root.kind !== 'speaker') continue;
      quoteCount += root.quotes.length;
      for (const child of root.quotes) this.parents.set(child.id, root);
    }
    this.expandGroups = quoteCount <= EXPAND_LIMIT;
    return this.roots;
  }

  /** The group of a speaker (by name; null for Unattributed), when the view groups by speaker. */
  speakerNode(speaker: string | null): TreeNode | undefined {
    return this.rootNodes().find((node) => node.kind === 'speaker' && node.speaker === speaker);
  }

  /** The row of the shown quote covering `offset` (marks included), if any. */
  quoteNodeAt(offset: number): QuoteNode | undefined {
    const rows = this.rootNodes().flatMap((node) => (node.kind === 'speaker' ? node.quotes : [node]));
    return rows.find((row) => row.quote.outer.start <= offset && offset <= row.quote.outer.end);
  }

  getChildren(element?: TreeNode): TreeNode[] {
    if (!element) return this.rootNodes();
    return element.kind === 'speaker' ? element.quotes : [];
  }

  getParent(element: TreeNode): TreeNode | undefined {
    this.rootNodes();
    return element.kind === 'quote' ? this.parents.get(element.id) : undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const state = this.expandGroups ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(node.label, state);
      item.id = node.id;
      item.description = node.description;
      item.iconPath = iconFor(node);
      item.contextValue = node.speaker === null ? 'unattributedGroup' : 'speaker';
      item.tooltip = this.speakerTooltip(node.speaker, node.description);
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.iconPath = iconFor(node);
    item.contextValue = 'quote';
    withReview(item, node.quote, this.quoteReview(node.quote), (id, color) => new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined));
    if (this.document) item.command = openQuoteCommand(this.document, node.quote.outer.start);
    return item;
  }

  /** Quote tooltips are built on hover only: a long article would otherwise build thousands up front. */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.kind === 'quote' && item.tooltip === undefined) item.tooltip = this.quoteTooltip(node);
    return item;
  }

  private speakerTooltip(speaker: string | null, counts: string): string {
    if (speaker === null) return `Quotes with no speaker found (${counts})`;
    const entity = this.analysis?.entities.find((e) => e.name === speaker);
    return entity?.role ? `${speaker}, ${entity.role} (${counts})` : `${speaker} (${counts})`;
  }

  private quoteTooltip(node: QuoteNode): vscode.MarkdownString {
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(node.quote.text.replace(/\s+/g, ' ').trim());
    const speaker = this.analysis ? speakerDisplayName(node.quote.attribution, this.analysis, 'fullName') : null;
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(`— ${speaker ?? 'unattributed'}, line ${node.quote.line}`);
    return tooltip;
  }
}
