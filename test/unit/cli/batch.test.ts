import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expandInputs } from '../../../src/cli/extract/inputs';
import { resultPath } from '../../../src/cli/extract/article';
import { EXIT_FILE_FAILED, EXIT_OK, run, type CliIo } from '../../../src/cli/run';
import { CHUNK_CHARACTERS } from '../../../src/cli/extract/chunks';
import { analyzeFromScratch } from '../../../src/engine/analyze';
import { exportQuotes } from '../../../src/export';
import { joinPieces } from '../../../src/export/document';
import { jsonLinePieces } from '../../../src/export/json';
import { toExportFile } from '../../../src/export/records';

const REPOSITORY = join(__dirname, '../../..');
const SEEDS = join(REPOSITORY, 'seeds');
const SEED_TEXTS = readdirSync(SEEDS)
  .sort()
  .map((name) => readFileSync(join(SEEDS, name), 'utf8'));

async function runCli(argv: string[], io: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), ...io });
  return { code, stdout, stderr };
}

/** Articles of very different lengths, so that with several jobs they finish out of order. */
function articleText(index: number): string {
  const seed = SEED_TEXTS[index % SEED_TEXTS.length];
  return `Article ${index}\n\n${seed.repeat(1 + ((index * 7) % 5))}`;
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('extract as a batch tool', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'on-the-record-batch-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  describe('inputs', () => {
    it('searches folders recursively for .txt and .md files in path order, honouring .gitignore', () => {
      writeFiles(folder, {
        'b.txt': 'b',
        'a.md': 'a',
        'notes.json': '{}',
        'drafts/old.txt': 'old',
        'drafts/keep.txt': 'keep',
        'drafts/.gitignore': 'old.txt\n',
        'build/out.txt': 'built',
        '.gitignore': '/build/\n*.tmp.txt\n',
        'x.tmp.txt': 'tmp',
        'sub/deeper/c.markdown': 'c',
        '.git/HEAD.txt': 'git',
      });
      const found = expandInputs([folder]).map((item) => (item.kind === 'file' ? relative(folder, item.path) : item));
      assert.deepEqual(found, ['a.md', 'b.txt', 'drafts/keep.txt', 'sub/deeper/c.markdown']);
    });

    it('expands globs of any extension, keeps files and - as given, and reports a glob that matches nothing', () => {
      writeFiles(folder, { 'one.txt': '1', 'two.text': '2', 'sub/three.text': '3' });
      const items = expandInputs([join(folder, '**/*.text'), join(folder, 'one.txt'), '-', join(folder, '*.none')]);
      assert.deepEqual(items, [
        { kind: 'file', path: join(folder, 'sub/three.text'), bytes: 1 },
        { kind: 'file', path: join(folder, 'two.text'), bytes: 1 },
        { kind: 'file', path: join(folder, 'one.txt'), bytes: 1 },
        { kind: 'stdin' },
        { kind: 'error', path: join(folder, '*.none'), message: 'no files match this pattern' },
      ]);
      assert.deepEqual(expandInputs([join(folder, '*.text')]).map((item) => item.kind === 'file' && relative(folder, item.path)), ['two.text']);
    });

    it('never reads the output folder as input', () => {
      writeFiles(folder, { 'a.txt': 'a', 'results/a.txt.md': 'old result' });
      const found = expandInputs([folder], [join(folder, 'results')]).map((item) => item.kind === 'file' && relative(folder, item.path));
      assert.deepEqual(found, ['a.txt']);
    });
  });

  it('writes the same output in input order whatever --jobs is', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 9; i++) files[`articles/${String(i).padStart(2, '0')}.txt`] = articleText(i);
    writeFiles(folder, files);
    const outputs: string[] = [];
    for (const jobs of ['1', '3']) {
      const result = await runCli(['extract', '--format', 'jsonl', '--jobs', jobs, '--quiet', join(folder, 'articles')]);
      assert.equal(result.code, EXIT_OK);
      assert.equal(result.stderr, '');
      outputs.push(result.stdout);
    }
    assert.equal(outputs[0], outputs[1]);
    const lines = outputs[0].trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((line) => relative(folder, line.file)),
      Object.keys(files),
    );
    for (const line of lines) assert.ok(line.quotes.length > 0 && Array.isArray(line.entities));
  });

  it('writes a long article chunk by chunk from a worker as the whole document, between short ones, whatever --jobs is', async function () {
    // Ten CLI runs over a long article: a correctness test, given the time a slow or busy machine needs.
    this.timeout(180_000);
    // About 400 KB of text: its JSON is several times the chunks a worker sends ahead of those written.
    const long = `Long article\n\n${SEED_TEXTS.join('\n\n').repeat(Math.ceil(400_000 / SEED_TEXTS.join('\n\n').length))}`;
    writeFiles(folder, { 'a.txt': articleText(1), 'b-long.txt': long, 'c.md': articleText(2) });
    const names = ['a.txt', 'b-long.txt', 'c.md'];
    const inputs = names.map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const language = name.endsWith('.md') ? ('markdown' as const) : ('plaintext' as const);
      return { file: join(folder, name), text, analysis: analyzeFromScratch(text, { language, maxLength: 10_000_000 }) };
    });
    for (const format of ['json', 'markdown', 'csv'] as const) {
      const whole = exportQuotes(inputs, format);
      assert.ok(format !== 'json' || whole.length > 6 * CHUNK_CHARACTERS, `${whole.length} characters`);
      for (const jobs of ['1', '2', '3']) {
        const result = await runCli(['extract', '-f', format, '-j', jobs, '-q', ...inputs.map((input) => input.file)]);
        assert.equal(result.code, EXIT_OK);
        assert.equal(result.stdout, whole, `${format}, --jobs ${jobs}`);
      }
    }
    const lines = await runCli(['extract', '-f', 'jsonl', '-j', '2', '-q', ...inputs.map((input) => input.file)]);
    assert.equal(lines.stdout, inputs.map((input) => joinPieces(jsonLinePieces(toExportFile(input), { file: input.file }))).join(''));
  });

  it('streams each whole-document format as the document the files give at once', async () => {
    writeFiles(folder, { '1.txt': articleText(1), '2.md': articleText(2), 'empty.txt': '' });
    for (const format of ['json', 'markdown', 'csv']) {
      const files = ['1.txt', '2.md', 'empty.txt'].map((name) => join(folder, name));
      const separate = await runCli(['extract', '-f', format, '-j', '1', '-q', ...files]);
      const batch = await runCli(['extract', '-f', format, '-j', '1', '-q', folder]);
      assert.equal(batch.stdout, separate.stdout, format);
    }
    assert.equal(JSON.parse((await runCli(['extract', '-f', 'json', '-j', '1', '-q', folder])).stdout).files.length, 3);
  });

  describe('--input jsonl', () => {
    const records = [
      JSON.stringify({ id: 'a-1', text: SEED_TEXTS[0] }),
      '',
      'not json',
      JSON.stringify({ id: 7, text: SEED_TEXTS[1] }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'last', text: SEED_TEXTS[2] }),
    ].join('\n');

    it('maps {"id", "text"} lines from stdin to {"id", "quotes", "entities"} lines; a bad line is reported, the rest go on', async () => {
      for (const jobs of ['1', '2']) {
        const result = await runCli(['extract', '--input', 'jsonl', '--jobs', jobs], { stdin: [records.slice(0, 100), records.slice(100)] });
        assert.equal(result.code, EXIT_FILE_FAILED);
        const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
        assert.deepEqual(
          lines.map((line) => line.id),
          ['a-1', 7, 'last'],
        );
        assert.deepEqual(Object.keys(lines[0]).slice(0, 3), ['id', 'quotes', 'entities']);
        assert.ok(lines.every((line) => line.quotes.length > 0));
        const quotes = lines.reduce((sum, line) => sum + line.quotes.length, 0);
        assert.deepEqual(
          result.stderr.trimEnd().split('\n').filter((line) => !line.includes(': warning: ')),
          [
            'stdin:3: error: not a line of JSON (expected {"id": …, "text": "…"})',
            'stdin:5: error: the record has no "id"',
            `5 articles: 3 done, 0 skipped, 2 failed; ${quotes} quotes in ${/in (\S+ s)$/.exec(result.stderr.trimEnd())![1]}`,
          ],
        );
      }
    });

    it('runs as a mapper through a pipe, as Hadoop Streaming or Spark RDD.pipe run it', function () {
      const cli = join(REPOSITORY, 'dist/cli.js');
      if (!existsSync(cli)) this.skip();
      const input = join(folder, 'part-00000.jsonl');
      writeFileSync(input, records.split('\n').filter((line) => line.startsWith('{"id"')).join('\n') + '\n');
      const piped = spawnSync('sh', ['-c', `cat "$1" | "${process.execPath}" "${cli}" extract --input jsonl --quiet | cat`, 'sh', input], {
        encoding: 'utf8',
      });
      assert.equal(piped.status, EXIT_OK, piped.stderr);
      assert.equal(piped.stderr, '');
      assert.deepEqual(
        piped.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).id),
        ['a-1', 7, 'last'],
      );
    });
  });

  describe('--output-dir', () => {
    it('writes one result per article, and --resume skips the ones written', async () => {
      writeFiles(folder, { 'in/a.txt': articleText(0), 'in/sub/b.md': articleText(1), 'in/c.txt': articleText(2) });
      const outputDir = join(folder, 'out');
      const cwd = process.cwd();
      process.chdir(folder);
      try {
        const first = await runCli(['extract', '-f', 'json', '-j', '1', '--output-dir', 'out', 'in']);
        assert.equal(first.code, EXIT_OK);
        assert.equal(first.stdout, '');
        assert.match(first.stderr, /^3 articles: 3 done, 0 skipped, 0 failed; \d+ quotes written to out in /);
        const written = ['in/a.txt.json', 'in/c.txt.json', 'in/sub/b.md.json'];
        for (const path of written) assert.equal(JSON.parse(readFileSync(join(outputDir, path), 'utf8')).files.length, 1);

        // A run stopped halfway: one result missing, and the half-written file it left behind.
        rmSync(join(outputDir, 'in/c.txt.json'));
        writeFileSync(join(outputDir, 'in/c.txt.json.partial'), '{"vers');
        const resumed = await runCli(['extract', '-f', 'json', '-j', '1', '--output-dir', 'out', '--resume', 'in']);
        assert.equal(resumed.code, EXIT_OK);
        assert.match(resumed.stderr, /^3 articles: 1 done, 2 skipped, 0 failed;/);
        assert.equal(JSON.parse(readFileSync(join(outputDir, 'in/c.txt.json'), 'utf8')).files[0].file, join('in', 'c.txt'));
        assert.ok(!existsSync(join(outputDir, 'in/c.txt.json.partial')));
      } finally {
        process.chdir(cwd);
      }
    });

    it('names a record\'s result by its id, made safe as a file name', () => {
      assert.equal(resultPath('out', { name: 'a/b 1', id: 'a/b 1' }, 'jsonl'), join('out', 'a%2Fb%201.jsonl'));
      assert.equal(resultPath('out', { name: '..', id: '..' }, 'json'), join('out', '%2E..json'));
    });
  });

  describe('progress', () => {
    it('draws a progress line on a terminal\'s stderr only, and never with --quiet', async () => {
      writeFiles(folder, { 'a.txt': articleText(0), 'b.txt': articleText(1) });
      const terminal = await runCli(['extract', '-j', '1', folder], { stderrIsTTY: true });
      assert.match(terminal.stderr, /\r\x1b\[K1\/2 articles · \d+\.\d\/\d+\.\d MB · \d+ articles\/s · \d+:\d\d left/);
      assert.match(terminal.stderr, /\r\x1b\[K2 articles: 2 done/);
      const piped = await runCli(['extract', '-j', '1', folder], { stderrIsTTY: false });
      assert.doesNotMatch(piped.stderr, /\r/);
      assert.match(piped.stderr, /^2 articles: 2 done/m);
      const quiet = await runCli(['extract', '-j', '1', '--quiet', folder], { stderrIsTTY: true });
      assert.equal(quiet.stderr, '');
    });
  });
});
