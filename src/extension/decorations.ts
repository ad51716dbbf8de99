import * as vscode from 'vscode';
import type { Analysis, Span } from '../engine/types';
import type { DecorationSnapshot } from './api';
import type { ViewSettings } from './config';
import { allStyleNames, planDecorations, type StyleName } from './decorationPlan';

function styleOptions(name: StyleName): vscode.DecorationRenderOptions {
  const slot = /\d+$/.exec(name)?.[0];
  if (name.startsWith('speaker')) {
    // The labels take the theme's inlay-hint colour: the underline carries the speaker's own. Only
    // borders below the text: a border beside it would widen the line past what word wrap measured.
    return {
      backgroundColor: new vscode.ThemeColor(`onTheRecord.speaker${slot}Background`),
      borderStyle: 'none none solid none',
      borderWidth: '0 0 1px 0',
      borderColor: new vscode.ThemeColor(`onTheRecord.speaker${slot}`),
      overviewRulerColor: new vscode.ThemeColor(`onTheRecord.speaker${slot}`),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    };
  }
  if (name.startsWith('reported')) {
    // Reported speech has no marks to tint: a dotted underline in the speaker's colour sets it apart.
    return {
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 1px 0',
      borderColor: new vscode.ThemeColor(`onTheRecord.speaker${slot}`),
    };
  }
  if (name === 'unattributed') {
    return {
      backgroundColor: new vscode.ThemeColor('onTheRecord.unattributedBackground'),
      borderStyle: 'none none dashed none',
      borderWidth: '0 0 1px 0',
      borderColor: new vscode.ThemeColor('onTheRecord.unattributed'),
      overviewRulerColor: new vscode.ThemeColor('onTheRecord.unattributed'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    };
  }
  return {
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('onTheRecord.lowConfidence'),
  };
}

/**
 * Draws the plan of an analysis into editors. The decoration types are created once; every redraw
 * calls setDecorations exactly once per type (an empty list clears a type), and what was drawn is kept
 * per editor for the test API.
 */
export class DecorationPainter implements vscode.Disposable {
  private readonly styleTypes = new Map<StyleName, vscode.TextEditorDecorationType>();
  private snapshots = new WeakMap<vscode.TextEditor, DecorationSnapshot[]>();

  constructor() {
    for (const name of allStyleNames()) {
      this.styleTypes.set(name, vscode.window.createTextEditorDecorationType({ ...styleOptions(name), rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }));
    }
  }

  /** Draws `analysis` (which must describe the editor's document as it is now), or clears the editor when undefined. */
  paint(editor: vscode.TextEditor, analysis: Analysis | undefined, settings: Pick<ViewSettings, 'showReportedSpeech'>): void {
    const document = editor.document;
    const toRange = (span: Span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const plan = analysis ? planDecorations(analysis, settings) : undefined;

    for (const [name, type] of this.styleTypes) {
      editor.setDecorations(type, plan ? (plan.styles.get(name) ?? []).map(toRange) : []);
    }

    this.snapshots.set(
      editor,
      plan ? plan.groups.map((group) => ({ key: group.key, ranges: group.spans.map(toRange) })) : [],
    );
  }

  clear(editor: vscode.TextEditor): void {
    this.paint(editor, undefined, { showReportedSpeech: true });
  }

  snapshotFor(editor: vscode.TextEditor): DecorationSnapshot[] {
    return this.snapshots.get(editor) ?? [];
  }

  dispose(): void {
    for (const type of this.styleTypes.values()) type.dispose();
    this.snapshots = new WeakMap();
  }
}
