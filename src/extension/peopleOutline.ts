/**
 * What the Outline shows for an article, as plain data: the speakers with their quotes (most quoted first),
 * quotes nobody is credited with, then the other people, organizations and places, each in order of first
 * mention. The provider (peopleProviders.ts) turns these nodes into document symbols.
 *
 * A symbol's range is only where it is named (an entity) or its words (a quote): sticky scroll pins the
 * first line of every symbol whose range spans the top of the editor, and a speaker spanning all its
 * quotes would pin the article's first lines for good.
 */
import type { Analysis, Entity, EntityType, Quote, Span } from '../engine/types';
import { firstFullMention, namePartOf } from '../engine/people/mentions';
import { shownQuotes } from './quoteFilter';
import type { ViewSettings } from './config';
import { trimQuoteText } from './labels';
import { UNATTRIBUTED_LABEL } from './treeModel';

export type OutlineKind = EntityType | 'source' | 'quote' | 'group';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** Where the node is (see above); `selection` is where it is named, inside `range`. */
  range: Span;
  selection: Span;
  children: OutlineNode[];
}

const count = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

function quoteNode(quote: Quote): OutlineNode {
  const text = trimQuoteText(quote.text, 60) || '…';
  return {
    name: quote.kind === 'direct' ? `“${text}”` : text,
    detail: `line ${quote.line}${quote.kind === 'reported' ? ' · reported' : ''}`,
    kind: 'quote',
    range: quote.outer,
    selection: quote.outer,
    children: [],
  };
}

/** Where an entity is named first in full (the name inside a title form). */
export function definitionOf(entity: Entity): Span | undefined {
  const mention = firstFullMention(entity);
  return mention && namePartOf(mention, entity);
}

function entityNode(entity: Entity, quotes: Quote[]): OutlineNode {
  const selection = definitionOf(entity) ?? quotes[0]?.outer ?? { start: 0, end: 0 };
  const details = [entity.role, quotes.length > 0 ? count(quotes.length, 'quote') : null, count(entity.mentions.length, 'mention')];
  return {
    name: entity.name.replace(/\s+/g, ' '),
    detail: details.filter((d) => d).join(' · '),
    kind: entity.type,
    range: selection,
    selection,
    children: quotes.map(quoteNode),
  };
}

const GROUPS: [EntityType, string][] = [['person', 'People'], ['organization', 'Organizations'], ['place', 'Places']];

export function outlineOf(analysis: Analysis, settings: Pick<ViewSettings, 'showReportedSpeech'>): OutlineNode[] {
  const quotes = shownQuotes(analysis, settings);
  const bySpeaker = new Map<string, Quote[]>();
  const unattributed: Quote[] = [];
  for (const q of quotes) {
    const a = q.attribution;
    if (!a.speaker) {
      unattributed.push(q);
      continue;
    }
    const key = a.entityId ? `entity:${a.entityId}` : `source:${a.speaker.toLowerCase()}`;
    const list = bySpeaker.get(key);
    if (list) list.push(q);
    else bySpeaker.set(key, [q]);
  }
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const speakers: OutlineNode[] = [];
  for (const [key, list] of bySpeaker) {
    const entity = key.startsWith('entity:') ? entities.get(key.slice(7)) : undefined;
    if (entity) {
      speakers.push(entityNode(entity, list));
      continue;
    }
    const selection = list[0].attribution.speakerSpan ?? list[0].outer;
    speakers.push({
      name: list[0].attribution.speaker!.replace(/\s+/g, ' '),
      detail: `unnamed source · ${count(list.length, 'quote')}`,
      kind: 'source',
      range: selection,
      selection,
      children: list.map(quoteNode),
    });
  }
  // Most quoted first; of equals, the one quoted first.
  speakers.sort((a, b) => b.children.length - a.children.length || a.children[0].range.start - b.children[0].range.start);
  const nodes: OutlineNode[] = [];
  // The Outline sorts symbols by where they start, then where they end, then by name: the groups start
  // at the article's start and each ends a character after the one before (the provider keeps them on the
  // first line), so they keep the order given here.
  const group = (name: string, children: OutlineNode[], detail: string): OutlineNode => ({
    name,
    detail,
    kind: 'group',
    range: { start: 0, end: nodes.length },
    selection: { start: 0, end: 0 },
    children,
  });
  if (speakers.length > 0) nodes.push(group('Speakers', speakers, count(speakers.length, 'speaker')));
  if (unattributed.length > 0) nodes.push(group(UNATTRIBUTED_LABEL, unattributed.map(quoteNode), count(unattributed.length, 'quote')));
  const speaking = new Set([...bySpeaker.keys()].filter((k) => k.startsWith('entity:')).map((k) => k.slice(7)));
  for (const [type, name] of GROUPS) {
    const others = analysis.entities.filter((e) => e.type === type && !speaking.has(e.id) && e.mentions.length > 0);
    others.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    if (others.length > 0) nodes.push(group(name, others.map((e) => entityNode(e, [])), `${others.length} not quoted`));
  }
  return nodes;
}
