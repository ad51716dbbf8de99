import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { scanQuotes } from '../../../src/engine/text/quotes';
import { paragraphs } from '../../../src/engine/text/segment';
import { assertOffsetsMatch, direct, quoteWith, slice } from '../../fixtures/engine/helpers';

describe('engine: quotation marks', () => {
  it('finds straight double quotes and gives the inner words, the marks and the line', () => {
    const text = 'Intro line.\n\nMayor Dana Whitfield said "the bridge will open in May."';
    const a = analyze(text);
    const q = quoteWith(a, 'bridge');
    assert.strictEqual(q.text, 'the bridge will open in May.');
    assert.strictEqual(slice(text, q.outer), '"the bridge will open in May."');
    assert.strictEqual(q.line, 3);
    assert.strictEqual(q.depth, 0);
    assert.strictEqual(q.multiParagraph, false);
  });

  it('finds curly double quotes', () => {
    const text = '“We are ready,” Dana Whitfield said.';
    const q = quoteWith(analyze(text), 'ready');
    assert.strictEqual(q.text, 'We are ready,');
    assert.strictEqual(slice(text, q.outer), '“We are ready,”');
  });

  it('finds curly and straight single quotes', () => {
    for (const [open, close] of [['‘', '’'], ["'", "'"]]) {
      const text = `Dana Whitfield said ${open}the bridge will open.${close}`;
      const q = quoteWith(analyze(text), 'bridge');
      assert.strictEqual(q.text, 'the bridge will open.');
      assert.strictEqual(slice(text, q.outer), `${open}the bridge will open.${close}`);
    }
  });

  it('does not take apostrophes for quotation marks', () => {
    for (const mark of ["'", '’']) {
      const text = `I don${mark}t think Guaidó${mark}s plan from the ${mark}90s was rock ${mark}n${mark} roll, the players${mark} union said.`;
      const a = analyze(text);
      assert.deepStrictEqual(direct(a), [], text);
      assert.deepStrictEqual(a.problems, [], text);
    }
  });

  it('keeps a quotation made of apostrophe words whole', () => {
    const text = `Dana Whitfield said, "We don't want the players' union back in the '90s."`;
    const a = analyze(text);
    assert.strictEqual(direct(a).length, 1);
    assert.strictEqual(direct(a)[0].text, "We don't want the players' union back in the '90s.");
  });

  it('finds a quote inside a quote at depth 1', () => {
    for (const text of [
      `Dana Whitfield said, "He told me 'never again' and left."`,
      'Dana Whitfield said, “He told me ‘never again’ and left.”',
    ]) {
      const a = analyze(text);
      const outer = quoteWith(a, 'He told me');
      const inner = direct(a).find((q) => q.text === 'never again');
      assert.ok(inner, text);
      assert.strictEqual(outer.depth, 0);
      assert.strictEqual(inner.depth, 1);
      assert.ok(outer.start < inner.outer.start && inner.outer.end < outer.end);
      assert.strictEqual(inner.attribution.speaker, null, 'words quoted inside a quotation are not the outer speaker’s');
    }
  });

  it('finds guillemets', () => {
    const text = 'The mayor said « we will rebuild » and left.';
    const q = quoteWith(analyze(text), 'rebuild');
    assert.strictEqual(q.text, 'we will rebuild');
    assert.strictEqual(slice(text, q.outer), '« we will rebuild »');
  });

  it("reads typewriter ''doubled'' marks as double quotes", () => {
    const text = "Dana Whitfield said, ''We are ready.''";
    const q = quoteWith(analyze(text), 'ready');
    assert.strictEqual(q.text, 'We are ready.');
    assert.strictEqual(slice(text, q.outer), "''We are ready.''");
    assert.strictEqual(q.attribution.speaker, 'Dana Whitfield');
  });

  it('joins a news-style quote over several paragraphs (each opens, only the last closes)', () => {
    const text = '"The first part goes here.\n\n"The second part goes here.\n\n"The last part ends here," Dana Whitfield said.\n\nAfterwards, nothing.';
    const a = analyze(text);
    assert.strictEqual(direct(a).length, 1);
    const q = direct(a)[0];
    assert.strictEqual(q.multiParagraph, true);
    assert.strictEqual(q.outer.start, 0);
    assert.ok(q.text.startsWith('The first part') && q.text.endsWith('ends here,'));
    assert.strictEqual(q.attribution.speaker, 'Dana Whitfield');
    assert.deepStrictEqual(a.problems, []);
  });

  for (const [open, close] of [["'", "'"], ['‘', '’']]) {
    it(`joins a British quotation in single marks (${open}…${close}) over paragraphs, apostrophes inside`, () => {
      const text =
        `Joe Brannigan keeps a helmet.\n\n${open}The first dive was dark,${close} he says. ${open}The river${close}s the colour of tea. You${close}d learn it.` +
        `\n\n${open}There was an old fella who said to me, "Son, it doesn${close}t care." Took me years.` +
        `\n\n${open}I${close}ve brought up cars and a piano. I didn${close}t ask.${close}\n\nHis wife died in 2019.`;
      const long = direct(analyze(text)).find((q) => q.multiParagraph);
      assert.ok(long, 'one quotation runs over the three paragraphs');
      assert.ok(long.text.startsWith('The river') && long.text.endsWith('ask.'), long.text);
      assert.strictEqual(long.attribution.speaker, 'Joe Brannigan');
    });
  }

  it('does not join a typewriter-marked excerpt paragraph to the curly quotation opening the next one', () => {
    const text = 'She wrote:\n\n"Kevin was snoring.\n\n“Here he is, babe,” she said. “Donald’s here.”';
    const a = analyze(text);
    assert.deepStrictEqual(direct(a).map((q) => q.text), ['Kevin was snoring.', 'Here he is, babe,', 'Donald’s here.']);
    assert.strictEqual(a.problems.length, 1, 'the excerpt mark is still reported as not closed');
  });

  it('finds a partial quote inside a sentence', () => {
    const text = 'Mayor Dana Whitfield called the claims "baseless accusations" on Monday.';
    const q = quoteWith(analyze(text), 'baseless');
    assert.strictEqual(q.text, 'baseless accusations');
    assert.strictEqual(q.start, text.indexOf('baseless'));
  });

  it('finds a quote in a headline and credits the speaker the body names', () => {
    const text = 'Whitfield Says "We Will Rebuild" After Storm\n\nMayor Dana Whitfield spoke to reporters on Monday after the storm had passed through the valley.';
    const q = quoteWith(analyze(text), 'Rebuild');
    assert.strictEqual(q.line, 1);
    assert.strictEqual(q.usage, 'speech');
    assert.strictEqual(q.attribution.speaker, 'Dana Whitfield');
  });

  it('reports an unbalanced mark without swallowing the next paragraphs', () => {
    const text = 'Dana Whitfield said "this never closes.\n\nNext, there is "a proper quote," Tom Barrow said.\n\n"And one more," he added.';
    const a = analyze(text);
    const problem = a.problems.find((p) => p.kind === 'unbalanced-quote');
    assert.ok(problem, JSON.stringify(a.problems));
    assert.strictEqual(problem.start, text.indexOf('"this'));
    assert.ok(problem.message.length > 0);
    assert.deepStrictEqual(direct(a).map((q) => q.text), ['a proper quote,', 'And one more,']);
    assert.strictEqual(quoteWith(a, 'proper').attribution.speaker, 'Tom Barrow');
  });

  it('reports a closing mark with no opening mark', () => {
    const text = 'Dana Whitfield left” early.';
    const a = analyze(text);
    assert.deepStrictEqual(a.problems.map((p) => [p.kind, p.start]), [['unbalanced-quote', text.indexOf('”')]]);
  });

  it('scanQuotes works on its own with paragraphs()', () => {
    const text = '“One,” she said.\n\n“Two.”';
    const scan = scanQuotes(text, paragraphs(text));
    assert.deepStrictEqual(scan.quotes.map((q) => text.slice(q.start, q.end)), ['One,', 'Two.']);
    assert.deepStrictEqual(scan.quotes.map((q) => [q.open, q.close]), [[0, 6], [18, 24]]);
    assert.deepStrictEqual(scan.problems, []);
  });

  it('keeps offsets consistent on a mixed text', () => {
    const text = 'Headline With “Quote” Here\n\n“A,” Dana Whitfield said. She added, ‘b’ and "c."\n\n« d »';
    assertOffsetsMatch(text, analyze(text));
  });
});

describe('engine: quotation marks typed the wrong way round', () => {
  it('closes a quotation with an opening mark typed where the closing one belongs', () => {
    const text = 'Sanders made the following comment:\n\n“The real unemployment rate for young people is 51 percent.“\n\nIt was labeled “Mostly True.”';
    const analysis = analyze(text);
    assert.deepStrictEqual(
      analysis.quotes.filter((q) => q.kind === 'direct').map((q) => q.text),
      ['The real unemployment rate for young people is 51 percent.', 'Mostly True.'],
    );
    assert.strictEqual(analysis.problems.length, 0);
  });
});
