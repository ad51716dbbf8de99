/**
 * The editor's own navigation for the people, organizations and places of an article: Outline and
 * breadcrumbs, Go to Symbol in Workspace, references, highlights, Go to Definition and Rename. Each
 * provider reads the analysis of the document as it is now; none changes the article except Rename,
 * whose edit the user previews before it is applied.
 */
import * as vscode from 'vscode';
import type { Analysis, Entity, Span } from '../engine/types';
import { isNaming, namePartOf } from '../engine/people/mentions';
import { renameEdits, renameRefusal } from '../engine/people/rename';
import type { DocumentTracker } from './documents';
import type { ExtensionSettings } from './config';
import { mentionAt, quoteAt } from './lookup';
import { shownQuotes } from './quoteFilter';
import { definitionOf, outlineOf, type OutlineKind, type OutlineNode } from './peopleOutline';

const SYMBOL_KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Class,
  organization: vscode.SymbolKind.Namespace,
  place: vscode.SymbolKind.Package,
  source: vscode.SymbolKind.Variable,
  quote: vscode.SymbolKind.String,
  group: vscode.SymbolKind.Module,
};

const rangeOf = (document: vscode.TextDocument, span: Span): vscode.Range => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));

/**
 * The analysis of the document as it is now: the one on its way is waited for, never hurried (an analysis
 * out of turn would redraw the views while the user works in them); only a document never analysed is
 * analysed now.
 */
async function analysisNow(tracker: DocumentTracker, document: vscode.TextDocument): Promise<Analysis | undefined> {
  const current = tracker.current(document);
  if (current) return current.analysis;
  if (tracker.isPending(document)) await tracker.whenIdle();
  else if (!tracker.latest(document)) await tracker.ensure(document);
  const latest = tracker.current(document);
  return latest?.analysis;
}

/**
 * The entity named or pointed at (a pronoun, a role noun) at `position`, or, given the settings that say
 * which quotes are shown, the speaker of the quote there.
 */
function entityAt(analysis: Analysis, document: vscode.TextDocument, position: vscode.Position, settings: ExtensionSettings | undefined): Entity | undefined {
  const offset = document.offsetAt(position);
  const hit = mentionAt(analysis, offset);
  if (hit || !settings) return hit?.entity;
  const quote = quoteAt(shownQuotes(analysis, settings), offset);
  const id = quote?.attribution.entityId;
  return id ? analysis.entities.find((e) => e.id === id) : undefined;
}

export class PeopleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly tracker: DocumentTracker,
    private readonly settings: () => ExtensionSettings,
  ) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const analysis = await analysisNow(this.tracker, document);
    if (!analysis) return [];
    const firstLine = document.lineAt(0).range.end.character;
    const toSymbol = (node: OutlineNode): vscode.DocumentSymbol => {
      // A group's range stays on the first line (see outlineOf): a range over lines would pin them.
      const range = node.kind === 'group' ? new vscode.Range(0, 0, 0, Math.min(node.range.end, firstLine)) : rangeOf(document, node.range);
      const symbol = new vscode.DocumentSymbol(node.name, node.detail, SYMBOL_KINDS[node.kind], range, node.kind === 'group' ? range.with({ end: range.start }) : rangeOf(document, node.selection));
      symbol.children = node.children.map(toSymbol);
      return symbol;
    };
    return outlineOf(analysis, this.settings()).map(toSymbol);
  }
}

/** Whether the characters of `query` appear in `name` in order, ignoring case (VS Code ranks the rest). */
export function matchesQuery(name: string, query: string): boolean {
  const haystack = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase()) {
    if (ch === ' ') continue;
    at = haystack.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Articles of the workspace read for Go to Symbol in Workspace, at most. */
const MOST_WORKSPACE_ARTICLES = 200;

/** The people, organizations and places of every article in the workspace, found where first named in full. */
export class PeopleWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly tracker: DocumentTracker) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const documents = new Map<string, vscode.TextDocument>();
    for (const d of vscode.workspace.textDocuments) if (this.tracker.tracks(d)) documents.set(d.uri.toString(), d);
    if (vscode.workspace.workspaceFolders?.length) {
      const files = await vscode.workspace.findFiles('**/*.{txt,md,markdown}', '**/{node_modules,.git}/**', MOST_WORKSPACE_ARTICLES);
      for (const uri of files) {
        if (token.isCancellationRequested) return [];
        if (documents.has(uri.toString())) continue;
        const document = await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined);
        if (document && this.tracker.tracks(document)) documents.set(uri.toString(), document);
      }
    }
    const symbols: vscode.SymbolInformation[] = [];
    for (const document of documents.values()) {
      if (token.isCancellationRequested) return [];
      const analysis = await analysisNow(this.tracker, document);
      if (!analysis) continue;
      const container = vscode.workspace.asRelativePath(document.uri, false);
      for (const entity of analysis.entities) {
        const name = entity.name.replace(/\s+/g, ' ');
        const at = definitionOf(entity);
        if (!at || !matchesQuery(name, query)) continue;
        const kind = SYMBOL_KINDS[entity.type];
        symbols.push(new vscode.SymbolInformation(name, kind, container, new vscode.Location(document.uri, rangeOf(document, at))));
      }
    }
    return symbols;
  }
}

/** References, highlights and definitions: every mention of the entity at the cursor, and its first full one. */
export class PeopleNavigationProvider implements vscode.ReferenceProvider, vscode.DocumentHighlightProvider, vscode.DefinitionProvider {
  constructor(
    private readonly tracker: DocumentTracker,
    private readonly settings: () => ExtensionSettings,
  ) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[]> {
    const found = await this.entityAt(document, position);
    if (!found) return [];
    const definition = definitionOf(found.entity);
    return found.entity.mentions
      .filter((m) => context.includeDeclaration || !definition || !(m.start <= definition.start && definition.end <= m.end))
      .map((m) => new vscode.Location(document.uri, rangeOf(document, m)));
  }

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    // Only on a mention: a cursor moving through quotes would light up their speakers all the time.
    const found = await this.entityAt(document, position, false);
    if (!found) return [];
    const definition = definitionOf(found.entity);
    return found.entity.mentions.map((m) => {
      const isDefinition = definition !== undefined && m.start <= definition.start && definition.end <= m.end;
      const kind = isDefinition ? vscode.DocumentHighlightKind.Write : isNaming(m) ? vscode.DocumentHighlightKind.Text : vscode.DocumentHighlightKind.Read;
      return new vscode.DocumentHighlight(rangeOf(document, m), kind);
    });
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const found = await this.entityAt(document, position);
    const definition = found && definitionOf(found.entity);
    return definition && new vscode.Location(document.uri, rangeOf(document, definition));
  }

  private async entityAt(document: vscode.TextDocument, position: vscode.Position, orSpeaker = true): Promise<{ entity: Entity; analysis: Analysis } | undefined> {
    const analysis = await analysisNow(this.tracker, document);
    const entity = analysis && entityAt(analysis, document, position, orSpeaker ? this.settings() : undefined);
    return entity && analysis && { entity, analysis };
  }
}

/** Rename (F2) of a person, organization or place at one of its names: one edit, previewed before it applies. */
export class PeopleRenameProvider implements vscode.RenameProvider {
  constructor(private readonly tracker: DocumentTracker) {}

  async prepareRename(document: vscode.TextDocument, position: vscode.Position): Promise<{ range: vscode.Range; placeholder: string }> {
    const { entity, mention } = await this.namingMentionAt(document, position);
    return { range: rangeOf(document, namePartOf(mention, entity)), placeholder: entity.name.replace(/\s+/g, ' ') };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit> {
    const { entity } = await this.namingMentionAt(document, position);
    const result = renameEdits(entity, newName, document.getText());
    if ('refused' in result) throw new Error(result.refused);
    const edit = new vscode.WorkspaceEdit();
    const metadata: vscode.WorkspaceEditEntryMetadata = {
      needsConfirmation: true,
      label: `Rename ${entity.name} to ${newName.trim()}`,
      description: 'every mention that names it; pronouns and descriptions stay as written',
    };
    for (const e of result.edits) edit.replace(document.uri, rangeOf(document, e), e.text, metadata);
    return edit;
  }

  private async namingMentionAt(document: vscode.TextDocument, position: vscode.Position) {
    const analysis = await analysisNow(this.tracker, document);
    if (!analysis) throw new Error('The article is still being read; try again in a moment.');
    const hit = mentionAt(analysis, document.offsetAt(position));
    if (!hit) throw new Error('Rename works on the name of a person, organization or place.');
    const refusal = renameRefusal(hit.mention);
    if (refusal) throw new Error(refusal);
    return hit;
  }
}

/** Registers the providers for the article languages; call again when the languages change. */
export function registerPeopleProviders(tracker: DocumentTracker, settings: () => ExtensionSettings): vscode.Disposable {
  const selector = settings().languages.map((language) => ({ language }));
  const navigation = new PeopleNavigationProvider(tracker, settings);
  const registrations = [
    vscode.languages.registerDocumentSymbolProvider(selector, new PeopleSymbolProvider(tracker, settings), { label: 'On the Record' }),
    vscode.languages.registerWorkspaceSymbolProvider(new PeopleWorkspaceSymbolProvider(tracker)),
    vscode.languages.registerReferenceProvider(selector, navigation),
    vscode.languages.registerDocumentHighlightProvider(selector, navigation),
    vscode.languages.registerDefinitionProvider(selector, navigation),
    vscode.languages.registerRenameProvider(selector, new PeopleRenameProvider(tracker)),
  ];
  return vscode.Disposable.from(...registrations);
}
