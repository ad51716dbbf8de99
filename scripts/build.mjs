// Bundles the extension, the CLI and the analysis worker with esbuild.
// Usage: node scripts/build.mjs [--watch] [--only extension|cli|worker|sourceCheck] [--dev] (--only cli builds its worker too)
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/**
 * The lexicon module's value, computed now: the bundles hold compromise's unpacked lexicon as JSON (parsed in a
 * few milliseconds) instead of compromise and its start-up work (a quarter of a second per process).
 */
async function lexiconModelJson() {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-model-'));
  try {
    const outfile = join(dir, 'lexiconModel.cjs');
    await esbuild.build({ entryPoints: ['src/engine/text/lexiconModel.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
    return JSON.stringify(createRequire(import.meta.url)(outfile).LEXICON_MODEL);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lexiconModel = {
  name: 'lexicon-model',
  setup(build) {
    let json;
    build.onLoad({ filter: /[\\/]src[\\/]engine[\\/]text[\\/]lexiconModel\.ts$/ }, async () => {
      json ??= lexiconModelJson();
      // JSON.parse of a string, not an object literal: a key "__proto__" stays a word, and it parses faster.
      return { contents: `export const LEXICON_MODEL = JSON.parse(${JSON.stringify(await json)});`, loader: 'js' };
    });
  },
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
      plugins: [lexiconModel],
      ...t,
    }),
  ),
);
console.error(`built ${selected.map(([n]) => n).join(', ')}`);
