import * as vscode from 'vscode';
import { isSetByPerson } from '../engine/types';
import type { Controller } from './controller';
import { REVIEW_COMMANDS } from './reviewCommandIds';
import type { ReviewStore } from './reviewStore';
import { quoteUnder } from './reviewTarget';
import { mentionAt } from './lookup';
import { splittable } from '../engine/review/split';

/** Ctrl+. on a quotation: correct its speaker, or record that it was checked. */
export class ReviewCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly controller: Controller,
    private readonly store: ReviewStore,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const tracked = this.controller.tracker.current(document);
    if (!tracked) return [];
    const offset = document.offsetAt(range.start);
    const found = mentionAt(tracked.analysis, offset);
    const named = found?.entity;
    const nameActions: vscode.CodeAction[] = [];
    if (named) {
      const arg = { uri: document.uri.toString(), start: offset };
      const decided = this.store.reviewFor(document)?.entities?.some((d) => d.name === named.name || d.sameAs === named.name || d.split?.mention === named.name);
      const split = found && splittable(named, found.mention) ? [[`Not the Same Person as ${named.name}: ${found.mention.text}`, REVIEW_COMMANDS.notSamePerson]] : [];
      for (const [title, command] of [
        [`Not a Person: ${named.name}`, REVIEW_COMMANDS.notAPerson],
        [`Same Person As… (${named.name})`, REVIEW_COMMANDS.samePersonAs],
        ...split,
        ...(decided ? [[`Reset ${named.name} to Automatic`, REVIEW_COMMANDS.resetName]] : []),
      ]) {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { title, command, arguments: [arg] };
        nameActions.push(action);
      }
    }
    const quote = quoteUnder(tracked.analysis, offset, this.controller.settings.showReportedSpeech);
    if (!quote) return nameActions;
    const decided = this.store.placed(document, tracked.analysis)?.byQuote.get(quote);
    const arg = { uri: document.uri.toString(), start: quote.outer.start };
    const action = (title: string, command: string): vscode.CodeAction => {
      const result = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      result.command = { title, command, arguments: [arg] };
      return result;
    };
    const actions = [action('Set Speaker…', REVIEW_COMMANDS.setSpeaker)];
    if (quote.usage === 'speech') actions.push(action('Not a Quotation', REVIEW_COMMANDS.notQuotation));
    if (isSetByPerson(quote.attribution) || decided?.setByPerson) actions.push(action('Reset to Automatic', REVIEW_COMMANDS.resetToAutomatic));
    if (decided?.status !== 'verified') actions.push(action('Mark Verified', REVIEW_COMMANDS.markVerified));
    if (decided?.status !== 'disputed') actions.push(action('Mark Disputed…', REVIEW_COMMANDS.markDisputed));
    if (decided && decided.decision.status) actions.push(action('Clear Status', REVIEW_COMMANDS.clearStatus));
    return [...actions, ...nameActions];
  }
}
