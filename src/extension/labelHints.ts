import * as vscode from 'vscode';
import type { Analysis, Quote } from '../engine/types';
import type { ViewSettings } from './config';
import type { DocumentTracker } from './documents';
import { attributionCard } from './hoverCards';
import { cardContext, markdown } from './hovers';
import { planLabels, type PlannedLabel } from './labelPlan';
import type { PlacedReview } from '../engine/review/place';

/**
 * The speaker labels, drawn as inlay hints: text the editor injects into the line, so word wrap makes
 * room for it (a decoration's after-text is not counted and pushed the article's words past the edge).
 * The label links to the speaker's first mention and explains the attribution in its tooltip. Inlay
 * hints all take the theme's inlay-hint colour: the speaker's own colour stays on the quote (its tint
 * and underline) and in the Quotes view.
 */
export class SpeakerLabelHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly quoteOf = new WeakMap<vscode.InlayHint, { quote: Quote; analysis: Analysis; document: vscode.TextDocument }>();
  /** The last plan, reused while the analysis, settings and cursor stay the same (scrolling asks again and again). */
  private lastPlan: { analysis: Analysis; review: PlacedReview | undefined; key: string; labels: PlannedLabel[] } | undefined;

  constructor(
    private readonly tracker: DocumentTracker,
    private readonly settings: () => ViewSettings,
    private readonly annotationsEnabled: () => boolean,
    /** The person's decisions placed on the analysis (the label shows a checked quote's status). */
    private readonly placedReview: (document: vscode.TextDocument, analysis: Analysis) => PlacedReview | undefined,
  ) {}

  /** Asks the editor for the labels again (settings, annotations toggled, the cursor's paragraph changed). */
  refresh(): void {
    this.changed.fire();
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    if (!this.annotationsEnabled() || this.settings().labels === 'hoverOnly') return [];
    // Waiting for the analysis keeps the labels already drawn (the editor moves them with the edit) until it comes.
    const tracked = this.tracker.current(document) ?? (await this.tracker.ensure(document));
    if (token.isCancellationRequested || !tracked || tracked.version !== document.version) return [];
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    return this.plan(document, tracked.analysis).filter((label) => label.at >= from && label.at <= to).map((label) => this.hint(document, tracked.analysis, label));
  }

  private plan(document: vscode.TextDocument, analysis: Analysis): PlannedLabel[] {
    const settings = this.settings();
    const cursor = settings.labels === 'cursorParagraph' ? cursorIn(document) : undefined;
    const key = `${settings.labels}:${settings.labelStyle}:${settings.showReportedSpeech}:${cursor}`;
    const review = this.placedReview(document, analysis);
    if (this.lastPlan?.analysis === analysis && this.lastPlan.review === review && this.lastPlan.key === key) return this.lastPlan.labels;
    const statusOf = review && ((quote: Quote) => review.byQuote.get(quote)?.status);
    const labels = planLabels(analysis, { text: document.getText(), settings, cursor, statusOf });
    this.lastPlan = { analysis, review, key, labels };
    return labels;
  }

  /** The explanation is built only when the label is hovered. */
  resolveInlayHint(hint: vscode.InlayHint): vscode.InlayHint {
    const source = this.quoteOf.get(hint);
    const part = Array.isArray(hint.label) ? hint.label[0] : undefined;
    if (source && part && part.tooltip === undefined) {
      part.tooltip = markdown(attributionCard(source.analysis, source.quote, cardContext(source.document)));
    }
    return hint;
  }

  private hint(document: vscode.TextDocument, analysis: Analysis, label: PlannedLabel): vscode.InlayHint {
    const part = new vscode.InlayHintLabelPart(label.text);
    const target = firstMention(analysis, label.quote);
    if (target) part.location = new vscode.Location(document.uri, new vscode.Range(document.positionAt(target.start), document.positionAt(target.end)));
    const hint = new vscode.InlayHint(document.positionAt(label.at), [part]);
    // Word wrap keeps a hint with the character before it: when the label does not fit, the closing
    // mark moves down with it (a leading space inside the label does not change that).
    hint.paddingLeft = true;
    this.quoteOf.set(hint, { quote: label.quote, analysis, document });
    return hint;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Where a label's link goes: the speaker's first mention, else the words the attribution rests on. */
function firstMention(analysis: Analysis, quote: Quote): { start: number; end: number } | undefined {
  const entityId = quote.attribution.entityId;
  const entity = entityId === null ? undefined : analysis.entities.find((e) => e.id === entityId);
  let first = entity?.mentions[0];
  for (const mention of entity?.mentions ?? []) if (first === undefined || mention.start < first.start) first = mention;
  return first ?? quote.attribution.speakerSpan ?? undefined;
}

/** The cursor of the editor showing the document (the active one first). */
function cursorIn(document: vscode.TextDocument): number | undefined {
  const editors = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors];
  const editor = editors.find((e) => e?.document === document);
  return editor ? document.offsetAt(editor.selection.active) : undefined;
}
