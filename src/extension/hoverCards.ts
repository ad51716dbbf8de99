import type { Analysis, Entity, Mention, Quote, Span } from '../engine/types';
import { isLowConfidence } from './labels';
import { shownQuotes } from './quoteFilter';
import { pronounReading, ruleInWords } from './ruleNames';

/** What a card needs from the document, so the card text can be built (and tested) without vscode. */
export interface CardContext {
  /** A Markdown link showing `label` that jumps to `span`. */
  link(span: Span, label: string): string;
  /** 1-based line number of an offset. */
  lineOf(offset: number): number;
  /** The document text of a span. */
  textOf(span: Span): string;
  /** A Markdown link showing `label` that lists the entity's quotes in the Quotes view. */
  quotesLink?(entity: Entity, label: string): string;
}

/** How many of an entity's quotes the card lists before "and N more". */
export const CARD_QUOTE_LIMIT = 3;

const TYPE_NAMES: Record<Entity['type'], string> = { person: 'person', organization: 'organization', place: 'place' };
const KIND_NAMES: Record<Quote['kind'], string> = { direct: 'direct quote', mixed: 'partial quote', reported: 'reported speech' };

/** Escapes text from the article so it cannot turn into Markdown markup or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&');
}

function oneLine(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  let cut = flat.slice(0, maxLength - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function spanLink(ctx: CardContext, span: Span, words: string): string {
  return ctx.link(span, `“${escapeMarkdown(oneLine(words, 60))}” (line ${ctx.lineOf(span.start)})`);
}

/** An entity's quotes as the views count them, in document order. */
export function quotesBy(analysis: Analysis, entityId: string): Quote[] {
  return shownQuotes(analysis, { showReportedSpeech: true }).filter((q) => q.attribution.entityId === entityId);
}

/**
 * Why a pronoun or role noun ("he", "the secretary") is this entity: the reading the attribution that
 * rests on it gives, else the last time the entity was named before it.
 */
function whyThisEntity(analysis: Analysis, entity: Entity, mention: Mention, ctx: CardContext): string | null {
  if (mention.kind !== 'pronoun' && mention.kind !== 'role') return null;
  const words = escapeMarkdown(oneLine(mention.text, 40));
  const resting = analysis.quotes.find((q) => q.attribution.speakerSpan?.start === mention.start && q.attribution.entityId === entity.id);
  const reading = resting ? pronounReading(resting.attribution.rule) : null;
  const named = lastNamedBefore(entity, mention.start);
  const namedLink = named ? `; last named ${spanLink(ctx, named, named.text)}` : '';
  if (reading) return `Here “${words}” is ${escapeMarkdown(entity.name)}: ${escapeMarkdown(reading.why)}${namedLink}.`;
  return `Here “${words}” is ${escapeMarkdown(entity.name)}${named ? `, named last before it ${spanLink(ctx, named, named.text)}` : ''}.`;
}

/** The Markdown hover card for a person, organization or place (`mention`: the words hovered, if known). */
export function entityCard(analysis: Analysis, entity: Entity, ctx: CardContext, mention?: Mention): string {
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(entity.name)}** · ${TYPE_NAMES[entity.type]}`);
  const why = mention ? whyThisEntity(analysis, entity, mention, ctx) : null;
  if (why) lines.push(why);
  if (entity.role) lines.push(`*${escapeMarkdown(entity.role)}*`);
  if (entity.aliases.length > 0) lines.push(`Also called: ${entity.aliases.map(escapeMarkdown).join(', ')}`);

  const quotes = quotesBy(analysis, entity.id);
  const mentionCount = entity.mentions.length;
  lines.push(`${mentionCount} ${mentionCount === 1 ? 'mention' : 'mentions'} · ${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}`);

  const first = entity.mentions.reduce<Mention | undefined>((a, m) => (a === undefined || m.start < a.start ? m : a), undefined);
  if (first) lines.push(`First mention: ${spanLink(ctx, first, first.text)}`);

  if (quotes.length > 0) {
    const listed = quotes.slice(0, CARD_QUOTE_LIMIT).map((q) => `- ${spanLink(ctx, q.outer, q.text)}`);
    if (quotes.length > CARD_QUOTE_LIMIT) {
      const more = `and ${quotes.length - CARD_QUOTE_LIMIT} more`;
      listed.push(`- ${ctx.quotesLink ? ctx.quotesLink(entity, more) : more}`);
    }
    lines.push(`Quotes:\n\n${listed.join('\n')}`);
  }
  return lines.join('\n\n');
}

/** The last mention naming the entity (by name, surname or title) that ends before `offset`. */
export function lastNamedBefore(entity: Entity, offset: number): Mention | undefined {
  let last: Mention | undefined;
  for (const mention of entity.mentions) {
    const naming = mention.kind === 'name' || mention.kind === 'surname' || mention.kind === 'title';
    if (naming && mention.end <= offset && (last === undefined || mention.start > last.start)) last = mention;
  }
  return last;
}

/** Why the engine left a quote without a speaker, from the rule that decided (a guess would be worse). */
function whyUnattributed(rule: string, phrase: string): string {
  if (rule.startsWith('group speaker')) return `Said by a group${phrase ? ` (${phrase})` : ''}, not by one person.`;
  if (rule.startsWith('first-person speaker')) return `Said by the writer${phrase ? ` (${phrase})` : ''}, not by a named source.`;
  if (rule.startsWith('pronoun without antecedent')) return `${phrase || 'The pronoun'} points to nobody named before it.`;
  if (rule.startsWith('quoted inside another quotation')) return 'Quoted inside another quotation: its speaker quotes someone else.';
  if (rule.startsWith('scare quote')) return 'A word held at arm’s length, not words someone said.';
  if (rule.startsWith('title of a work')) return 'The title of a work, not words someone said.';
  return 'No speaker was found for this quote: no speech cue near it, so the speaker is left open rather than guessed.';
}

/** The Markdown hover that explains who a quote is attributed to, and why. */
export function attributionCard(analysis: Analysis, quote: Quote, ctx: CardContext): string {
  const attribution = quote.attribution;
  const kind = KIND_NAMES[quote.kind];
  if (attribution.speaker === null) {
    const phrase = attribution.speakerSpan ? `“${escapeMarkdown(oneLine(ctx.textOf(attribution.speakerSpan), 60))}”` : '';
    return `**Unattributed** · ${kind}\n\n${whyUnattributed(attribution.rule, phrase)}`;
  }
  const lines: string[] = [`**${escapeMarkdown(attribution.speaker)}** · ${kind}`];
  if (isLowConfidence(attribution)) lines.push('Uncertain attribution: check it against the text.');
  if (attribution.cue) {
    const cue = escapeMarkdown(attribution.cue);
    lines.push(`Cue: ${attribution.cueSpan ? ctx.link(attribution.cueSpan, `“${cue}” (line ${ctx.lineOf(attribution.cueSpan.start)})`) : `“${cue}”`}`);
  }
  if (attribution.speakerSpan) {
    lines.push(`Rests on: ${spanLink(ctx, attribution.speakerSpan, ctx.textOf(attribution.speakerSpan))}`);
  }
  const entity = attribution.entityId === null ? undefined : analysis.entities.find((e) => e.id === attribution.entityId);
  const named = entity ? lastNamedBefore(entity, quote.outer.start) : undefined;
  if (named) lines.push(`Last named: ${spanLink(ctx, named, named.text)}`);
  // Rounded down: a confidence just under the uncertain line (0.897) must not read as the line itself (90%).
  const percent = Math.floor(attribution.confidence * 100 + 1e-9);
  lines.push(`Confidence ${percent}% · found by: ${escapeMarkdown(ruleInWords(attribution.rule))}`);
  return lines.join('\n\n');
}
