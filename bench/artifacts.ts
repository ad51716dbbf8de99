import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';

export interface BuildOutcome {
  target: string;
  ok: boolean;
  error?: string;
}

/** Builds one bundle with the project's build script, so sizes and timings describe the current sources. */
export function buildTarget(repoRoot: string, target: 'extension' | 'cli' | 'worker'): BuildOutcome {
  try {
    execFileSync(process.execPath, ['scripts/build.mjs', '--only', target], { cwd: repoRoot, stdio: 'pipe' });
    return { target, ok: true };
  } catch (err) {
    const output = err as { stderr?: Buffer; message?: string };
    const reason = output.stderr?.toString().trim().split('\n').slice(0, 3).join(' ') || output.message || String(err);
    return { target, ok: false, error: reason };
  }
}

export interface FileSize {
  file: string;
  bytes: number | null;
}

/** Sizes of the shipped artifacts; null when the file does not exist. */
export function artifactSizes(repoRoot: string): FileSize[] {
  return ['dist/extension.js', 'dist/worker.js', 'dist/cli.js', 'dist/cli-worker.js', 'on-the-record.vsix'].map((file) => {
    const full = path.join(repoRoot, file);
    return { file, bytes: existsSync(full) ? statSync(full).size : null };
  });
}
