import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText } from '../../../src/cli/decodeText';
import { EXIT_FILE_FAILED, EXIT_OK, EXIT_USAGE, run, type CliIo } from '../../../src/cli/run';
import type { Analysis, Problem } from '../../../src/engine/types';
import { exportQuotes } from '../../../src/export';
import { MAX_EXPORTED_PROBLEMS, toExportFile } from '../../../src/export/records';

const REPOSITORY = join(__dirname, '../../..');
const ARTICLE = readFileSync(join(REPOSITORY, 'test/fixtures/cli/article.txt'), 'utf8');

async function runCli(argv: string[], io: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), ...io });
  return { code, stdout, stderr };
}

/** An article of about `bytes` bytes: the fixture's paragraphs over and over. */
function longArticle(bytes: number): string {
  return ARTICLE.repeat(Math.ceil(bytes / ARTICLE.length)).slice(0, bytes);
}

describe('hostile input to the CLI', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'on-the-record-hostile-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  describe('decoding', () => {
    it('reads a 20 KB article with one NUL byte as text, keeping the byte and saying so', () => {
      const text = longArticle(10_000) + '\0' + longArticle(10_000);
      const result = decodeText(Buffer.from(text, 'utf8'));
      assert.ok(result.ok);
      assert.equal(result.text, text);
      assert.deepEqual(result.warnings, ['1 NUL byte kept as U+0000 (read as text: too few to be binary data)']);
    });

    it('still refuses data with many NUL bytes as binary', () => {
      const bytes = Buffer.alloc(4000, 0x41);
      for (let i = 0; i < bytes.length; i += 37) bytes[i] = 0;
      assert.deepEqual(decodeText(bytes), { ok: false, message: 'binary file (contains NUL bytes), skipped' });
    });

    it('reads UTF-16 without a BOM from the pattern of its NUL bytes, and says so', () => {
      const text = longArticle(2_000);
      const little = decodeText(Buffer.from(text, 'utf16le'));
      assert.ok(little.ok);
      assert.equal(little.text, text);
      assert.match(little.warnings[0], /no byte-order mark, but 50% of the bytes are NUL in the pattern of UTF-16LE: read as UTF-16LE/);
      const big = decodeText(Buffer.from(text, 'utf16le').swap16());
      assert.ok(big.ok);
      assert.equal(big.text, text);
      assert.match(big.warnings[0], /read as UTF-16BE/);
    });

    it('warns about invalid UTF-16 sequences as it does about invalid UTF-8, not about a U+FFFD in the text', () => {
      const units = Buffer.from('\uFEFF"Hi," he said. \uFFFD ok', 'utf16le');
      const loneSurrogate = Buffer.from([0x00, 0xd8]);
      const result = decodeText(Buffer.concat([units.subarray(0, 10), loneSurrogate, units.subarray(10)]));
      assert.ok(result.ok);
      assert.equal(result.text, '"Hi,\uFFFD" he said. \uFFFD ok');
      assert.deepEqual(result.warnings, ['1 invalid UTF-16 sequence (unpaired surrogates or an odd last byte) replaced by U+FFFD']);
      assert.deepEqual(decodeText(units).ok && decodeText(units), { ok: true, text: '"Hi," he said. \uFFFD ok', warnings: [] });
    });
  });

  it('names the file\'s real size when --max-size stops the reading early', async () => {
    const file = join(folder, 'long.txt');
    writeFileSync(file, longArticle(200_000));
    const result = await runCli(['extract', '--format', 'json', '--max-size', '20K', file]);
    assert.equal(result.code, EXIT_OK);
    const [truncated] = JSON.parse(result.stdout).files[0].problems;
    assert.equal(truncated.kind, 'truncated');
    assert.match(truncated.message, /^Only the first \d{2},\d{3} characters of a 200\.0 kB file were analysed \(see --max-size\)\.$/);
  });

  it('reads `-` as standard input', async () => {
    const result = await runCli(['extract', '--format', 'json', '-'], { stdin: [Buffer.from(ARTICLE.slice(0, 60)), ARTICLE.slice(60)] });
    assert.equal(result.code, EXIT_OK);
    const [file] = JSON.parse(result.stdout).files;
    assert.equal(file.file, '-');
    assert.ok(file.quotes.length > 0);
  });

  it('refuses an output file that is one of the inputs (also through a link) and leaves it as it was', async () => {
    const input = join(folder, 'article.txt');
    writeFileSync(input, ARTICLE);
    symlinkSync(input, join(folder, 'link.txt'));
    for (const output of [input, join(folder, 'link.txt')]) {
      const result = await runCli(['extract', '-o', output, input]);
      assert.equal(result.code, EXIT_USAGE);
      assert.equal(result.stderr, `on-the-record: the output ${output} is also an input (${input}): choose another output file\n`);
      assert.equal(readFileSync(input, 'utf8'), ARTICLE);
    }
  });

  it('refuses an output file found inside an input folder', async () => {
    writeFileSync(join(folder, 'article.txt'), ARTICLE);
    writeFileSync(join(folder, 'quotes.md'), '# Quotes\n');
    const result = await runCli(['extract', '-o', join(folder, 'quotes.md'), folder]);
    assert.equal(result.code, EXIT_USAGE);
    assert.match(result.stderr, /is also an input/);
    assert.equal(readFileSync(join(folder, 'quotes.md'), 'utf8'), '# Quotes\n');
  });

  it('ends quietly with exit 0 when the reader closes the pipe early', async () => {
    const closed = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const result = await runCli(['extract', join(REPOSITORY, 'test/fixtures/cli/article.txt')], { stdout: () => Promise.reject(closed) });
    assert.deepEqual([result.code, result.stderr], [EXIT_OK, '']);
  });

  it('reports a full disk on stdout in one line and exits 1', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const result = await runCli(['extract', join(REPOSITORY, 'test/fixtures/cli/article.txt')], { stdout: () => Promise.reject(full) });
    assert.equal(result.code, EXIT_FILE_FAILED);
    assert.equal(result.stderr, 'on-the-record: cannot write output: no space left on device\n');
  });

  it('dist/cli.js > /dev/full: one line on stderr, exit 1, no stack', function () {
    const cli = join(REPOSITORY, 'dist/cli.js');
    if (!existsSync(cli) || !existsSync('/dev/full')) this.skip();
    const article = join(REPOSITORY, 'test/fixtures/cli/article.txt');
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" extract "$1" > /dev/full`, 'sh', article], { encoding: 'utf8' });
    assert.equal(result.status, EXIT_FILE_FAILED);
    assert.equal(result.stderr, 'on-the-record: cannot write output: no space left on device\n');
  });

  it('lists at most 100 problems per file in exports and says how many more there are', () => {
    const text = '\u201d'.repeat(130_000);
    const problems: Problem[] = Array.from({ length: 130_000 }, (_, i) => ({
      kind: 'unbalanced-quote',
      start: i,
      end: i + 1,
      message: 'closing quotation mark without an opening one',
    }));
    const analysis: Analysis = { quotes: [], entities: [], problems, analyzedLength: text.length, textLength: text.length };
    const file = toExportFile({ file: 'marks.txt', text, analysis });
    assert.equal(file.problems.length, MAX_EXPORTED_PROBLEMS);
    assert.equal(file.problemsNotListed, 130_000 - MAX_EXPORTED_PROBLEMS);
    const json = exportQuotes([{ file: 'marks.txt', text, analysis }], 'json');
    assert.ok(json.length < 50_000, `${json.length} characters of JSON`);
    assert.equal(JSON.parse(json).files[0].problemsNotListed, 129_900);
  });
});
