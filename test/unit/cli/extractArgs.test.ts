import * as assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_SIZE, parseExtractArgs, type ExtractOptions } from '../../../src/cli/extract/args';

const parseArgs = (argv: string[]) => parseExtractArgs(argv.slice(1));
const DEFAULTS: ExtractOptions = {
  format: 'markdown',
  output: null,
  outputDir: null,
  resume: false,
  input: 'files',
  jobs: availableParallelism(),
  quiet: false,
  maxSize: DEFAULT_MAX_SIZE,
  reported: true,
  review: null,
  inputs: [],
};

describe('CLI arguments', () => {
  it('reads extract with defaults', () => {
    assert.deepEqual(parseArgs(['extract', 'a.txt', 'b.md']), {
      kind: 'extract',
      options: { ...DEFAULTS, inputs: ['a.txt', 'b.md'] },
    });
  });

  it('reads options before, between and after files, with spaces or =', () => {
    const command = parseArgs(['extract', '--format', 'json', 'a.txt', '-o', 'out.json', 'b.txt', '--max-size=2M', '--no-reported']);
    assert.deepEqual(command, {
      kind: 'extract',
      options: { ...DEFAULTS, format: 'json', output: 'out.json', maxSize: 2_000_000, reported: false, inputs: ['a.txt', 'b.txt'] },
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
    assert.deepEqual(command.kind === 'extract' && command.options.inputs, ['--format', '-x.txt']);
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

  it('recognises help anywhere', () => {
    assert.equal(parseArgs(['extract', '-h']).kind, 'help');
    assert.equal(parseArgs(['extract', 'a.txt', '--help']).kind, 'help');
  });

  it('reads the batch options', () => {
    const command = parseArgs(['extract', '-j', '3', '--output-dir', 'out', '--resume', '-q', '-f', 'ndjson', 'archive/', '-']);
    assert.deepEqual(command, {
      kind: 'extract',
      options: { ...DEFAULTS, jobs: 3, outputDir: 'out', resume: true, quiet: true, format: 'jsonl', inputs: ['archive/', '-'] },
    });
  });

  it('reads JSONL records from stdin when no file is given, and writes JSONL unless told otherwise', () => {
    assert.deepEqual(parseArgs(['extract', '--input', 'jsonl']), { kind: 'extract', options: { ...DEFAULTS, input: 'jsonl', format: 'jsonl' } });
    const csv = parseArgs(['extract', '--input=jsonl', '--format', 'csv', 'records.jsonl']);
    assert.deepEqual(csv.kind === 'extract' && [csv.options.format, csv.options.inputs], ['csv', ['records.jsonl']]);
  });

  it('reports usage errors with a reason', () => {
    const cases: Array<[string[], RegExp]> = [
      [['extract'], /no input files given \(use - for standard input\)/],
      [['extract', '--format', 'xml', 'a.txt'], /--format needs one of markdown, json, csv, worksheet, worksheet-csv, jsonl, not 'xml'/],
      [['extract', 'a.txt', '--format'], /--format needs a value \(FORMAT\)/],
      [['extract', 'a.txt', '--output'], /--output needs a value \(FILE\)/],
      [['extract', 'a.txt', '--output='], /--output needs a file name/],
      [['extract', '-o', 'x', '--output-dir', 'd', 'a.txt'], /--output and --output-dir cannot be used together/],
      [['extract', '--resume', 'a.txt'], /--resume needs --output-dir/],
      [['extract', '--jobs', '0', 'a.txt'], /--jobs needs a whole number of at least 1, not '0'/],
      [['extract', '--jobs', 'many', 'a.txt'], /--jobs needs/],
      [['extract', '--input', 'xml'], /--input needs one of files, jsonl, not 'xml'/],
      [['extract', '--max-size', '0', 'a.txt'], /--max-size needs/],
      [['extract', '--max-size', 'lots', 'a.txt'], /--max-size needs/],
      [['extract', '--colour', 'a.txt'], /unknown option '--colour'/],
      [['extract', '-x', 'a.txt'], /unknown option '-x'/],
      [['extract', '--no-reported=yes', 'a.txt'], /takes no value/],
    ];
    for (const [argv, message] of cases) {
      const command = parseArgs(argv);
      assert.equal(command.kind, 'usage-error', argv.join(' '));
      assert.match(command.kind === 'usage-error' ? command.message : '', message);
    }
  });
});
