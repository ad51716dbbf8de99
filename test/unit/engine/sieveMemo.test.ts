import * as assert from 'assert';
import { analysisCounts, analyze, analyzeFromScratch, analyzeFully } from '../../../src/engine/analyze';
import { sieveCounts } from '../../../src/engine/reuse/sieveMemo';
import { createSession } from '../../../src/engine/reuse/session';

/** Forty paragraphs, each quoting one of four officials by full name, surname or pronoun. */
function longArticle(): string {
  const people = ['Dana Reyes', 'Tom Okafor', 'Lena Brandt', 'Omar Haddad'];
  const paragraphs: string[] = [];
  for (let i = 0; i < 40; i++) {
    const name = people[i % people.length];
    const surname = name.split(' ')[1];
    paragraphs.push(
      i < people.length
        ? `City official ${name} spoke about item ${i} of the harbor budget. "We will act on item ${i}," ${name} said.`
        : `The council turned to item ${i} of the harbor budget. "Item ${i} can wait," ${surname} said. "It is not urgent," ${i % 2 ? 'she' : 'he'} added.`,
    );
  }
  return paragraphs.join('\n\n');
}

/** Paragraphs sieved (not replayed) by a full analysis of `text`, which must match one from scratch. */
function sievedBy(text: string): number {
  const before = sieveCounts.sieved;
  const result = analyzeFully(text);
  assert.deepStrictEqual(result, analyzeFromScratch(text));
  return sieveCounts.sieved - before;
}

/** `longArticle` with paragraphs replaced (index to text). */
function articleWith(replaced: Record<number, string>): string {
  const paragraphs = longArticle().split('\n\n');
  for (const [i, text] of Object.entries(replaced)) paragraphs[Number(i)] = text;
  return paragraphs.join('\n\n');
}

const speakerOf = (text: string, words: string): string | null | undefined =>
  analyzeFully(text).quotes.find((q) => q.text.startsWith(words))?.attribution.speaker;

describe('engine: remembered sieve decisions', () => {
  it('re-sieves only the paragraphs near a name edit made after a typing fast-path edit', () => {
    const text = longArticle();
    analyzeFully(text);
    // An ordinary word typed early on: the fast path moves the previous analysis.
    const typed = text.replace('spoke about item 1 ', 'spoke about itemx 1 ');
    const reusedBefore = analysisCounts.reused;
    analyze(typed);
    assert.strictEqual(analysisCounts.reused, reusedBefore + 1, 'the typed letter took the fast path');
    // A surname mention far below it misspelt: entities, names and mentions elsewhere stay as they were.
    const at = typed.lastIndexOf('Reyes said');
    const misspelt = `${typed.slice(0, at)}Reyxes said${typed.slice(at + 'Reyes said'.length)}`;
    const sievedBefore = sieveCounts.sieved;
    const result = analyze(misspelt);
    const sieved = sieveCounts.sieved - sievedBefore;
    assert.deepStrictEqual(result, analyzeFromScratch(misspelt));
    assert.ok(sieved > 0 && sieved <= 8, `paragraphs sieved again: ${sieved} of 40`);
  });

  it('after an edit that changes an entity named elsewhere, re-sieves only the paragraphs near its mentions', () => {
    const paragraphs = longArticle().split('\n\n');
    paragraphs[10] = `Harbor master Ivo Petrov walked the pier. "The pilings are sound," Petrov said.`;
    paragraphs[30] = `"We will dredge in May," Petrov said of the channel.`;
    const text = paragraphs.join('\n\n');
    analyzeFully(text);
    // His full name misspelt: "Petrov" alone no longer names anyone, far below as well.
    const misspelt = text.replace('Ivo Petrov', 'Ivo Petrxov');
    const sievedBefore = sieveCounts.sieved;
    const result = analyze(misspelt);
    const sieved = sieveCounts.sieved - sievedBefore;
    assert.deepStrictEqual(result, analyzeFromScratch(misspelt));
    assert.notEqual(result.quotes.find((q) => q.text.startsWith('We will dredge'))?.attribution.speaker, 'Ivo Petrov');
    assert.ok(sieved > 0 && sieved <= 16, `paragraphs sieved again: ${sieved} of 40`);
  });

  it('keeps what it remembers per document: editing two documents in turn never starts either over', () => {
    const first = longArticle();
    const second = longArticle().replace(/Dana Reyes/g, 'Ana Ruiz').replace(/Reyes/g, 'Ruiz');
    const sessions = [createSession(), createSession()];
    analyze(first, {}, sessions[0]);
    analyze(second, {}, sessions[1]);
    // The last surname mention misspelt in each, in turn: each analysis compares with its own document's last one.
    const misspelt = (text: string): string => {
      const at = text.lastIndexOf('Okafor said');
      return `${text.slice(0, at)}Okafxor said${text.slice(at + 'Okafor said'.length)}`;
    };
    [first, second].map(misspelt).forEach((text, i) => {
      const sievedBefore = sieveCounts.sieved;
      const result = analyze(text, {}, sessions[i]);
      const sieved = sieveCounts.sieved - sievedBefore;
      assert.deepStrictEqual(result, analyzeFromScratch(text));
      assert.ok(sieved > 0 && sieved <= 8, `document ${i + 1}: paragraphs sieved again: ${sieved} of 40`);
    });
  });

  describe('what a paragraph read is recorded as it reads, without a flag in the rule', () => {
    const post = '"Ferries run again at noon, on every route."';
    const plainBelow = 'The harbour reopened on Monday after the storm.';
    const signatureBelow = '— Harbour Ferries (@harbourferries) March 3, 2024';

    it('a quote-only paragraph that looked below for a signature is sieved again when the paragraph below changes', () => {
      const text = articleWith({ 20: post, 21: signatureBelow });
      assert.strictEqual(speakerOf(text, 'Ferries run'), 'Harbour Ferries');
      // The line below edited: it and the post above it; nothing after (no speaker changed).
      assert.strictEqual(sievedBy(text.replace('March 3', 'March 4')), 2);
      // A word far away: that paragraph alone; the post is replayed.
      assert.strictEqual(sievedBy(text.replace('March 3', 'March 4').replace('item 35 of the harbor', 'item 35 of the harbour')), 1);
    });

    it('a signature typed below a post that had none credits the post (looking and finding nothing is a read too)', () => {
      const text = articleWith({ 20: post, 21: plainBelow });
      assert.strictEqual(speakerOf(text, 'Ferries run'), 'Lena Brandt'); // continues the previous speaker
      const signed = text.replace(plainBelow, signatureBelow);
      assert.ok(sievedBy(signed) >= 2);
      assert.strictEqual(speakerOf(signed, 'Ferries run'), 'Harbour Ferries');
    });

    it('a quote-only paragraph depends on the one before only when a rule read it', () => {
      const introduced = articleWith({ 20: 'Reyes put the plan to the board in plain words:', 21: '"We sail at noon, on every route."' });
      assert.strictEqual(speakerOf(introduced, 'We sail'), 'Dana Reyes');
      // A word in the introducing paragraph: it and the quotation it introduces.
      assert.strictEqual(sievedBy(introduced.replace('in plain words', 'in clear words')), 2);
      // A transcript label names the speaker of a quote-only paragraph: the paragraph before is not read.
      const labelled = articleWith({ 20: 'The board met on the pier in the morning.', 21: '"REYES: We sail at noon, on every route."' });
      assert.strictEqual(speakerOf(labelled, 'REYES'), 'Dana Reyes');
      assert.strictEqual(sievedBy(labelled.replace('in the morning', 'in the evening')), 1);
    });

    it('a lookup in the list of entities (by role, by surname) is asked again after a name edit elsewhere: the paragraph is replayed while the answer holds', () => {
      const text = articleWith({
        10: 'Port Secretary Ivo Petrov walked the pier. "The pilings are sound," Petrov said.',
        12: 'Petrov met Jan Novak at the pier.',
        30: '"We will dredge in May," the secretary said.',
        33: '"OKAFOR: The budget holds for now."',
      });
      assert.strictEqual(speakerOf(text, 'We will dredge'), 'Ivo Petrov');
      assert.strictEqual(speakerOf(text, 'OKAFOR'), 'Tom Okafor');
      // A name that came and went near one who has a role: the edited paragraph and the four after it; the
      // secretary is still Petrov and Okafor still Tom Okafor, so their paragraphs far below are replayed.
      assert.strictEqual(sievedBy(text.replace('Jan Novak', 'Jan Novax')), 5);
      // Another secretary named since: "the secretary" now answers differently, and the paragraph after it follows.
      const another = text.replace('Jan Novak', 'Deputy Secretary Jan Novax');
      assert.strictEqual(sievedBy(another), 7);
      assert.strictEqual(speakerOf(another, 'We will dredge'), 'Jan Novax');
    });
  });
});
