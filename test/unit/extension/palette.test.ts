// The speaker colours contributed in package.json: one hue family each, and readable against the editor
// background of every theme VS Code ships (WCAG 2 contrast ratio).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SPEAKER_SLOTS } from '../../../src/extension/speakerColors';

interface ColorContribution {
  id: string;
  defaults: { light: string; dark: string; highContrast: string; highContrastLight: string };
}

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { contributes: { colors: ColorContribution[] } };
const colors = new Map(manifest.contributes.colors.map((c) => [c.id, c.defaults]));

type Kind = keyof ColorContribution['defaults'];

/**
 * `editor.background` of the themes built into VS Code 1.10x (extensions/theme-*), by the kind of
 * defaults a theme gets. `main` themes are the defaults a newcomer sees.
 */
const THEMES: Array<{ name: string; kind: Kind; background: string; main: boolean }> = [
  { name: 'Light Modern', kind: 'light', background: '#FFFFFF', main: true },
  { name: 'Light+', kind: 'light', background: '#FFFFFF', main: true },
  { name: 'Light 2026', kind: 'light', background: '#FFFFFF', main: true },
  { name: 'Quiet Light', kind: 'light', background: '#F5F5F5', main: false },
  { name: 'Solarized Light', kind: 'light', background: '#FDF6E3', main: false },
  { name: 'Dark Modern', kind: 'dark', background: '#1F1F1F', main: true },
  { name: 'Dark+', kind: 'dark', background: '#1E1E1E', main: true },
  { name: 'Dark 2026', kind: 'dark', background: '#121314', main: true },
  { name: 'Abyss', kind: 'dark', background: '#000C18', main: false },
  { name: 'Kimbie Dark', kind: 'dark', background: '#221A0F', main: false },
  { name: 'Monokai', kind: 'dark', background: '#272822', main: false },
  { name: 'Monokai Dimmed', kind: 'dark', background: '#1E1E1E', main: false },
  { name: 'Red', kind: 'dark', background: '#390000', main: false },
  { name: 'Solarized Dark', kind: 'dark', background: '#002B36', main: false },
  { name: 'Tomorrow Night Blue', kind: 'dark', background: '#002451', main: false },
  { name: 'Dark High Contrast', kind: 'highContrast', background: '#000000', main: true },
  { name: 'Light High Contrast', kind: 'highContrastLight', background: '#FFFFFF', main: true },
];

function channels(hex: string): [number, number, number] {
  const value = hex.replace('#', '').slice(0, 6);
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour wheel in eight families; two colours in one family read as the same speaker. */
function hueFamily(hex: string): string {
  const [r, g, b] = channels(hex);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 0.08) return 'grey';
  let hue = max === r ? ((g - b) / (max - min)) % 6 : max === g ? (b - r) / (max - min) + 2 : (r - g) / (max - min) + 4;
  hue = (hue * 60 + 360) % 360;
  const families: Array<[number, string]> = [[15, 'red'], [45, 'orange'], [70, 'yellow'], [160, 'green'], [200, 'cyan'], [250, 'blue'], [300, 'purple'], [345, 'magenta'], [360, 'red']];
  return families.find(([end]) => hue < end)![1];
}

const speakerIds = Array.from({ length: SPEAKER_SLOTS }, (_, i) => `onTheRecord.speaker${i + 1}`);

describe('speaker colour palette', () => {
  it('contributes one colour and one tint per slot', () => {
    for (const id of speakerIds) {
      assert.ok(colors.has(id), id);
      assert.ok(colors.has(`${id}Background`), `${id}Background`);
    }
    assert.ok(!colors.has(`onTheRecord.speaker${SPEAKER_SLOTS + 1}`), 'no colour beyond the slots');
  });

  for (const kind of ['light', 'dark', 'highContrast', 'highContrastLight'] as const) {
    it(`gives every speaker a hue family of its own (${kind} themes)`, () => {
      const families = speakerIds.map((id) => hueFamily(colors.get(id)![kind]));
      assert.equal(new Set(families).size, families.length, families.join(', '));
      assert.ok(!families.includes('grey'), 'grey is the unattributed colour');
    });
  }

  for (const theme of THEMES) {
    // 4.5:1 is WCAG's bar for text, 3:1 for lines and icons; the default themes get the text bar.
    const needed = theme.main ? 4.5 : 3;
    it(`reads at ${needed}:1 or more on ${theme.name} (${theme.background})`, () => {
      for (const id of [...speakerIds, 'onTheRecord.unattributed']) {
        const color = colors.get(id)![theme.kind];
        const ratio = contrast(color, theme.background);
        assert.ok(ratio >= needed, `${id} ${color} on ${theme.background}: ${ratio.toFixed(2)}:1`);
      }
      const marker = colors.get('onTheRecord.lowConfidence')![theme.kind];
      assert.ok(contrast(marker, theme.background) >= 3, `the uncertain underline ${marker}: ${contrast(marker, theme.background).toFixed(2)}:1`);
    });
  }
});
