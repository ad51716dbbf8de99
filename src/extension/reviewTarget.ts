import * as vscode from 'vscode';
import { reviewableQuotes } from '../engine/review/place';
import type { Analysis, Entity, Mention, Quote } from '../engine/types';
import type { Controller } from './controller';
import { hoverableQuotes } from './quoteFilter';
import { mentionAt, quoteAt } from './lookup';
import type { TreeNode } from './treeModel';

/** How a review command names its quote: a Quotes view item, `{ uri, start }` (code actions, tests), or nothing (the cursor). */
export type QuoteArgument = TreeNode | { uri: string; start: number } | undefined;

export interface ReviewTarget {
  document: vscode.TextDocument;
  analysis: Analysis;
  quote: Quote;
}

/** The quote a command acts on, in the document's current analysis; undefined (with a message) when there is none. */
export async function reviewTarget(controller: Controller, arg: QuoteArgument): Promise<ReviewTarget | undefined> {
  let document: vscode.TextDocument | undefined;
  let offset: number | undefined;
  if (arg && 'kind' in arg) {
    if (arg.kind !== 'quote') return undefined;
    document = controller.tree.currentDocument;
    offset = arg.quote.outer.start;
  } else if (arg && 'uri' in arg) {
    document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.uri);
    offset = arg.start;
  } else {
    const editor = vscode.window.activeTextEditor;
    if (editor && controller.isSupported(editor.document)) {
      document = editor.document;
      offset = document.offsetAt(editor.selection.active);
    }
  }
  if (!document || offset === undefined || !controller.isSupported(document)) {
    void vscode.window.showInformationMessage('Put the cursor in a quotation of an article first.');
    return undefined;
  }
  const tracked = controller.tracker.current(document) ?? (await controller.tracker.ensure(document));
  if (!tracked) return undefined;
  const quote = quoteUnder(tracked.analysis, offset, controller.settings.showReportedSpeech);
  if (!quote) {
    void vscode.window.showInformationMessage('There is no quotation here.');
    return undefined;
  }
  return { document, analysis: tracked.analysis, quote };
}

/** The quote at `offset`: a shown one first, else any top-level one (one a person said is no quotation). */
export function quoteUnder(analysis: Analysis, offset: number, showReportedSpeech: boolean): Quote | undefined {
  const shown = quoteAt(hoverableQuotes(analysis, { showReportedSpeech }), offset);
  if (shown) return shown.depth === 0 ? shown : quoteAt(reviewableQuotes(analysis), offset) ?? shown;
  return quoteAt(reviewableQuotes(analysis), offset);
}

export interface NameTarget {
  document: vscode.TextDocument;
  analysis: Analysis;
  /** The entity named at the position, when the analysis has one there, and its mention there. */
  entity: Entity | undefined;
  mention: Mention | undefined;
  /** The name a reset is about: the entity's, or one of the review file's names written at the position. */
  name: string | undefined;
}

/** The name a command on a name acts on: `{ uri, start }` or the cursor. */
export async function nameTarget(controller: Controller, arg: { uri: string; start: number } | undefined): Promise<NameTarget | undefined> {
  const editor = vscode.window.activeTextEditor;
  const document = arg ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.uri) : editor?.document;
  if (!document || !controller.isSupported(document)) return undefined;
  const offset = arg ? arg.start : document.offsetAt(editor!.selection.active);
  const tracked = controller.tracker.current(document) ?? (await controller.tracker.ensure(document));
  if (!tracked) return undefined;
  const found = mentionAt(tracked.analysis, offset);
  const entity = found?.entity;
  // A name that is no person any more has no mention: find it among the decisions by the text around.
  const around = document.getText().slice(Math.max(0, offset - 60), offset + 60);
  const decided = controller.review.reviewFor(document)?.entities?.find((d) => around.includes(d.name))?.name;
  const name = entity?.name ?? decided;
  if (!entity && !name) {
    void vscode.window.showInformationMessage('Put the cursor on a name first.');
    return undefined;
  }
  return { document, analysis: tracked.analysis, entity, mention: found?.mention, name };
}
