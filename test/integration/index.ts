// Entry that VS Code's extension host loads (--extensionTestsPath): runs every compiled
// *.test.js beside it with mocha and rejects when any test fails, which fails the run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // Under code-server the report shares a log stream with the workbench; the harness asks for a
  // prefix so it can tell the report apart (see scripts/vscode-test/shim.ts).
  const reportPrefix = process.env.ON_THE_RECORD_TEST_REPORT_PREFIX;
  // Plain text: the report ends up in logs. The tick symbols carry colour codes of their own.
  Mocha.reporters.Base.useColors = false;
  Mocha.reporters.Base.symbols.ok = '✔';
  Mocha.reporters.Base.symbols.err = '✖';
  if (reportPrefix) {
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(reportPrefix + format(...args));
  }
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.ON_THE_RECORD_MOCHA_TIMEOUT ?? 30_000),
    grep: process.env.ON_THE_RECORD_TEST_GREP,
  });
  const testFiles = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  if (testFiles.length === 0) throw new Error(`no integration tests found in ${__dirname}`);
  for (const file of testFiles) mocha.addFile(path.join(__dirname, file));

  let testsRun = 0;
  const failures = await new Promise<number>((resolve) => {
    mocha.run(resolve).on('test end', () => testsRun++);
  });
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
  if (testsRun === 0) throw new Error('no integration test ran');
}
