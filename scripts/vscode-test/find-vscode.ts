// Picks the VS Code that runs the extension-host tests: desktop VS Code where it is installed or can
// be downloaded (and a display exists), otherwise code-server through code-shim. Never skips: when
// neither can be had, it throws with what to install.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { downloadAndUnzipVSCode } from '@vscode/test-electron';
import { ensureVscodeScript, repoRoot, testStateDir } from './tools';

export interface VscodeChoice {
  route: 'desktop' | 'code-server';
  executablePath: string;
}

/** Where Debian/Ubuntu packages and the tarball put desktop VS Code's electron executable. */
const installedDesktopPaths = ['/usr/share/code/code', '/opt/visual-studio-code/code', '/snap/code/current/usr/share/code/code'];

export const codeShimPath = path.join(repoRoot, 'scripts/vscode-test/code-shim');

export async function findVscode(): Promise<VscodeChoice> {
  const forced = process.env.ON_THE_RECORD_VSCODE; // "desktop", "code-server", or a path to desktop VS Code
  if (forced && forced !== 'desktop' && forced !== 'code-server') return { route: 'desktop', executablePath: forced };

  const reasons: string[] = [];
  if (forced !== 'code-server') {
    const desktop = await findDesktopVscode(reasons);
    if (desktop) return { route: 'desktop', executablePath: desktop };
    if (forced === 'desktop') throw new Error(`desktop VS Code is unavailable: ${reasons.join('; ')}`);
  }

  const ensured = spawnSync('bash', [ensureVscodeScript], { stdio: 'inherit' });
  if (ensured.status === 0) return { route: 'code-server', executablePath: codeShimPath };
  reasons.push('code-server could not be installed (see above)');
  throw new Error(
    `no VS Code can be started for the extension-host tests: ${reasons.join('; ')}.\n` +
      'Either install desktop VS Code (and run under a display, e.g. xvfb-run), or install the Debian packages ' +
      '"chromium fonts-dejavu-core libkrb5-dev build-essential pkg-config python3" and make the npm registry reachable so ' +
      'scripts/vscode-test/ensure-vscode.sh can install code-server and Node 24 into .tools/.',
  );
}

async function findDesktopVscode(reasons: string[]): Promise<string | undefined> {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    reasons.push('desktop VS Code needs a display (DISPLAY is not set)');
    return undefined;
  }
  const installed = installedDesktopPaths.find((p) => fs.existsSync(p));
  if (installed) return installed;
  try {
    return await downloadAndUnzipVSCode({ cachePath: testStateDir, timeout: 15_000 });
  } catch (error) {
    reasons.push(`desktop VS Code could not be downloaded (${(error as Error).message})`);
    return undefined;
  }
}
