import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { run } from '../../../src/cli/run';

const NEWSROOM = join(__dirname, '../../fixtures/ledger/newsroom');

async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}

describe('extract --group-by speaker', () => {
  it('lists a folder\'s quotes by person across its articles, as Markdown', async () => {
    const { code, stdout } = await runCli(['extract', '--group-by', 'speaker', '--jobs', '1', '--quiet', NEWSROOM]);
    assert.equal(code, 0);
    const headings = stdout.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings, [
      '## Dana Whitfield (Mayor)', '## Omar Hale (council member)', '## Lena Marsh (board chair)', '## Priya Lund (city engineer)',
      '## Unnamed sources', '## Named, never quoted',
    ]);
    assert.match(stdout, /^3 articles, 13 quotes\.$/m);
    assert.match(stdout, /bridge-followup\.md line 5 → .*council-vote\.txt line 3: We will fix the Elm Street bridge before the ~~heavy~~ \*\*first\*\* snow,/);
    assert.match(stdout, /^- Janet Oduya \(.*bridge-followup\.md\)$/m);
  });

  it('gives the same grouping as JSON, with several jobs', async () => {
    const { code, stdout } = await runCli(['extract', '--group-by', 'speaker', '-f', 'json', '--jobs', '2', '--quiet', NEWSROOM]);
    assert.equal(code, 0);
    const ledger = JSON.parse(stdout);
    const hale = ledger.people.find((p: { name: string }) => p.name === 'Omar Hale');
    assert.deepEqual(hale.files.map((f: { file: string }) => f.file.replace(/.*[\\/]/, '')), ['council-vote.txt', 'school-budget.txt']);
    assert.equal(ledger.people[0].reworded.length, 1);
    assert.deepEqual(ledger.namedNotQuoted.map((p: { name: string }) => p.name), ['Janet Oduya']);
  });

  it('refuses a format or an output it cannot write', async () => {
    assert.equal((await runCli(['extract', '--group-by', 'speaker', '-f', 'csv', NEWSROOM])).code, 2);
    assert.equal((await runCli(['extract', '--group-by', 'topic', NEWSROOM])).code, 2);
    assert.match((await runCli(['extract', '--group-by', 'speaker', '--output-dir', '/tmp/x', NEWSROOM])).stderr, /use --output, not --output-dir/);
  });
});
