// Opens the workbench in Debian's Chromium, headless, with a fresh profile and no background traffic.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium(profileDir: string, viewport = { width: 1440, height: 900 }): Promise<BrowserContext> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  fs.rmSync(profileDir, { recursive: true, force: true });
  const home = path.join(profileDir, 'home');
  fs.mkdirSync(home, { recursive: true });
  return chromium.launchPersistentContext(path.join(profileDir, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: quietFlags,
    viewport,
    // Crash reports and caches stay in the profile folder, not in the user's home.
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
  });
}
