import * as assert from 'node:assert/strict';
import { exportQuotes } from '../../../src/export';
import { escapeMarkdownInline, toMarkdownBlockquote } from '../../../src/export/markdownEscape';
import { SAMPLE_TEXT, sampleAnalysis, spanOf } from '../../fixtures/cli/sampleAnalysis';

interface MarkdownRenderer {
  render(source: string): string;
}

/** The renderer VS Code's preview uses, when installed (it comes with @vscode/vsce). */
function loadRenderer(): MarkdownRenderer | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const MarkdownIt = require('markdown-it');
    return new MarkdownIt();
  } catch {
    return undefined;
  }
}

function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

describe('Markdown export', () => {
  const output = exportQuotes([{ file: 'sample_article.txt', text: SAMPLE_TEXT, analysis: sampleAnalysis() }], 'markdown');

  it('has a heading per file', () => {
    assert.match(output, /^# Quotes\n\n## sample\\_article\.txt\n/);
  });

  it('groups quotes by speaker, with role and count, unattributed last', () => {
    const headings = output.split('\n').filter((line) => line.startsWith('### '));
    assert.deepEqual(headings, [
      '### Mike Pompeo — Secretary of State (2 quotes)',
      '### Sergey Lavrov — Foreign Minister (1 quote)',
      '### Unattributed (1 quote)',
    ]);
  });

  it('shows each quote as a blockquote with its line and cue', () => {
    assert.ok(output.includes('> We would not tolerate that,\n\n— line 3, *said*\n'));
  });

  it('marks low-confidence attributions only', () => {
    assert.equal(output.match(/low confidence/g)?.length, 1);
    assert.ok(output.includes('— line 5, *added*, ⚠ low confidence (0.46)'));
  });

  it('labels reported speech', () => {
    assert.ok(output.includes('— line 7, *said*, reported speech'));
  });

  it('escapes Markdown in quote text', () => {
    assert.ok(output.includes("> It's \\*complicated\\* = \\[a\\] \\<b\\> mess, really,"));
  });

  it('says so when a file has no quotes', () => {
    const empty = sampleAnalysis();
    empty.quotes = [];
    assert.ok(exportQuotes([{ file: 'a.txt', text: '', analysis: empty }], 'markdown').includes('No quotes found.'));
  });

  it('renders hundreds of thousands of quotes', () => {
    const many = sampleAnalysis();
    const [first] = many.quotes;
    const unit = '"Yes." ';
    const text = unit.repeat(200_000);
    many.quotes = Array.from({ length: 200_000 }, (_, i) => ({
      ...first,
      start: i * unit.length + 1,
      end: i * unit.length + 5,
      text: 'Yes.',
      outer: { start: i * unit.length, end: i * unit.length + 6 },
      line: 1,
    }));
    const document = exportQuotes([{ file: 'a.txt', text, analysis: many }], 'markdown');
    assert.ok(document.includes('### Mike Pompeo — Secretary of State (200000 quotes)'));
  });

  it('exports only the selected quotes', () => {
    const selected = exportQuotes(
      [{ file: 'a.txt', text: SAMPLE_TEXT, analysis: sampleAnalysis(), selection: spanOf('Foreign Minister Sergey Lavrov said the talks were frank.') }],
      'markdown',
    );
    assert.ok(selected.includes('### Sergey Lavrov — Foreign Minister (1 quote)'));
    assert.ok(!selected.includes('Mike Pompeo'));
  });
});

describe('Markdown escaping', () => {
  const renderer = loadRenderer();
  const tricky = [
    '*stars* and _underscores_ and `code`',
    '[link](http://example.com) and ![image](x.png)',
    '<script>alert(1)</script> & &amp; entities',
    '# not a heading',
    '- not a list',
    '+ not a list',
    '1. not a list',
    '2) not a list',
    '> not a quote',
    '---',
    '===',
    'a | table | row',
    '~~not struck~~ and $x$ math',
    'back\\slash',
    '    not code',
  ];

  for (const text of tricky) {
    it(`renders literally: ${text}`, function () {
      if (!renderer) this.skip();
      const inline = textOfHtml(renderer!.render(escapeMarkdownInline(text)));
      assert.equal(inline, text.trim());
      const quoted = renderer!.render(toMarkdownBlockquote(text));
      assert.match(quoted, /^<blockquote>\n<p>/);
      assert.equal(textOfHtml(quoted), text.trim());
    });
  }

  it('escapes the characters that start Markdown syntax', () => {
    assert.equal(escapeMarkdownInline('*a* _b_ `c` [d] <e> #f'), '\\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\<e\\> \\#f');
    assert.equal(escapeMarkdownInline('- item'), '\\- item');
    assert.equal(escapeMarkdownInline('12. item'), '12\\. item');
  });

  it('keeps inline text on one line', () => {
    assert.equal(escapeMarkdownInline('one\ntwo'), 'one two');
  });

  it('keeps the paragraphs of a multi-paragraph quote inside one blockquote', () => {
    assert.equal(toMarkdownBlockquote('First paragraph.\r\n\r\n"Second - paragraph.'), '> First paragraph.\n>\n> "Second - paragraph.');
  });
});
