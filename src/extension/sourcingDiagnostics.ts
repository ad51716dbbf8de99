/**
 * Sourcing findings (computed in the worker with each analysis, see engine/sourcing/) in the Problems
 * panel, each kind at the severity its setting gives (information or hint by default, or off), and quick
 * fixes that make two spellings of a name or two titles of a person agree. The article changes only when
 * the user picks a fix.
 */
import * as vscode from 'vscode';
import type { Analysis, SourcingFinding, SourcingKind } from '../engine/types';
import { SECTION } from './config';
import type { DocumentTracker } from './documents';

export const SOURCING_SOURCE = 'On the Record';

type Level = 'off' | 'hint' | 'information' | 'warning';

/** Each kind's setting (`onTheRecord.diagnostics.<name>`) and its default. */
export const SOURCING_SETTINGS: Record<SourcingKind, { setting: string; level: Level }> = {
  unattributed: { setting: 'unattributedQuote', level: 'information' },
  'unnamed-source': { setting: 'unnamedSource', level: 'information' },
  'name-spelling': { setting: 'nameSpelling', level: 'information' },
  'title-change': { setting: 'titleChange', level: 'information' },
  'headline-quote': { setting: 'headlineQuote', level: 'information' },
  'distant-speaker': { setting: 'distantSpeaker', level: 'hint' },
};

const SEVERITIES: Record<Exclude<Level, 'off'>, vscode.DiagnosticSeverity> = {
  hint: vscode.DiagnosticSeverity.Hint,
  information: vscode.DiagnosticSeverity.Information,
  warning: vscode.DiagnosticSeverity.Warning,
};

export interface SourcingSettings {
  levels: Record<SourcingKind, Level>;
  /** A quote-only paragraph is reported when its speaker was last named more than this many paragraphs back. */
  distantSpeakerParagraphs: number;
}

export function readSourcingSettings(scope?: vscode.ConfigurationScope): SourcingSettings {
  const config = vscode.workspace.getConfiguration(`${SECTION}.diagnostics`, scope);
  const levels = {} as Record<SourcingKind, Level>;
  for (const [kind, { setting, level }] of Object.entries(SOURCING_SETTINGS) as [SourcingKind, { setting: string; level: Level }][]) {
    const value = config.get<string>(setting, level);
    levels[kind] = value === 'off' || value === 'hint' || value === 'information' || value === 'warning' ? value : level;
  }
  return { levels, distantSpeakerParagraphs: Math.max(1, Math.floor(config.get<number>('distantSpeakerParagraphs', 2))) };
}

/** The findings the settings let through. */
export function reportedFindings(analysis: Analysis, settings: SourcingSettings): SourcingFinding[] {
  return (analysis.sourcing?.findings ?? []).filter(
    (f) => settings.levels[f.kind] !== 'off' && (f.kind !== 'distant-speaker' || f.paragraphsBack > settings.distantSpeakerParagraphs),
  );
}

const RELATED_LABELS: Partial<Record<SourcingKind, string>> = {
  'unnamed-source': 'the source',
  'name-spelling': 'the other spelling',
  'title-change': 'the other title',
  'distant-speaker': 'where the speaker was last named',
};

export class SourcingDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('On the Record: sourcing');
  private settings = readSourcingSettings();
  private readonly disposables: vscode.Disposable[];

  constructor(tracker: DocumentTracker) {
    this.disposables = [
      tracker.onDidUpdate((tracked) => this.show(tracked.document, tracked.analysis)),
      tracker.onDidForget((uri) => this.collection.delete(uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(`${SECTION}.diagnostics`)) return;
        this.settings = readSourcingSettings();
        for (const document of tracker.trackedDocuments()) {
          const latest = tracker.latest(document);
          if (latest) this.show(document, latest.analysis);
        }
      }),
    ];
    for (const document of tracker.trackedDocuments()) {
      const latest = tracker.latest(document);
      if (latest) this.show(document, latest.analysis);
    }
  }

  show(document: vscode.TextDocument, analysis: Analysis): void {
    const range = (span: { start: number; end: number }): vscode.Range => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    this.collection.set(
      document.uri,
      reportedFindings(analysis, this.settings).map((f) => {
        const diagnostic = new vscode.Diagnostic(range(f), f.message, SEVERITIES[this.settings.levels[f.kind] as Exclude<Level, 'off'>]);
        diagnostic.source = SOURCING_SOURCE;
        diagnostic.code = f.kind;
        const label = RELATED_LABELS[f.kind];
        if (label && f.related.length > 0) {
          diagnostic.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, range(r)), label));
        }
        return diagnostic;
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.collection.dispose();
  }
}

/** Quick fixes for findings that have them: one action per spelling or title to write everywhere. */
export class SourcingFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly tracker: DocumentTracker) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const tracked = this.tracker.current(document);
    if (!tracked?.analysis.sourcing) return [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const actions: vscode.CodeAction[] = [];
    for (const finding of tracked.analysis.sourcing.findings) {
      if (finding.fixes.length === 0 || finding.end < start || finding.start > end) continue;
      const diagnostics = context.diagnostics.filter((d) => d.source === SOURCING_SOURCE && d.code === finding.kind && document.offsetAt(d.range.start) === finding.start);
      for (const fix of finding.fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits) action.edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
        action.diagnostics = diagnostics;
        action.isPreferred = fix.preferred;
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerSourcing(tracker: DocumentTracker, languages: string[]): vscode.Disposable {
  const selector = languages.map((language) => ({ language }));
  return vscode.Disposable.from(
    new SourcingDiagnostics(tracker),
    vscode.languages.registerCodeActionsProvider(selector, new SourcingFixProvider(tracker), { providedCodeActionKinds: SourcingFixProvider.kinds }),
  );
}
