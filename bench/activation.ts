import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { median } from './stats';

export interface ActivationTiming {
  runs: number;
  medianTotalMs: number;
  maxTotalMs: number;
  medianRequireMs: number;
  medianActivateMs: number;
  apiCalls: number;
  registeredCommands: number;
  workersStarted: number;
}

export type ActivationOutcome = { ok: true; timing: ActivationTiming } | { ok: false; reason: string };

interface ProbeResult {
  requireMs: number;
  activateMs: number;
  totalMs: number;
  apiCalls: number;
  registeredCommands: number;
  workersStarted: number;
}

/** Times require + activate() of the bundled extension, each run in a fresh Node process (a cold start). */
export function measureActivation(repoRoot: string, runs = 5): ActivationOutcome {
  const extensionFile = path.join(repoRoot, 'dist/extension.js');
  if (!existsSync(extensionFile)) return { ok: false, reason: 'dist/extension.js is missing (src/extension/extension.ts not built)' };
  const probe = path.join(__dirname, 'activation-probe.cjs');
  const results: ProbeResult[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, [probe, extensionFile, repoRoot], { cwd: repoRoot, encoding: 'utf8', timeout: 30000 });
    const line = child.stdout?.split('\n').find((l) => l.startsWith('ACTIVATION_RESULT '));
    if (child.status !== 0 || !line) {
      const reason = (child.stderr || child.error?.message || `exit code ${child.status}`).trim().split('\n').slice(0, 2).join(' ');
      return { ok: false, reason: `activation failed: ${reason}` };
    }
    results.push(JSON.parse(line.slice('ACTIVATION_RESULT '.length)) as ProbeResult);
  }
  const last = results[results.length - 1];
  return {
    ok: true,
    timing: {
      runs,
      medianTotalMs: median(results.map((r) => r.totalMs)),
      maxTotalMs: Math.max(...results.map((r) => r.totalMs)),
      medianRequireMs: median(results.map((r) => r.requireMs)),
      medianActivateMs: median(results.map((r) => r.activateMs)),
      apiCalls: last.apiCalls,
      registeredCommands: last.registeredCommands,
      workersStarted: last.workersStarted,
    },
  };
}
