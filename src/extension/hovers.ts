import * as vscode from 'vscode';
import type { Analysis, Quote, Span } from '../engine/types';
import type { ViewSettings } from './config';
import type { DocumentTracker } from './documents';
import { attributionCard, entityCard, type CardContext } from './hoverCards';
import { mentionAt, quoteAt } from './lookup';
import { hoverableQuotes } from './quoteFilter';
import { REVEAL_SPAN_COMMAND, SHOW_SPEAKER_COMMAND } from './quotesTree';
import type { QuoteReview } from '../engine/review/place';
import { reviewCardLines } from './reviewHover';

/** Links in cards reveal words or list a speaker's quotes; the card is trusted for those two commands only. */
export function cardContext(document: vscode.TextDocument): CardContext {
  const uri = document.uri.toString();
  return {
    link: (span: Span, label: string) => {
      const args = encodeURIComponent(JSON.stringify([uri, span.start, span.end]));
      return `[${label}](command:${REVEAL_SPAN_COMMAND}?${args} "Go to line ${document.positionAt(span.start).line + 1}")`;
    },
    quotesLink: (entity, label) => {
      const args = encodeURIComponent(JSON.stringify([entity.name]));
      return `[${label}](command:${SHOW_SPEAKER_COMMAND}?${args} "List them in the Quotes view")`;
    },
    lineOf: (offset: number) => document.positionAt(offset).line + 1,
    textOf: (span: Span) => document.getText(new vscode.Range(document.positionAt(span.start), document.positionAt(span.end))),
  };
}

export function markdown(value: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(value);
  result.isTrusted = { enabledCommands: [REVEAL_SPAN_COMMAND, SHOW_SPEAKER_COMMAND] };
  return result;
}

/**
 * Hover cards, built only when asked: over an entity mention, the entity's card; over a quote (its
 * marks, its words, or the label right after it), who it is attributed to and why.
 */
export class QuoteHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly tracker: DocumentTracker,
    private readonly settings: () => ViewSettings,
    private readonly annotationsEnabled: () => boolean,
    private readonly reviewOf: (document: vscode.TextDocument, analysis: Analysis, quote: Quote) => QuoteReview | undefined = () => undefined,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    // Offsets of an older version would point at the wrong words.
    const tracked = this.tracker.current(document);
    if (!tracked) return undefined;
    const { analysis } = tracked;
    const offset = document.offsetAt(position);
    const ctx = cardContext(document);

    const hit = mentionAt(analysis, offset);
    if (hit) {
      const range = new vscode.Range(document.positionAt(hit.mention.start), document.positionAt(hit.mention.end));
      return new vscode.Hover(markdown(entityCard(analysis, hit.entity, ctx, hit.mention)), range);
    }
    if (!this.annotationsEnabled()) return undefined;
    const quote = quoteAt(hoverableQuotes(analysis, this.settings()), offset);
    if (quote) {
      const range = new vscode.Range(document.positionAt(quote.outer.start), document.positionAt(quote.outer.end));
      const review = reviewCardLines(quote, this.reviewOf(document, analysis, quote));
      return new vscode.Hover(markdown([attributionCard(analysis, quote, ctx), ...review].join('\n\n')), range);
    }
    return undefined;
  }
}
