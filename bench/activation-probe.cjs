// Child-process probe: requires the bundled extension against a fake `vscode` and times require + activate().
// Usage: node bench/activation-probe.cjs <dist/extension.js> <extension root>
// Prints one line "ACTIVATION_RESULT <json>" on success, or exits non-zero with the reason on stderr.
'use strict';
const Module = require('node:module');
const workerThreads = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { createFakeVscode, createFakeContext } = require('./fake-vscode.cjs');

async function main() {
  const [extensionFile, extensionRoot] = process.argv.slice(2);
  const { vscode, calls } = createFakeVscode();

  const fakeId = '\0fake-vscode';
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? fakeId : resolveFilename.call(this, request, ...rest);
  };
  require.cache[fakeId] = { id: fakeId, filename: fakeId, loaded: true, exports: vscode };

  // Activation must stay cheap: count worker threads started during it (the analysis worker should start lazily).
  let workersStarted = 0;
  const RealWorker = workerThreads.Worker;
  workerThreads.Worker = class CountedWorker extends RealWorker {
    constructor(...args) { workersStarted++; super(...args); }
  };

  const started = performance.now();
  const extension = require(extensionFile);
  const required = performance.now();
  if (typeof extension.activate !== 'function') throw new Error(`${extensionFile} exports no activate()`);
  const context = createFakeContext(vscode, extensionRoot);
  const api = extension.activate(context);
  const activatedSync = performance.now();
  await Promise.race([
    Promise.resolve(api),
    new Promise((_, reject) => setTimeout(() => reject(new Error('activate() did not settle within 10 s')), 10000).unref()),
  ]);
  const activated = performance.now();

  const result = {
    requireMs: required - started,
    activateMs: activated - required,
    activateSyncMs: activatedSync - required,
    totalMs: activated - started,
    apiCalls: calls.length,
    registeredCommands: calls.filter((call) => call.startsWith('commands.registerCommand')).length,
    subscriptions: context.subscriptions.length,
    workersStarted,
  };
  if (typeof extension.deactivate === 'function') await extension.deactivate();
  for (const subscription of context.subscriptions) subscription && subscription.dispose && subscription.dispose();
  process.stdout.write(`ACTIVATION_RESULT ${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
