import * as assert from 'node:assert/strict';
import { ContextFinder } from '../../../src/export/context';

const contextAround = (text: string, span: { start: number; end: number }) => new ContextFinder(text).around(span);

function spanOf(text: string, needle: string) {
  const start = text.indexOf(needle);
  assert.ok(start >= 0);
  return { start, end: start + needle.length };
}

describe('ContextFinder', () => {
  it('returns the paragraph around a quote, whitespace collapsed', () => {
    const text = 'Title\n\nFirst line of the\nparagraph, "quoted words," she said.\n\nNext paragraph.';
    assert.equal(contextAround(text, spanOf(text, '"quoted words,"')), 'First line of the paragraph, "quoted words," she said.');
  });

  it('treats CRLF blank lines as paragraph breaks', () => {
    const text = 'Before.\r\n\r\n"Quoted," he said.\r\n\r\nAfter.';
    assert.equal(contextAround(text, spanOf(text, '"Quoted,"')), '"Quoted," he said.');
  });

  it('spans every paragraph of a multi-paragraph quote', () => {
    const text = 'Intro.\n\n"One.\n\n"Two," he said.\n\nOutro.';
    assert.equal(contextAround(text, { start: text.indexOf('"One'), end: text.indexOf(' he said') }), '"One. "Two," he said.');
  });

  it('narrows a long paragraph to the sentences around the quote', () => {
    const filler = 'This sentence only pads the paragraph out. '.repeat(12);
    const text = `${filler}The mayor said "it is done." Then she left. ${filler}`;
    assert.equal(contextAround(text, spanOf(text, '"it is done."')), 'The mayor said "it is done." Then she left.');
  });

  it('cuts an overlong sentence at word boundaries, marking the cuts', () => {
    const words = 'word '.repeat(200);
    const text = `${words}"the quote" ${words}`;
    const context = contextAround(text, spanOf(text, '"the quote"'));
    assert.match(context, /^… word( word)* "the quote"( word)* …$/);
    assert.ok(context.length < 300);
  });
});
