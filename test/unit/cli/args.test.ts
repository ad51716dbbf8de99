import * as assert from 'node:assert/strict';
import { DEFAULT_MAX_SIZE, parseArgs } from '../../../src/cli/args';

describe('CLI arguments', () => {
  it('reads extract with defaults', () => {
    assert.deepEqual(parseArgs(['extract', 'a.txt', 'b.md']), {
      kind: 'extract',
      options: { format: 'markdown', output: null, maxSize: DEFAULT_MAX_SIZE, reported: true, files: ['a.txt', 'b.md'] },
    });
  });

  it('reads options before, between and after files, with spaces or =', () => {
    const command = parseArgs(['extract', '--format', 'json', 'a.txt', '-o', 'out.json', 'b.txt', '--max-size=2M', '--no-reported']);
    assert.deepEqual(command, {
      kind: 'extract',
      options: { format: 'json', output: 'out.json', maxSize: 2_000_000, reported: false, files: ['a.txt', 'b.txt'] },
    });
  });

  it('accepts -f, --format=, upper case and the md alias', () => {
    for (const [argv, format] of [
      [['-f', 'csv'], 'csv'],
      [['--format=CSV'], 'csv'],
      [['--format', 'md'], 'markdown'],
    ] as const) {
      const command = parseArgs(['extract', ...argv, 'a.txt']);
      assert.equal(command.kind === 'extract' && command.options.format, format);
    }
  });

  it('takes everything after -- as files', () => {
    const command = parseArgs(['extract', '--', '--format', '-x.txt']);
    assert.deepEqual(command.kind === 'extract' && command.options.files, ['--format', '-x.txt']);
  });

  it('reads --max-size with suffixes', () => {
    for (const [value, size] of [
      ['5000', 5000],
      ['5k', 5000],
      ['1.5M', 1_500_000],
      ['1G', 1_000_000_000],
    ] as const) {
      const command = parseArgs(['extract', '--max-size', value, 'a.txt']);
      assert.equal(command.kind === 'extract' && command.options.maxSize, size);
    }
  });

  it('recognises help and version anywhere they make sense', () => {
    assert.equal(parseArgs(['--help']).kind, 'help');
    assert.equal(parseArgs(['-h']).kind, 'help');
    assert.equal(parseArgs(['extract', 'a.txt', '--help']).kind, 'help');
    assert.equal(parseArgs(['--version']).kind, 'version');
    assert.equal(parseArgs(['-V']).kind, 'version');
  });

  it('reports usage errors with a reason', () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /no command/],
      [['convert', 'a.txt'], /unknown command 'convert'/],
      [['extract'], /no input files/],
      [['extract', '--format', 'xml', 'a.txt'], /--format needs one of markdown, json, csv, worksheet, worksheet-csv, not 'xml'/],
      [['extract', 'a.txt', '--format'], /--format needs/],
      [['extract', 'a.txt', '--output'], /--output needs a file name/],
      [['extract', '--max-size', '0', 'a.txt'], /--max-size needs/],
      [['extract', '--max-size', 'lots', 'a.txt'], /--max-size needs/],
      [['extract', '--colour', 'a.txt'], /unknown option '--colour'/],
      [['extract', '--no-reported=yes', 'a.txt'], /takes no value/],
    ];
    for (const [argv, message] of cases) {
      const command = parseArgs(argv);
      assert.equal(command.kind, 'usage-error', argv.join(' '));
      assert.match(command.kind === 'usage-error' ? command.message : '', message);
    }
  });
});
