import * as assert from 'node:assert/strict';
import type { Analysis, Entity, Quote } from '../../../src/engine/types';
import type { LabelMode } from '../../../src/extension/config';
import { planLabels } from '../../../src/extension/labelPlan';
import { lineIn, spanIn } from '../../fixtures/handMadeText';

// Paragraphs separated by blank lines, as articles are; offsets come from the text itself.
const TEXT = [
  '"We would not tolerate that," he added.',
  '"Lately these channels were frozen," Lavrov said.',
  'Pompeo said, "We have disagreement."',
  '"Nobody knows what comes next."',
  'Lavrov perhaps replied "we never interfered."',
  '"The first paragraph of a long answer.',
  '"And it goes on," said Sergey Lavrov.',
].join('\n\n');

const span = (needle: string, occurrence = 0) => spanIn(TEXT, needle, occurrence);

const pompeo: Entity = {
  id: 'mike-pompeo',
  name: 'Mike Pompeo',
  type: 'person',
  role: null,
  aliases: ['Pompeo', 'he'],
  mentions: [{ ...span('he', 0), text: 'he', kind: 'pronoun', entityId: 'mike-pompeo' }, { ...span('Pompeo'), text: 'Pompeo', kind: 'surname', entityId: 'mike-pompeo' }],
};
const lavrov: Entity = {
  id: 'sergey-lavrov',
  name: 'Sergey Lavrov',
  type: 'person',
  role: null,
  aliases: ['Lavrov'],
  mentions: [
    { ...span('Lavrov', 0), text: 'Lavrov', kind: 'surname', entityId: 'sergey-lavrov' },
    { ...span('Lavrov', 1), text: 'Lavrov', kind: 'surname', entityId: 'sergey-lavrov' },
    { ...span('Sergey Lavrov'), text: 'Sergey Lavrov', kind: 'name', entityId: 'sergey-lavrov' },
  ],
};

/** The occurrence of `words` closest to the speaker's words (a cue sits beside its speaker). */
function nearest(words: string, speaker: { start: number; end: number }) {
  const distance = (at: number) => (at >= speaker.end ? at - speaker.end : speaker.start - (at + words.length));
  let best = spanIn(TEXT, words);
  for (let at = TEXT.indexOf(words); at >= 0; at = TEXT.indexOf(words, at + 1)) {
    if (distance(at) < distance(best.start)) best = { start: at, end: at + words.length };
  }
  return best;
}

function quote(marked: string, entity: Entity | null, speakerWords: string | null, cue: string | null, confidence = 0.9, occurrence = 0): Quote {
  const outer = span(marked);
  const speakerSpan = speakerWords === null ? null : span(speakerWords, occurrence);
  return {
    start: outer.start + 1,
    end: outer.end - 1,
    text: TEXT.slice(outer.start + 1, outer.end - 1),
    kind: 'direct',
    usage: 'speech',
    outer,
    line: lineIn(TEXT, outer.start),
    depth: 0,
    multiParagraph: marked.includes('\n\n'),
    attribution: {
      speaker: entity?.name ?? null,
      entityId: entity?.id ?? null,
      speakerSpan,
      cue,
      cueSpan: cue === null || speakerSpan === null ? null : nearest(cue, speakerSpan),
      confidence: entity ? confidence : 0,
      rule: 'test',
    },
  };
}

const frozenQuote = '"Lately these channels were frozen,"';
const longQuote = '"The first paragraph of a long answer.\n\n"And it goes on,"';
const analysis: Analysis = {
  quotes: [
    quote('"We would not tolerate that,"', pompeo, 'he', 'added'),
    quote(frozenQuote, lavrov, 'Lavrov', 'said'),
    quote('"We have disagreement."', pompeo, 'Pompeo', 'said'),
    quote('"Nobody knows what comes next."', null, null, null),
    quote('"we never interfered."', lavrov, 'Lavrov', 'replied', 0.4, 1),
    quote(longQuote, lavrov, 'Sergey Lavrov', 'said'),
  ],
  entities: [pompeo, lavrov],
  problems: [],
  analyzedLength: TEXT.length,
  textLength: TEXT.length,
};

function plan(labels: LabelMode, cursor?: number) {
  return planLabels(analysis, { text: TEXT, settings: { labels, labelStyle: 'fullName', showReportedSpeech: true }, cursor }).map((label) => ({
    before: TEXT.slice(Math.max(0, label.at - 12), label.at),
    text: label.text,
    continuation: label.continuation,
  }));
}

describe('label plan', () => {
  it('labels every quote except where the tag beside it names the speaker by name', () => {
    assert.deepEqual(plan('everyQuote'), [
      { before: 'erate that,"', text: '— Mike Pompeo', continuation: false }, // "he added" explains nothing by itself
      { before: 'comes next."', text: '— unattributed', continuation: false },
      { before: 'interfered."', text: '— Sergey Lavrov (?)', continuation: false },
      { before: 'long answer.', text: '— Sergey Lavrov', continuation: true }, // the paragraph the quote runs on from
    ]);
  });

  it('keeps the label when the tag is not right beside the quote', () => {
    const moved = structuredClone(analysis);
    // "Lavrov said" counted as resting on a mention in another paragraph: nothing beside the quote names him.
    moved.quotes[1].attribution.speakerSpan = spanIn(TEXT, 'Lavrov', 1);
    const labels = planLabels(moved, { text: TEXT, settings: { labels: 'everyQuote', labelStyle: 'fullName', showReportedSpeech: true } });
    assert.ok(labels.some((l) => l.quote === moved.quotes[1]), 'the frozen-channels quote is labelled');
  });

  it('shows only unattributed and uncertain quotes when asked', () => {
    assert.deepEqual(plan('uncertainOnly').map((l) => l.text), ['— unattributed', '— Sergey Lavrov (?)']);
  });

  it('shows only the labels of the paragraph with the cursor', () => {
    assert.deepEqual(plan('cursorParagraph', span('tolerate').start).map((l) => l.text), ['— Mike Pompeo']);
    assert.deepEqual(plan('cursorParagraph', span('first paragraph').start).map((l) => [l.text, l.continuation]), [['— Sergey Lavrov', true]]);
    assert.deepEqual(plan('cursorParagraph', span('channels').start), []);
    assert.deepEqual(plan('cursorParagraph', undefined), []);
  });

  it('ends the label of a checked quote with its status, and shows the mark alone where the tag beside it names the speaker', () => {
    const statusOf = (q: Quote) => (q === analysis.quotes[0] ? 'verified' : q === analysis.quotes[1] ? 'disputed' : undefined);
    const labels = planLabels(analysis, { text: TEXT, settings: { labels: 'everyQuote', labelStyle: 'fullName', showReportedSpeech: true }, statusOf });
    const textOf = (q: Quote) => labels.filter((l) => l.quote === q).map((l) => l.text);
    assert.deepEqual(textOf(analysis.quotes[0]), ['— Mike Pompeo ✓']);
    // "…frozen," Lavrov said: the tag names him, so the label is the status mark only.
    assert.deepEqual(textOf(analysis.quotes[1]), ['⚑ disputed']);
    assert.deepEqual(textOf(analysis.quotes[2]), [], 'an unchecked quote whose tag names the speaker stays unlabelled');
    assert.deepEqual(textOf(analysis.quotes[3]), ['— unattributed']);
  });

  it('draws no label at all when labels are hover only', () => {
    assert.deepEqual(plan('hoverOnly'), []);
  });
});

describe('label plan for reported speech', () => {
  const text = 'Lavrov added that the two countries must rebuild trust.\n\nPompeo noted that he met Lavrov twice.';
  const lavrovSaid: Entity = { ...lavrov, mentions: [{ ...spanIn(text, 'Lavrov'), text: 'Lavrov', kind: 'surname', entityId: lavrov.id }] };
  const reported = (content: string, speakerWords: string, cue: string): Quote => {
    const outer = spanIn(text, content);
    return {
      ...outer,
      text: content,
      kind: 'reported',
      usage: 'speech',
      outer,
      line: lineIn(text, outer.start),
      depth: 0,
      multiParagraph: false,
      attribution: { speaker: lavrov.name, entityId: lavrov.id, speakerSpan: spanIn(text, speakerWords), cue, cueSpan: spanIn(text, cue), confidence: 0.95, rule: 'test' },
    };
  };

  it('counts the "that" of "Lavrov added that" as part of the tag beside the paraphrase', () => {
    const paraphrase: Analysis = {
      quotes: [reported('the two countries must rebuild trust', 'Lavrov', 'added')],
      entities: [lavrovSaid],
      problems: [],
      analyzedLength: text.length,
      textLength: text.length,
    };
    assert.deepEqual(planLabels(paraphrase, { text, settings: { labels: 'everyQuote', labelStyle: 'fullName', showReportedSpeech: true } }), []);
  });
});
