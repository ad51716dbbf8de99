// A real VS Code workbench (code-server) in headless Chromium, with the packaged .vsix installed
// into a fresh profile, opened on a folder that holds the sample article.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/vscode-test/browser';
import { inPageScript } from './editor';
import { isolatedHome, startCodeServer, type RunningCodeServer } from '../../scripts/vscode-test/code-server';
import { codeServerEntry, ensureVscodeScript, node24Binary, repoRoot, testStateDir } from '../../scripts/vscode-test/tools';

export const vsixPath = path.join(repoRoot, 'on-the-record.vsix');
export const sampleArticleName = '000_70231c3abc8c0ee5.txt';
export const sourceCheckFiles = ['article.txt', 'town-hall.txt'];
export const screenshotDir = path.join(repoRoot, 'test-results/ui');
export const repoMediaDir = path.join(repoRoot, 'media');

/** Long article lines wrap, so screenshots show whole quotes and their labels. */
const readableEditor = { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false, 'window.zoomLevel': 0 };

export interface Workbench {
  page: Page;
  stop(): Promise<void>;
}

export async function openWorkbench(): Promise<Workbench> {
  if (!fs.existsSync(vsixPath)) throw new Error(`${vsixPath} is missing: run \`npm run package\` first`);
  execFileSync('bash', [ensureVscodeScript], { stdio: 'inherit' });

  const stateDir = path.join(testStateDir, 'ui');
  fs.rmSync(stateDir, { recursive: true, force: true });
  const userDataDir = path.join(stateDir, 'user-data');
  const extensionsDir = path.join(stateDir, 'extensions');
  const workspace = path.join(stateDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'seeds', sampleArticleName), path.join(workspace, sampleArticleName));
  // An article and the transcript it quotes, for Check Quotes Against Source.
  for (const name of sourceCheckFiles) fs.copyFileSync(path.join(repoRoot, 'test/fixtures/sourceCheck', name), path.join(workspace, name));
  // A few articles for Quotes in Workspace and the Sources panel.
  const newsroom = path.join(repoRoot, 'test/fixtures/ledger/newsroom');
  fs.cpSync(newsroom, path.join(workspace, 'newsroom'), { recursive: true });
  fs.mkdirSync(screenshotDir, { recursive: true });

  // Installed the way a user would: from the .vsix, into the profile code-server then starts with.
  execFileSync(node24Binary, [codeServerEntry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsixPath], {
    stdio: 'pipe',
    env: { ...process.env, ...isolatedHome(stateDir) },
  });

  let server: RunningCodeServer | undefined;
  let browser: BrowserContext | undefined;
  try {
    server = await startCodeServer({ userDataDir, extensionsDir, stateDir, userSettings: readableEditor });
    browser = await launchChromium(path.join(stateDir, 'chromium-profile'));
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.addInitScript({ path: inPageScript });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const running = { server, browser };
    return {
      page,
      stop: async () => {
        await running.browser.close();
        await running.server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.stop();
    throw error;
  }
}
