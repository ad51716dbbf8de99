import * as vscode from 'vscode';
import type { Ledger } from '../engine/ledger';
import { buildLedgerTree, type LedgerRow } from './ledgerTreeModel';

export const LEDGER_VIEW_ID = 'onTheRecord.ledger';
export const OPEN_LEDGER_QUOTE_COMMAND = 'onTheRecord.openLedgerQuote';

const ICONS: Record<LedgerRow['kind'], string> = {
  person: 'person', unnamed: 'eye-closed', unattributed: 'question', notQuoted: 'circle-slash', notQuotedPerson: 'person',
  duplicates: 'diff', nearDuplicate: 'diff', file: 'file', quote: 'quote',
};

/** The Quotes in Workspace view: turns the ledger's rows (ledgerTreeModel.ts) into tree items. */
export class LedgerTreeProvider implements vscode.TreeDataProvider<LedgerRow> {
  private readonly changed = new vscode.EventEmitter<LedgerRow | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: LedgerRow[] = [];

  /** Where each file of the ledger is, to open its quotes. */
  constructor(private readonly uriOf: (file: string) => vscode.Uri | undefined) {}

  show(ledger: Ledger | undefined): void {
    this.roots = ledger ? buildLedgerTree(ledger) : [];
    this.changed.fire(undefined);
  }

  get rows(): readonly LedgerRow[] {
    return this.roots;
  }

  getChildren(row?: LedgerRow): LedgerRow[] {
    if (!row) return this.roots;
    return 'children' in row ? row.children : [];
  }

  getTreeItem(row: LedgerRow): vscode.TreeItem {
    const hasChildren = 'children' in row && row.children.length > 0;
    const expanded = row.kind === 'duplicates' || row.kind === 'file';
    const state = !hasChildren
      ? vscode.TreeItemCollapsibleState.None
      : expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(row.label, state);
    item.id = row.id;
    item.description = row.description;
    item.contextValue = `ledger.${row.kind}`;
    item.iconPath = new vscode.ThemeIcon(ICONS[row.kind]);
    if (row.kind === 'file') item.resourceUri = this.uriOf(row.file);
    if (row.kind === 'quote') {
      item.command = this.openCommand(row.file, row.quote.outer.start);
      const speaker = row.quote.attribution.speaker ?? 'unattributed';
      item.tooltip = `${row.quote.text.replace(/\s+/g, ' ').trim()}\n— ${speaker}, ${row.file}, line ${row.quote.line}`;
    }
    if (row.kind === 'nearDuplicate') {
      const { first, second } = row.duplicate;
      const tooltip = new vscode.MarkdownString();
      tooltip.appendText(`${first.file}, line ${first.quote.line} → ${second.file}, line ${second.quote.line}\n\n`);
      tooltip.appendMarkdown(row.diffMarkdown);
      item.tooltip = tooltip;
      item.command = this.openCommand(second.file, second.quote.outer.start);
    }
    return item;
  }

  private openCommand(file: string, offset: number): vscode.Command | undefined {
    const uri = this.uriOf(file);
    return uri && { command: OPEN_LEDGER_QUOTE_COMMAND, title: 'Show Quote', arguments: [uri, offset] };
  }
}

/** Opens `uri` with the cursor at the quote's opening mark (an offset needs the document to be placed). */
export async function openLedgerQuote(uri: vscode.Uri, offset: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const at = document.positionAt(offset);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), preview: true });
}
