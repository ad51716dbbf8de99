// A hand-made Analysis of a short article, with offsets computed from the text, for the view-model tests.
import type { Analysis, Attribution, Entity, Mention, MentionKind, Quote, QuoteKind, QuoteUsage, Span } from '../../../src/engine/types';
import { lineIn, spanIn } from '../../fixtures/handMadeText';

export const ARTICLE = [
  'Secretary of State Mike Pompeo met Sergey Lavrov in Sochi.',
  '"We would not tolerate that," he added.',
  'Lavrov said they held "negotiations" on Venezuela.',
  '"It is a 🎉 day," Pompeo said, "and \'a new start\' for us."',
  '"Nobody knows what comes next."',
  'Pompeo said Russia must stop interfering.',
  'Lavrov perhaps replied "we never interfered."',
  'Critics called the visit a "reset" of sorts.',
].join('\n');

/** Span of the `occurrence`-th (0-based) appearance of `needle`. */
export const spanOf = (needle: string, occurrence = 0): Span => spanIn(ARTICLE, needle, occurrence);

export const lineOf = (offset: number): number => lineIn(ARTICLE, offset);

function mention(text: string, kind: MentionKind, entityId: string, occurrence = 0): Mention {
  return { ...spanOf(text, occurrence), text, kind, entityId };
}

function attribution(speaker: string | null, entityId: string | null, cue: string | null, speakerSpan: Span | null, confidence: number, rule: string): Attribution {
  const cueSpan = cue === null ? null : spanOf(cue);
  return { speaker, entityId, speakerSpan, cue, cueSpan, confidence, rule };
}

/** A quote whose marked text is `marked` (marks included for direct quotes). */
function quote(marked: string, kind: QuoteKind, attr: Attribution, depth = 0, usage: QuoteUsage = 'speech'): Quote {
  const outer = spanOf(marked);
  const inner = kind === 'reported' ? outer : { start: outer.start + 1, end: outer.end - 1 };
  return {
    ...inner,
    text: ARTICLE.slice(inner.start, inner.end),
    kind,
    usage,
    outer,
    line: lineOf(outer.start),
    depth,
    multiParagraph: false,
    attribution: attr,
  };
}

const pompeo: Entity = {
  id: 'e1',
  name: 'Mike Pompeo',
  type: 'person',
  role: 'Secretary of State',
  aliases: ['Pompeo', 'he'],
  mentions: [
    mention('Secretary of State Mike Pompeo', 'title', 'e1'),
    mention('he', 'pronoun', 'e1', 0),
    mention('Pompeo', 'surname', 'e1', 1),
    mention('Pompeo', 'surname', 'e1', 2),
  ],
};

const lavrov: Entity = {
  id: 'e2',
  name: 'Sergey Lavrov',
  type: 'person',
  role: null,
  aliases: ['Lavrov'],
  mentions: [mention('Sergey Lavrov', 'name', 'e2'), mention('Lavrov', 'surname', 'e2', 1), mention('Lavrov', 'surname', 'e2', 2)],
};

const sochi: Entity = { id: 'e3', name: 'Sochi', type: 'place', role: null, aliases: [], mentions: [mention('Sochi', 'name', 'e3')] };

export function makeAnalysis(): Analysis {
  const quotes: Quote[] = [
    quote('"We would not tolerate that,"', 'direct', attribution('Mike Pompeo', 'e1', 'added', spanOf('he', 0), 0.9, 'pronoun-after')),
    quote('"negotiations"', 'mixed', attribution('Sergey Lavrov', 'e2', 'said', spanOf('Lavrov', 1), 0.95, 'name-before')),
    quote('"It is a 🎉 day,"', 'direct', attribution('Mike Pompeo', 'e1', 'said', spanOf('Pompeo', 1), 0.95, 'name-after')),
    quote('"and \'a new start\' for us."', 'direct', attribution('Mike Pompeo', 'e1', 'said', spanOf('Pompeo', 1), 0.9, 'continuation')),
    quote("'a new start'", 'direct', attribution('Mike Pompeo', 'e1', null, null, 0.9, 'nested'), 1),
    quote('"Nobody knows what comes next."', 'direct', attribution(null, null, null, null, 0, 'none')),
    quote('Russia must stop interfering', 'reported', attribution('Mike Pompeo', 'e1', 'said', spanOf('Pompeo', 2), 0.92, 'reported-said')),
    quote('"we never interfered."', 'direct', attribution('Sergey Lavrov', 'e2', 'replied', spanOf('Lavrov', 2), 0.4, 'weak-cue')),
    // A scare quote: not speech, so never labelled, listed or counted.
    quote('"reset"', 'direct', attribution(null, null, null, null, 0, 'term'), 0, 'term'),
  ];
  return {
    quotes,
    entities: [pompeo, lavrov, sochi],
    problems: [],
    analyzedLength: ARTICLE.length,
    textLength: ARTICLE.length,
  };
}
