import * as assert from 'assert';
import { analyzeFromScratch } from '../../../src/engine/analyze';
import { HOSTILE_INPUTS } from '../../fixtures/hostileInputs';

/** CPU milliseconds of one analysis (less disturbed than wall time by other work on the machine). */
function cpuMs(text: string, language: 'plaintext' | 'markdown'): number {
  const before = process.cpuUsage();
  analyzeFromScratch(text, { language });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * The cost of n and of 2n characters, each the best of three runs taken in turn. Linear growth doubles it;
 * the patterns these inputs once met quadrupled it (or worse). The check allows up to 3x, and reads nothing
 * below 30 ms (too small to time).
 */
describe('engine: hostile input costs time linear in its size', function () {
  this.timeout(120_000);
  for (const input of HOSTILE_INPUTS) {
    it(`${input.name} (${input.description})`, () => {
      const n = Math.max(20_000, Math.floor(input.probeSize / 16));
      const small = input.make(n);
      const large = input.make(2 * n);
      cpuMs(small, input.language); // compile first
      let smallMs = Infinity;
      let largeMs = Infinity;
      for (let run = 0; run < 3; run++) {
        smallMs = Math.min(smallMs, cpuMs(small, input.language));
        largeMs = Math.min(largeMs, cpuMs(large, input.language));
      }
      const growth = largeMs / Math.max(smallMs, 30);
      assert.ok(growth < 3, `${n} characters: ${smallMs.toFixed(0)} ms; ${2 * n}: ${largeMs.toFixed(0)} ms (x${growth.toFixed(1)})`);
    });
  }

  it('reads quotations nested deeper than six as plain marks, and says so', () => {
    const analysis = analyzeFromScratch(HOSTILE_INPUTS[0].make(4000));
    assert.ok(analysis.quotes.filter((q) => q.kind === 'direct').length <= 6);
    assert.ok(analysis.problems.some((p) => /nested more than 6 deep/.test(p.message)));
  });

  it('reports every one of 130,000 stray closing marks without overflowing the stack', () => {
    const analysis = analyzeFromScratch('”'.repeat(130_000));
    assert.ok(analysis.problems.length > 129_000, String(analysis.problems.length));
  });
});
