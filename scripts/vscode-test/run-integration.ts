// Runs test/integration inside a real VS Code extension host with @vscode/test-electron's runTests.
// Usage: node -r esbuild-register scripts/vscode-test/run-integration.ts   (after `npm run build`)
// Env: ON_THE_RECORD_VSCODE=desktop|code-server|/path/to/code, ON_THE_RECORD_TEST_GREP=pattern.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { findVscode } from './find-vscode';
import { repoRoot, testStateDir } from './tools';

const testsOutDir = path.join(repoRoot, 'out/test/integration');

/**
 * The extension host loads JavaScript: bundle the entry and each *.test.ts (so tests can use the
 * extension's pure modules); vscode and mocha stay runtime requires.
 */
async function compileIntegrationTests(): Promise<void> {
  const sourceDir = path.join(repoRoot, 'test/integration');
  fs.rmSync(testsOutDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: fs.readdirSync(sourceDir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(sourceDir, f)),
    outdir: testsOutDir,
    bundle: true,
    external: ['vscode', 'mocha'],
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

function freshWorkspace(): string {
  const workspace = path.join(testStateDir, 'workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.mkdirSync(workspace, { recursive: true });
  return workspace;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(repoRoot, 'dist/extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  await compileIntegrationTests();
  const vscode = await findVscode();
  console.log(`integration tests: ${vscode.route} VS Code (${vscode.executablePath})`);
  const started = Date.now();
  await runTests({
    vscodeExecutablePath: vscode.executablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(testsOutDir, 'index.js'),
    launchArgs: [freshWorkspace(), '--disable-extensions'],
    extensionTestsEnv: { ON_THE_RECORD_TEST_WORKSPACE: path.join(testStateDir, 'workspace') },
  });
  console.log(`integration tests passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: Error) => {
  console.error(`integration tests failed: ${error.message}`);
  process.exit(1);
});
