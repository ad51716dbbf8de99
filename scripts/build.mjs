// Bundles the extension, the CLI and the analysis worker with esbuild.
// Usage: node scripts/build.mjs [--watch] [--only extension|cli|worker|sourceCheck] [--dev] (--only cli builds its worker too)
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
  // The CLI's own worker for `extract --jobs N`: built with the CLI, found beside it.
  'cli-worker': { entryPoints: ['src/cli/extract/worker.ts'], outfile: 'dist/cli-worker.js' },
};

const wanted = (name) => !only || only === name || (only === 'cli' && name === 'cli-worker');
const selected = Object.entries(targets).filter(([name, t]) => wanted(name) && existsSync(t.entryPoints[0]));
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
