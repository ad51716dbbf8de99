// Bundles the extension, the CLI and the analysis worker with esbuild.
// Usage: node scripts/build.mjs [--watch] [--only extension|cli|worker|sourceCheck] [--dev]
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const production = !args.includes('--dev');

const targets = {
  extension: { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  cli: { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  worker: { entryPoints: ['src/worker/worker.ts'], outfile: 'dist/worker.js' },
  sourceCheck: { entryPoints: ['src/worker/sourceCheckWorker.ts'], outfile: 'dist/sourceCheckWorker.js' },
};

const selected = Object.entries(targets).filter(([name, t]) => (!only || only === name) && existsSync(t.entryPoints[0]));
await Promise.all(
  selected.map(([, t]) =>
    esbuild.build({
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      sourcemap: !production,
      minify: production,
      logLevel: 'warning',
      ...t,
    }),
  ),
);
console.error(`built ${selected.map(([n]) => n).join(', ')}`);
