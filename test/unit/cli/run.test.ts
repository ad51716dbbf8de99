import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_FILE_FAILED, EXIT_OK, EXIT_USAGE, run } from '../../../src/cli/run';
import { problemWarnings } from '../../../src/cli/diagnostics';
import { version } from '../../../package.json';
import { analyze } from '../../../src/engine/analyze';
import { recordDecision, serializeReview } from '../../../src/engine/review';
import { reviewPathFor } from '../../../src/review-store/reviewFile';

const REPOSITORY = join(__dirname, '../../..');
const FIXTURES = join(REPOSITORY, 'test/fixtures/cli');
const fixture = (name: string) => join(FIXTURES, name);

async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}

describe('CLI run', () => {
  it('prints help and version on stdout with exit 0', async () => {
    const help = await runCli(['--help']);
    assert.equal(help.code, EXIT_OK);
    assert.match(help.stdout, /^Usage: on-the-record COMMAND \[options\] \.\.\.\n\nCommands:\n {2}extract {2}find the quotes/);
    assert.match((await runCli(['extract', '--help'])).stdout, /^Usage: on-the-record extract \[options\]/);
    assert.deepEqual(await runCli(['--version']), { code: EXIT_OK, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 2 without a command or with an unknown one', async () => {
    for (const [argv, message] of [
      [[], /^on-the-record: no command given\n\nUsage:/],
      [['convert', 'a.txt'], /^on-the-record: unknown command 'convert'\n\nUsage:/],
      [['toString'], /^on-the-record: unknown command 'toString'/],
    ] as const) {
      const result = await runCli([...argv]);
      assert.equal(result.code, EXIT_USAGE);
      assert.match(result.stderr, message);
    }
  });

  it('exits 2 with the reason and usage on stderr for a wrong command line', async () => {
    const result = await runCli(['extract', '--format', 'xml', fixture('article.txt')]);
    assert.equal(result.code, EXIT_USAGE);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^on-the-record: --format needs one of markdown, json, csv, worksheet, worksheet-csv, jsonl, not 'xml'\n\nUsage:/);
  });

  it('extracts Markdown by default and exits 0', async () => {
    const result = await runCli(['extract', fixture('article.txt')]);
    assert.equal(result.code, EXIT_OK);
    assert.match(result.stdout, /^# Quotes\n\n## .*article\.txt\n/);
    assert.equal(result.stderr, '');
  });

  it('prints exactly one JSON document for several files, including BOM, CRLF and Markdown files', async () => {
    const files = [fixture('article.txt'), fixture('bom-crlf.txt'), fixture('notes.md')];
    const result = await runCli(['extract', '--format', 'json', ...files]);
    assert.equal(result.code, EXIT_OK);
    const document = JSON.parse(result.stdout);
    assert.equal(document.version, 2);
    assert.deepEqual(
      document.files.map((file: { file: string }) => file.file),
      files,
    );
  });

  it('writes CSV with its header', async () => {
    const result = await runCli(['extract', '-f', 'csv', fixture('article.txt')]);
    assert.equal(result.code, EXIT_OK);
    assert.ok(result.stdout.startsWith('file,line,start,end,kind,speaker,role,cue,confidence,text,context\r\n'));
  });

  it('reports missing and binary files, still processes the rest, sums up, and exits 1', async () => {
    for (const jobs of ['1', '2']) {
      const result = await runCli([
        'extract',
        '--format',
        'json',
        '--jobs',
        jobs,
        fixture('missing.txt'),
        fixture('article.txt'),
        fixture('image.png'),
        fixture('garbage.dat'),
      ]);
      assert.equal(result.code, EXIT_FILE_FAILED);
      assert.deepEqual(result.stderr.trimEnd().split('\n'), [
        `${fixture('missing.txt')}: error: no such file`,
        `${fixture('image.png')}: error: binary file (contains NUL bytes), skipped`,
        `${fixture('garbage.dat')}: error: binary file (mostly invalid UTF-8), skipped`,
        result.stderr.trimEnd().split('\n')[3],
      ]);
      assert.match(result.stderr, /\n4 articles: 1 done, 0 skipped, 3 failed; 2 quotes in \d+\.\d s\n$/);
      assert.deepEqual(
        JSON.parse(result.stdout).files.map((file: { file: string }) => file.file),
        [fixture('article.txt')],
      );
    }
  });

  it('warns about invalid UTF-8 but still succeeds', async () => {
    const result = await runCli(['extract', fixture('latin1.txt')]);
    assert.equal(result.code, EXIT_OK);
    assert.match(result.stderr, /latin1\.txt: warning: 3 invalid UTF-8 byte sequences replaced/);
  });

  describe('with --output', () => {
    let folder: string;
    beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'on-the-record-cli-'))));
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('writes the document to the file and a summary to stderr', async () => {
      const output = join(folder, 'quotes.json');
      const result = await runCli(['extract', '--format=json', '--output', output, fixture('article.txt')]);
      assert.equal(result.code, EXIT_OK);
      assert.equal(result.stdout, '');
      assert.equal(JSON.parse(readFileSync(output, 'utf8')).version, 2);
      assert.match(result.stderr, /^1 article: 1 done, 0 skipped, 0 failed; 2 quotes written to .*quotes\.json in \d+\.\d s\n$/);
    });

    it('exits 1 when the output cannot be written', async () => {
      const output = join(folder, 'no-such-folder', 'quotes.md');
      const result = await runCli(['extract', '-o', output, fixture('article.txt')]);
      assert.equal(result.code, EXIT_FILE_FAILED);
      assert.equal(result.stderr, `${output}: error: cannot write output: its folder does not exist\n`);
    });
  });
});

describe('problem warnings', () => {
  it('prints FILE:LINE:COLUMN: warning: MESSAGE per problem', async () => {
    const text = 'Title\r\n\r\nHe said "never closed.\r\n';
    const start = text.indexOf('"');
    const warnings = problemWarnings('a.txt', text, [
      { start, end: start + 1, kind: 'unbalanced-quote', message: 'quotation mark is never closed' },
    ]);
    assert.equal(warnings, 'a.txt:3:9: warning: quotation mark is never closed\n');
  });
});

describe('dist/cli.js', () => {
  const cli = join(REPOSITORY, 'dist/cli.js');

  it('runs as a program: JSON on stdout, errors on stderr, exit code', function () {
    if (!existsSync(cli)) this.skip();
    const result = spawnSync(process.execPath, [cli, 'extract', '--format', 'json', fixture('article.txt'), fixture('missing.txt')], {
      encoding: 'utf8',
    });
    assert.equal(result.status, EXIT_FILE_FAILED);
    assert.equal(JSON.parse(result.stdout).files.length, 1);
    assert.match(result.stderr, new RegExp(`^${fixture('missing.txt')}: error: no such file\n2 articles: 1 done, 0 skipped, 1 failed`));
  });

  it('exits 2 on a usage error', function () {
    if (!existsSync(cli)) this.skip();
    assert.equal(spawnSync(process.execPath, [cli], { encoding: 'utf8' }).status, EXIT_USAGE);
  });

  describe('with a review file', () => {
    let folder: string;
    let article: string;
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'on-the-record-cli-review-'));
      article = join(folder, 'article.txt');
      copyFileSync(fixture('article.txt'), article);
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    /** A review file setting the speaker of the quote containing `words` to a typed name, verified. */
    function reviewOf(words: string, name: string): string {
      const text = readFileSync(article, 'utf8');
      const quote = analyze(text).quotes.find((q) => q.text.includes(words))!;
      const review = recordDecision(undefined, undefined, text, 'article.txt', quote, { kind: 'speaker', speaker: { entityId: null, name } });
      return serializeReview(review);
    }

    it('honours the review file found beside the article', async () => {
      writeFileSync(reviewPathFor(article), reviewOf('watch the costs', 'Council clerk Jo Lind'));
      const result = await runCli(['extract', '-q', '-f', 'worksheet-csv', article]);
      assert.equal(result.code, EXIT_OK);
      assert.match(result.stdout, /"We will watch the costs closely,",Council clerk Jo Lind,yes,said,1,/);
      assert.equal(result.stderr, '');
    });

    it('reads the one given with --review, and warns about a bad one without failing', async () => {
      const elsewhere = join(folder, 'decisions.json');
      writeFileSync(elsewhere, reviewOf('watch the costs', 'Jo Lind'));
      assert.match((await runCli(['extract', '-f', 'json', '--review', elsewhere, article])).stdout, /"speaker": "Jo Lind"/);
      writeFileSync(elsewhere, '{"kind": "on-the-record-review", "version": 99}');
      const result = await runCli(['extract', '--review', elsewhere, article]);
      assert.equal(result.code, EXIT_OK);
      assert.match(result.stderr, /warning: review file .*decisions\.json ignored: it was written by a newer On the Record/);
      assert.equal(readFileSync(elsewhere, 'utf8'), '{"kind": "on-the-record-review", "version": 99}', 'never rewritten');
    });

    it('refuses --review with several articles', async () => {
      assert.equal((await runCli(['extract', '--review', 'x.json', article, article])).code, EXIT_USAGE);
    });
  });
});
