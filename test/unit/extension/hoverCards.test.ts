import * as assert from 'node:assert/strict';
import type { Span } from '../../../src/engine/types';
import { attributionCard, entityCard, escapeMarkdown, lastNamedBefore, type CardContext } from '../../../src/extension/hoverCards';
import { ARTICLE, lineOf, makeAnalysis, spanOf } from './fixture';

/** Records every link so the tests can check where each one jumps. */
function recordingContext(): CardContext & { links: Array<{ span: Span; label: string }> } {
  const links: Array<{ span: Span; label: string }> = [];
  return {
    links,
    link: (span, label) => {
      links.push({ span, label });
      return `[${label}](go:${span.start}-${span.end})`;
    },
    lineOf,
    textOf: (span) => ARTICLE.slice(span.start, span.end),
  };
}

describe('hover cards', () => {
  const analysis = makeAnalysis();
  const [pompeo, lavrov, sochi] = analysis.entities;

  it('shows a person’s name, type, role, aliases and counts', () => {
    const card = entityCard(analysis, pompeo, recordingContext());
    const lines = card.split('\n\n');
    assert.equal(lines[0], '**Mike Pompeo** · person');
    assert.equal(lines[1], '*Secretary of State*');
    assert.equal(lines[2], 'Also called: Pompeo, he');
    assert.equal(lines[3], '4 mentions · 4 quotes');
  });

  it('links the first mention and the first three quotes, then says how many more', () => {
    const ctx = recordingContext();
    const card = entityCard(analysis, pompeo, ctx);
    const { start, end } = ctx.links[0].span;
    assert.deepEqual({ start, end }, spanOf('Secretary of State Mike Pompeo'));
    assert.match(ctx.links[0].label, /\(line 1\)$/);
    assert.deepEqual(
      ctx.links.slice(1).map((l) => l.span),
      [analysis.quotes[0].outer, analysis.quotes[2].outer, analysis.quotes[3].outer],
    );
    assert.match(card, /- and 1 more$/);
  });

  it('makes "and N more" a link to the speaker in the Quotes view, when the editor offers one', () => {
    const ctx = { ...recordingContext(), quotesLink: (entity: { name: string }, label: string) => `[${label}](list:${entity.name})` };
    assert.match(entityCard(analysis, pompeo, ctx), /- \[and 1 more\]\(list:Mike Pompeo\)$/);
  });

  it('says why a pronoun is its person', () => {
    const he = pompeo.mentions.find((m) => m.kind === 'pronoun')!;
    const resolved = structuredClone(analysis);
    resolved.quotes[0].attribution.rule = 'trailing tag (speaker, cue); he = the last speaker';
    const card = entityCard(resolved, resolved.entities[0], recordingContext(), he);
    assert.match(card, /^Here “he” is Mike Pompeo: “he” is the last person quoted before it; last named \[“Secretary of State Mike Pompeo” \(line 1\)\]/m);
    // Without an attribution resting on it, the card still says who was named last.
    const plain = entityCard(analysis, pompeo, recordingContext(), { ...he, start: he.start + 1000, end: he.end + 1000 });
    assert.match(plain, /^Here “he” is Mike Pompeo, named last before it \[/m);
    // A name needs no explanation.
    assert.doesNotMatch(entityCard(analysis, pompeo, recordingContext(), pompeo.mentions[0]), /Here/);
  });

  it('names the rule in plain words', () => {
    const resolved = structuredClone(analysis.quotes[0]);
    resolved.attribution.rule = 'trailing tag (speaker, cue); he = the last speaker';
    assert.match(attributionCard(analysis, resolved, recordingContext()), /found by: tag after the quote; “he” is the last person quoted before it$/);
  });

  it('builds a short card for a place with no role, aliases or quotes', () => {
    const card = entityCard(analysis, sochi, recordingContext());
    assert.equal(card.split('\n\n').length, 3);
    assert.match(card, /^\*\*Sochi\*\* · place\n\n1 mention · 0 quotes\n\nFirst mention: /);
  });

  it('explains an attribution: cue, the mention it rests on, where the speaker was last named', () => {
    const ctx = recordingContext();
    const card = attributionCard(analysis, analysis.quotes[0], ctx);
    assert.match(card, /^\*\*Mike Pompeo\*\* · direct quote/);
    assert.match(card, /Cue: \[“added” \(line 2\)\]/);
    assert.match(card, /Rests on: \[“he” \(line 2\)\]/);
    assert.match(card, /Last named: \[“Secretary of State Mike Pompeo” \(line 1\)\]/);
    assert.match(card, /Confidence 90% · found by: pronoun\\-after/); // a rule with no plain words keeps its name
    assert.doesNotMatch(card, /Uncertain/);
  });

  it('rounds a confidence down, so that one just under the uncertain line never reads as the line', () => {
    const quote = analysis.quotes[0];
    const justUnder = { ...quote, attribution: { ...quote.attribution, confidence: 0.897 } };
    assert.match(attributionCard(analysis, justUnder, recordingContext()), /Confidence 89% · found by/);
  });

  it('finds the last naming mention before the quote, not a pronoun or a later name', () => {
    // Before line 3 the latest Pompeo mention is the pronoun on line 2: the card points at the title on line 1.
    assert.equal(lastNamedBefore(pompeo, analysis.quotes[1].outer.start), pompeo.mentions[0]);
    assert.equal(lastNamedBefore(pompeo, analysis.quotes[5].outer.start), pompeo.mentions[2]);
    assert.equal(lastNamedBefore(pompeo, analysis.quotes[6].outer.start), pompeo.mentions[3]);
    assert.equal(lastNamedBefore(lavrov, spanOf('Sergey Lavrov').start), undefined);
  });

  it('flags uncertain attributions and explains unattributed quotes', () => {
    assert.match(attributionCard(analysis, analysis.quotes[7], recordingContext()), /Uncertain attribution/);
    assert.equal(
      attributionCard(analysis, analysis.quotes[5], recordingContext()),
      '**Unattributed** · direct quote\n\nNo speaker was found for this quote: no speech cue near it, so the speaker is left open rather than guessed.',
    );
    const group = { ...analysis.quotes[5], attribution: { ...analysis.quotes[5].attribution, rule: 'group speaker', speakerSpan: spanOf('Critics') } };
    assert.match(attributionCard(analysis, group, recordingContext()), /Said by a group \(“Critics”\), not by one person\./);
    assert.match(attributionCard(analysis, analysis.quotes[6], recordingContext()), /· reported speech/);
  });

  it('escapes article text so it cannot become markup or a link', () => {
    assert.equal(escapeMarkdown('[x](command:evil) *y*'), '\\[x\\]\\(command:evil\\) \\*y\\*');
    const tricky = { ...pompeo, name: 'Bob [the] *Builder*', aliases: ['<b>'] };
    const card = entityCard(analysis, tricky, recordingContext());
    assert.match(card, /^\*\*Bob \\\[the\\\] \\\*Builder\\\*\*\*/);
    assert.match(card, /Also called: \\<b\\>/);
  });
});
