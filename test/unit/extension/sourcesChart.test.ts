import * as assert from 'assert';
import { sourcesPicture } from '../../../src/engine/ledger';
import { EXPORT_COLORS, sourcesSvg, THEME_COLORS } from '../../../src/extension/sourcesChart';
import { analyseNewsroom, article, person, quote } from '../engine/ledger/helpers';

const bars = (svg: string): string[] => [...svg.matchAll(/<g class="bar" data-speaker="([^"]*)"/g)].map((m) => m[1]);
const widths = (svg: string): number[] => [...svg.matchAll(/<rect x="220" y="\d+" width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('Sources chart', () => {
  const picture = sourcesPicture(analyseNewsroom().get('council-vote.txt')!, { 'Dana Whitfield': ['government'] });

  it('draws one clickable bar per source, longest for the most quoted, unnamed sources marked', () => {
    const svg = sourcesSvg(picture, 'quotes', THEME_COLORS, 'council-vote.txt');
    assert.deepStrictEqual(bars(svg), ['Dana Whitfield', 'Priya Lund', 'Officials', 'Omar Hale']);
    assert.match(svg, /Officials \(unnamed\)/);
    assert.match(svg, /Dana Whitfield \[government\]/);
    assert.match(svg, /33% · 2 quotes/);
    assert.match(svg, /3 named \(83% of quotes\) · 1 unnamed \(17%\) · 3 direct, 3 reported/);
    assert.ok(svg.includes('var(--vscode-charts-blue)') && svg.includes('var(--vscode-charts-orange)'), 'theme colours in the panel');
    // Direct part of Whitfield's bar (one of two quotes reported): half the longest bar.
    assert.strictEqual(widths(svg)[0], 180);
  });

  it('measures by quoted words when asked, and exports with fixed colours', () => {
    const svg = sourcesSvg(picture, 'words', EXPORT_COLORS, 'council-vote.txt');
    assert.match(svg, /share of quoted words per source/);
    assert.match(svg, new RegExp(`${Math.round(picture.sources[0].wordShare * 100)}% · ${picture.sources[0].words} words`));
    assert.ok(!svg.includes('var(--'), 'an exported file names its colours');
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  });

  it('escapes names and says when there is nothing to draw', () => {
    const odd = sourcesPicture(article([quote('We stand by it all', 'A & B <Partners>', 'ab')], [person('ab', 'A & B <Partners>')]));
    const svg = sourcesSvg(odd, 'quotes', EXPORT_COLORS, 'x');
    assert.ok(svg.includes('A &#38; B &#60;Partners&#62;') && !svg.includes('<Partners>'));
    assert.match(sourcesSvg(sourcesPicture(article([], [])), 'quotes', EXPORT_COLORS, 'x'), /No attributed quotes\./);
  });
});
