// Stands in for the `code` executable of @vscode/test-electron where desktop VS Code cannot be had:
// takes VS Code's command-line flags, runs the extension tests in code-server (a real Node extension
// host) with the workbench open in headless Chromium, relays the tests' output and exits with their code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchChromium } from './browser';
import { startCodeServer, type RunningCodeServer } from './code-server';
import { testStateDir } from './tools';

interface ShimArgs {
  extensionDevelopmentPaths: string[];
  extensionTestsPath: string | undefined;
  userDataDir: string | undefined;
  extensionsDir: string | undefined;
  /** Files or folders to open; the first folder becomes the workspace. */
  paths: string[];
}

const timeoutSeconds = Number(process.env.ON_THE_RECORD_TEST_TIMEOUT ?? 600);
/**
 * The extension host's console reaches the page through the same log hook as the workbench's own
 * messages; test/integration/index.ts prefixes the test report with this so only it is relayed.
 */
const testReportPrefix = '[on-the-record-tests] ';

export function parseCodeArgs(argv: string[]): ShimArgs {
  const parsed: ShimArgs = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined, paths: [] };
  const valueFlags = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      parsed.paths.push(path.resolve(arg));
      continue;
    }
    const [flag, inlineValue] = splitFlag(arg.slice(2));
    if (!valueFlags.has(flag)) continue; // Desktop-only flags (--no-sandbox, --disable-updates, ...) mean nothing here.
    const value = path.resolve(inlineValue ?? argv[++i]);
    if (flag === 'extensionDevelopmentPath') parsed.extensionDevelopmentPaths.push(value);
    else if (flag === 'extensionTestsPath') parsed.extensionTestsPath = value;
    else if (flag === 'user-data-dir') parsed.userDataDir = value;
    else parsed.extensionsDir = value;
  }
  return parsed;
}

function splitFlag(flag: string): [string, string | undefined] {
  const equals = flag.indexOf('=');
  return equals < 0 ? [flag, undefined] : [flag.slice(0, equals), flag.slice(equals + 1)];
}

/** The workbench URL that loads the extension under development and runs its tests. */
export function workbenchUrl(serverUrl: string, folder: string, args: ShimArgs): string {
  // The remote authority must be literally "remote", or the workbench waits forever without an error.
  const remote = (p: string) => `vscode-remote://remote${p}`;
  const payload: [string, string][] = args.extensionDevelopmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (args.extensionTestsPath) payload.push(['extensionTestsPath', remote(args.extensionTestsPath)]);
  return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function main(): Promise<number> {
  const args = parseCodeArgs(process.argv.slice(2));
  if (!args.extensionTestsPath) throw new Error('code-shim runs extension tests only: pass --extensionTestsPath');
  const stateDir = path.join(testStateDir, 'code-server');
  fs.rmSync(stateDir, { recursive: true, force: true });
  fs.mkdirSync(stateDir, { recursive: true });
  const folder = args.paths.find((p) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory()) ?? fs.mkdtempSync(path.join(stateDir, 'workspace-'));

  const server = await startCodeServer({
    userDataDir: args.userDataDir ?? path.join(stateDir, 'user-data'),
    extensionsDir: args.extensionsDir ?? path.join(stateDir, 'extensions'),
    stateDir,
    smokeTestDriver: true,
    env: { ON_THE_RECORD_TEST_REPORT_PREFIX: testReportPrefix },
  });
  // Stopped from outside (Ctrl+C in the runner, a CI timeout): take code-server down too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.stop().finally(() => process.exit(130)));
  }
  try {
    return await runTestsInBrowser(server, folder, args, stateDir);
  } finally {
    await server.stop();
  }
}

async function runTestsInBrowser(server: RunningCodeServer, folder: string, args: ShimArgs, stateDir: string): Promise<number> {
  const browser = await launchChromium(path.join(stateDir, 'chromium-profile'));
  const workbenchLogPath = path.join(stateDir, 'workbench.log');
  const workbenchLog = fs.createWriteStream(workbenchLogPath);
  const errors: string[] = [];
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const exitCode = new Promise<number>((resolve, reject) => {
      // Both hooks must exist before the workbench loads: it looks them up on `window`.
      void page.exposeFunction('codeAutomationExit', (code: number, logs?: { relativePath: string; contents: string }[]) => {
        saveLogs(path.join(stateDir, 'logs'), logs ?? []);
        resolve(code);
      });
      void page.exposeFunction('codeAutomationLog', (level: string, logged: unknown) => {
        // The workbench passes a string or, for forwarded console calls, the array of arguments.
        const message = Array.isArray(logged) ? logged.map(String).join(' ') : String(logged);
        if (message.startsWith(testReportPrefix)) {
          process.stdout.write(message.slice(testReportPrefix.length) + '\n');
          return;
        }
        workbenchLog.write(`[${level}] ${message}\n`);
        if (level === 'error') errors.push(message);
      });
      page.on('crash', () => reject(new Error('the workbench page crashed')));
      setTimeout(() => reject(new Error(`no test result within ${timeoutSeconds} s; see ${stateDir}`)), timeoutSeconds * 1000).unref();
    });
    page.on('pageerror', (error) => workbenchLog.write(`[pageerror] ${error.stack ?? error.message}\n`));
    await page.goto(workbenchUrl(server.url, folder, args));
    const code = await exitCode;
    if (code !== 0) {
      // Errors thrown outside mocha (loading the tests, activating) show only here.
      console.error(`code-shim: the extension host exited with ${code}; last workbench errors:`);
      for (const error of errors.slice(-5)) console.error(`  ${error.split('\n')[0]}`);
      console.error(`code-shim: full logs in ${workbenchLogPath} and ${server.logFile}`);
    }
    return code;
  } finally {
    workbenchLog.end();
    await browser.close();
  }
}

function saveLogs(dir: string, logs: { relativePath: string; contents: string }[]): void {
  for (const log of logs) {
    const file = path.join(dir, log.relativePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, log.contents);
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`code-shim: ${error.message}`);
      process.exit(1);
    },
  );
}
