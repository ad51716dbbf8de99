import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../../src/cli/decodeText';
import { readArticle } from '../../../src/cli/readArticle';

const FIXTURES = join(__dirname, '../../fixtures/cli');
const fixture = (name: string) => join(FIXTURES, name);
const LIMIT = 1_000_000;

describe('reading articles', () => {
  it('reads a plain-text article as it is', () => {
    const result = readArticle(fixture('article.txt'), LIMIT);
    assert.ok(result.ok);
    assert.equal(result.text, readFileSync(fixture('article.txt'), 'utf8'));
    assert.equal(result.language, 'plaintext');
    assert.deepEqual(result.warnings, []);
  });

  it('reads .md files as Markdown', () => {
    const result = readArticle(fixture('notes.md'), LIMIT);
    assert.equal(result.ok && result.language, 'markdown');
  });

  it('strips a UTF-8 BOM and keeps CRLF line ends', () => {
    const result = readArticle(fixture('bom-crlf.txt'), LIMIT);
    assert.ok(result.ok);
    assert.equal(result.text, '"Quoted words," she said.\r\nSecond line.\r\n');
  });

  it('refuses a missing file, a directory and binary files with a reason', () => {
    assert.deepEqual(readArticle(fixture('missing.txt'), LIMIT), { ok: false, message: 'no such file' });
    assert.deepEqual(readArticle(FIXTURES, LIMIT), { ok: false, message: 'is a directory (pass the files inside it)' });
    assert.deepEqual(readArticle(fixture('image.png'), LIMIT), { ok: false, message: 'binary file (contains NUL bytes), skipped' });
    assert.deepEqual(readArticle(fixture('garbage.dat'), LIMIT), { ok: false, message: 'binary file (mostly invalid UTF-8), skipped' });
  });

  it('reads text with a few invalid UTF-8 bytes, replacing them and warning', () => {
    const result = readArticle(fixture('latin1.txt'), LIMIT);
    assert.ok(result.ok);
    assert.equal(result.text, 'The caf\uFFFD owner said \uFFFDit is fine\uFFFD.\n');
    assert.deepEqual(result.warnings, ['3 invalid UTF-8 byte sequences replaced by U+FFFD (is the file in another encoding?)']);
  });

  it('reads only as many bytes as the size limit can use', () => {
    const result = readArticle(fixture('article.txt'), 10);
    assert.ok(result.ok);
    // 10 characters need at most 33 bytes; the engine reports the truncation of the longer text itself.
    assert.equal(result.text.length, 33);
    assert.deepEqual(result.warnings, []);
  });
});

describe('decodeText', () => {
  it('does not count a U+FFFD written in the file as invalid', () => {
    const result = decodeText(Buffer.from('a \uFFFD b', 'utf8'));
    assert.deepEqual(result, { ok: true, text: 'a \uFFFD b', warnings: [] });
  });

  it('decodes UTF-16 files by their BOM', () => {
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('"Hi," he said.', 'utf16le')]);
    assert.deepEqual(decodeText(littleEndian), { ok: true, text: '"Hi," he said.', warnings: [] });
    const bigEndian = Buffer.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
    assert.deepEqual(decodeText(bigEndian), { ok: true, text: 'Hi', warnings: [] });
  });

  it('leaves a character cut by truncation out instead of replacing it', () => {
    const bytes = Buffer.from('caf\u00e9', 'utf8');
    assert.deepEqual(decodeText(bytes.subarray(0, bytes.length - 1), true), { ok: true, text: 'caf', warnings: [] });
  });
});
