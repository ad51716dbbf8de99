// What the review tests share: an article whose pronoun follows its speaker, and commands run on one of its quotes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReview } from '../../src/engine/review/format';
import type { Analysis, Quote } from '../../src/engine/types';
import { analysisOf, show, type OpenedDocument } from './helpers';

export const ARTICLE = [
  'Mayor Dan Whitfield and Councilman Tom Barrow met on Monday.',
  '"The plan is sound," Barrow said.',
  '"We will fund it next year," he added.',
  '"Nobody else will."',
  'The council meets again in March. Its "harbour fund" is empty.',
].join('\n\n') + '\n';

export const workspace = process.env.ON_THE_RECORD_TEST_WORKSPACE ?? fs.mkdtempSync(path.join(os.tmpdir(), 'otr-review-'));

export function quoteWith(analysis: Analysis, words: string): Quote {
  const quote = analysis.quotes.find((q) => q.depth === 0 && q.text.includes(words));
  if (!quote) throw new Error(`no quote with "${words}" among ${analysis.quotes.map((q) => q.text).join(' | ')}`);
  return quote;
}

/** Runs a review command on the quote containing `words`, with the answers its prompts would ask for. */
export async function onQuote(opened: OpenedDocument, command: string, words: string, answer: Record<string, unknown> = {}): Promise<boolean> {
  const analysis = await analysisOf(opened.api, opened.document);
  const quote = quoteWith(analysis, words);
  return vscode.commands.executeCommand<boolean>(command, { uri: opened.document.uri.toString(), start: quote.outer.start }, answer);
}

/** The speaker labels VS Code would draw (inlay hints), as text. */
export async function labelsIn(document: vscode.TextDocument): Promise<string[]> {
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
  return hints.map((hint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')).trim());
}

export function reviewFileOf(document: vscode.TextDocument): string {
  return document.uri.fsPath + '.review.json';
}

export function readReview(document: vscode.TextDocument) {
  const parsed = parseReview(fs.readFileSync(reviewFileOf(document), 'utf8'));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
  return parsed.review;
}

export async function openArticle(name: string, text = ARTICLE): Promise<OpenedDocument> {
  const file = path.join(workspace, name);
  fs.writeFileSync(file, text);
  fs.rmSync(file + '.review.json', { force: true });
  return show(await vscode.workspace.openTextDocument(file));
}
