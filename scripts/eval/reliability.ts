/** The reliability table: for each band of confidence, how many attributions and how many were right. */
import type { JudgedAttribution } from './judged';

/** Lower bounds of the bands. */
const BANDS = [0, 0.5, 0.7, 0.8, 0.9, 0.95];

const label = (i: number): string =>
  i === 0 ? `< ${BANDS[1]}` : i === BANDS.length - 1 ? `>= ${BANDS[i]}` : `${BANDS[i]}-${BANDS[i + 1]}`;

const share = (right: number, n: number): string => (n === 0 ? '    -' : `${((100 * right) / n).toFixed(1).padStart(5)}%`);

export interface Reliability {
  bands: { band: string; attributions: number; right: number; shown: number }[];
  shown: { attributions: number; right: number };
  atLeast90: { attributions: number; right: number };
}

export function reliability(judged: readonly JudgedAttribution[]): Reliability {
  const bands = BANDS.map((_, i) => ({ band: label(i), attributions: 0, right: 0, shown: 0 }));
  const shown = { attributions: 0, right: 0 };
  const atLeast90 = { attributions: 0, right: 0 };
  for (const j of judged) {
    let i = BANDS.length - 1;
    while (i > 0 && j.confidence < BANDS[i]) i--;
    bands[i].attributions++;
    if (j.right) bands[i].right++;
    if (j.shown) {
      bands[i].shown++;
      shown.attributions++;
      if (j.right) shown.right++;
      if (j.confidence >= 0.9) {
        atLeast90.attributions++;
        if (j.right) atLeast90.right++;
      }
    }
  }
  return { bands, shown, atLeast90 };
}

export function formatReliability(title: string, r: Reliability): string {
  const rows = r.bands.map(
    (b) => `    ${b.band.padEnd(9)} ${String(b.attributions).padStart(6)} ${String(b.right).padStart(6)} ${share(b.right, b.attributions)} ${String(b.shown).padStart(6)}`,
  );
  return [
    title,
    `    ${'band'.padEnd(9)} ${'found'.padStart(6)} ${'right'.padStart(6)} ${'share'.padStart(6)} ${'shown'.padStart(6)}`,
    ...rows,
    `  shown: ${r.shown.right}/${r.shown.attributions} right (${share(r.shown.right, r.shown.attributions).trim()}); ` +
      `shown with confidence >= 0.9: ${r.atLeast90.right}/${r.atLeast90.attributions} right (${share(r.atLeast90.right, r.atLeast90.attributions).trim()})`,
  ].join('\n');
}
