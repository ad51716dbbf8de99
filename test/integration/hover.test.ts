import * as assert from 'node:assert/strict';
import { lavrov, pompeo } from './facts';
import { entityNamed, hoverTextAt, openSampleArticle, positionOf, quotesOf, unescapeMarkdown, type OpenedDocument } from './helpers';

describe('hover cards on the sample article', () => {
  let opened: OpenedDocument;
  before(async () => {
    opened = await openSampleArticle();
  });

  it('shows Lavrov\'s full name, role and quote count on "Lavrov"', async () => {
    const card = unescapeMarkdown(await hoverTextAt(opened.document, positionOf(opened.document, 'Lavrov said', 0).translate(0, 2)));
    assert.match(card, new RegExp(lavrov.name));
    assert.match(card, lavrov.rolePattern);
    const expected = quotesOf(opened.analysis, entityNamed(opened.analysis, lavrov.name)).length;
    assert.ok(expected >= lavrov.minQuotes, `the analysis gives Lavrov ${expected} quotes`);
    assert.match(card, new RegExp(`\\b${expected} quotes\\b`), `card should count ${expected} quotes:\n${card}`);
  });

  it('shows Pompeo\'s card on "Pompeo" with his role', async () => {
    const card = unescapeMarkdown(await hoverTextAt(opened.document, positionOf(opened.document, 'Pompeo later said').translate(0, 1)));
    assert.match(card, new RegExp(pompeo.name));
    assert.match(card, pompeo.rolePattern);
    const expected = quotesOf(opened.analysis, entityNamed(opened.analysis, pompeo.name)).length;
    assert.match(card, new RegExp(`\\b${expected} quotes\\b`));
  });

  it('names the speaker when hovering inside a quotation', async () => {
    const card = unescapeMarkdown(await hoverTextAt(opened.document, positionOf(opened.document, lavrov.quote).translate(0, 5)));
    assert.match(card, new RegExp(lavrov.name));
  });

  it('shows no entity card on plain words', async () => {
    const card = await hoverTextAt(opened.document, positionOf(opened.document, 'holding talks').translate(0, 2));
    assert.doesNotMatch(card, new RegExp(lavrov.name));
    assert.doesNotMatch(card, new RegExp(pompeo.name));
  });
});
