// Starts code-server (VS Code served to a browser, with a real Node extension host) on a free
// loopback port, with settings that keep a test run quiet and deterministic.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { codeServerEntry, node24Binary } from './tools';

export interface CodeServerOptions {
  userDataDir: string;
  extensionsDir: string;
  /** Holds the server's log, home, XDG and temp folders. */
  stateDir: string;
  /** Honour VS Code's test payload (extensionDevelopmentPath/extensionTestsPath) and automation hooks. */
  smokeTestDriver?: boolean;
  env?: NodeJS.ProcessEnv;
  /** User settings on top of the quiet defaults below. */
  userSettings?: Record<string, unknown>;
}

export interface RunningCodeServer {
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

const quietUserSettings = {
  'workbench.startupEditor': 'none',
  // Otherwise the chat panel opens now and then and steals focus.
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

export function codeServerInstalled(): boolean {
  return fs.existsSync(codeServerEntry) && fs.existsSync(node24Binary);
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  if (!codeServerInstalled()) {
    throw new Error(`code-server is not installed; run scripts/vscode-test/ensure-vscode.sh`);
  }
  writeUserSettings(options.userDataDir, options.userSettings ?? {});
  fs.mkdirSync(options.extensionsDir, { recursive: true });
  const logFile = path.join(options.stateDir, 'code-server.log');
  const log = fs.openSync(logFile, 'a');

  const port = await freePort();
  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const server = spawn(node24Binary, args, {
    // Its own process group, so stopping it also stops the extension host and file watchers.
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...options.env, ...isolatedHome(options.stateDir) },
  });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(url, server, logFile);
  } catch (error) {
    await stopProcessGroup(server);
    throw error;
  }
  return { url, logFile, stop: () => stopProcessGroup(server) };
}

/** HOME, XDG and temp folders inside `stateDir`, so code-server writes nothing into the user's home. */
export function isolatedHome(stateDir: string): NodeJS.ProcessEnv {
  const home = path.join(stateDir, 'home');
  const tmp = path.join(stateDir, 'tmp');
  for (const dir of [home, tmp]) fs.mkdirSync(dir, { recursive: true });
  return {
    HOME: home,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_RUNTIME_DIR: tmp,
  };
}

function writeUserSettings(userDataDir: string, extra: Record<string, unknown>): void {
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  const existing = fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, 'utf8')) : {};
  fs.writeFileSync(settingsFile, JSON.stringify({ ...existing, ...quietUserSettings, ...extra }, null, 2));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(url: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`code-server exited early (${server.exitCode ?? server.signalCode}):\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${url} within 60 s:\n${tail(logFile)}`);
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(5_000).then(() => true)]);
  // The extension host and watchers may outlive the server: take the whole group down.
  signalGroup('SIGKILL');
  if (timedOut) await exited;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
