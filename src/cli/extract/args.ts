import { availableParallelism } from 'node:os';
import { QUOTE_EXPORT_FORMATS, type QuoteExportFormat } from '../../export';
import { optionHelp, parseOptions, parsePositiveInteger, parseSize, type OptionTable } from '../options';

/** Characters analysed per file unless `--max-size` says otherwise. */
export const DEFAULT_MAX_SIZE = 50_000_000;

/** The whole-document formats, and JSON Lines: one object per article per line, written as each is done. */
export type OutputFormat = QuoteExportFormat | 'jsonl';
export const OUTPUT_FORMATS: readonly OutputFormat[] = [...QUOTE_EXPORT_FORMATS, 'jsonl'];

/** Files (and folders, globs, `-`), or lines of `{"id", "text"}`. */
export type InputKind = 'files' | 'jsonl';
const INPUT_KINDS: readonly InputKind[] = ['files', 'jsonl'];

export interface ExtractOptions {
  format: OutputFormat;
  output: string | null;
  outputDir: string | null;
  resume: boolean;
  input: InputKind;
  jobs: number;
  quiet: boolean;
  maxSize: number;
  reported: boolean;
  /** The review file of a person's decisions (one article only); otherwise each article's is read from beside it. */
  review: string | null;
  /** --group-by speaker: one listing of every article's quotes by person, printed when all are read. */
  groupBy?: 'speaker';
  /** Files, folders, globs and `-`, in the order given (for `--input jsonl`: JSONL files, none for stdin). */
  inputs: string[];
}

export type ExtractCommandLine =
  | { kind: 'help' }
  | { kind: 'extract'; options: ExtractOptions }
  | { kind: 'usage-error'; message: string };

/** Every option of `extract`: its parsing and its help line. A new option is one entry here. */
export const EXTRACT_OPTIONS = {
  format: {
    type: 'string',
    short: 'f',
    value: 'FORMAT',
    help: 'markdown (default), json, csv, jsonl (one line per article),\nworksheet or worksheet-csv (the fact-check worksheet)',
  },
  'group-by': { type: 'string', value: 'speaker', help: 'list every article\'s quotes by person, across the articles\n(markdown or json)' },
  review: { type: 'string', value: 'FILE', help: "a person's decisions for the one article (otherwise\nARTICLE.review.json beside each article is read)" },
  output: { type: 'string', short: 'o', value: 'FILE', help: 'write to FILE instead of standard output' },
  'output-dir': { type: 'string', value: 'DIR', help: 'write one result file per article into DIR' },
  resume: { type: 'boolean', help: 'with --output-dir: skip the articles whose result is there' },
  input: {
    type: 'string',
    value: 'KIND',
    help: 'files (default) or jsonl: lines of {"id", "text"} from the\nfiles given, or from standard input',
  },
  jobs: { type: 'string', short: 'j', value: 'N', help: `analyse N articles at a time (default: the cores, ${availableParallelism()})` },
  quiet: { type: 'boolean', short: 'q', help: 'errors only: no warnings, progress line or summary' },
  'max-size': {
    type: 'string',
    value: 'N',
    help: `analyse at most N characters per file (default ${DEFAULT_MAX_SIZE / 1e6}M;\nsuffixes K, M, G)`,
  },
  'no-reported': { type: 'boolean', help: 'only quotations in quotation marks, no reported speech' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
} satisfies OptionTable;

const FORMAT_ALIASES: Record<string, OutputFormat> = { md: 'markdown', ndjson: 'jsonl' };

/** Reads the arguments after `extract`. */
export function parseExtractArgs(argv: string[]): ExtractCommandLine {
  const parsed = parseOptions(argv, EXTRACT_OPTIONS);
  if (!parsed.ok) return usageError(parsed.message);
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };

  const text = (name: keyof typeof EXTRACT_OPTIONS): string | undefined => values[name] as string | undefined;
  const input = text('input') === undefined ? 'files' : INPUT_KINDS.find((kind) => kind === text('input')!.toLowerCase());
  if (!input) return usageError(`--input needs one of ${INPUT_KINDS.join(', ')}, not '${text('input')}'`);
  const format = text('format') === undefined ? (input === 'jsonl' ? 'jsonl' : 'markdown') : parseFormat(text('format')!);
  if (!format) return usageError(`--format needs one of ${OUTPUT_FORMATS.join(', ')}, not '${text('format')}'`);
  const maxSize = text('max-size') === undefined ? DEFAULT_MAX_SIZE : parseSize(text('max-size')!);
  if (maxSize === null) return usageError(`--max-size needs a positive number of characters such as 5000000 or 50M, not '${text('max-size')}'`);
  const jobs = text('jobs') === undefined ? availableParallelism() : parsePositiveInteger(text('jobs')!);
  if (jobs === null) return usageError(`--jobs needs a whole number of at least 1, not '${text('jobs')}'`);
  const output = text('output') ?? null;
  const outputDir = text('output-dir') ?? null;
  if (output === '') return usageError('--output needs a file name');
  if (outputDir === '') return usageError('--output-dir needs a folder name');
  if (output !== null && outputDir !== null) return usageError('--output and --output-dir cannot be used together');
  if (values.resume && outputDir === null) return usageError('--resume needs --output-dir (it skips the results already written there)');
  if (positionals.length === 0 && input === 'files') return usageError('no input files given (use - for standard input)');
  const review = text('review') ?? null;
  if (review === '') return usageError('--review needs a review file');
  if (review !== null && (positionals.length !== 1 || input !== 'files'))
    return usageError("--review is for one article; with several, each one's review file is read from beside it");

  const groupBy = text('group-by');
  if (groupBy !== undefined && groupBy.toLowerCase() !== 'speaker') return usageError(`--group-by needs speaker, not '${groupBy}'`);
  if (groupBy !== undefined && format !== 'markdown' && format !== 'json') return usageError('--group-by speaker writes markdown or json');
  if (groupBy !== undefined && outputDir !== null) return usageError('--group-by speaker writes one listing: use --output, not --output-dir');

  return {
    kind: 'extract',
    options: {
      ...(groupBy !== undefined ? { groupBy: 'speaker' as const } : {}),
      format,
      output,
      outputDir,
      resume: values.resume === true,
      input,
      jobs,
      quiet: values.quiet === true,
      maxSize,
      reported: values['no-reported'] !== true,
      review,
      inputs: positionals,
    },
  };
}

/** The options part of `extract --help`. */
export function extractOptionHelp(): string {
  return optionHelp(EXTRACT_OPTIONS);
}

function parseFormat(value: string): OutputFormat | undefined {
  const name = value.toLowerCase();
  return FORMAT_ALIASES[name] ?? OUTPUT_FORMATS.find((format) => format === name);
}

function usageError(message: string): ExtractCommandLine {
  return { kind: 'usage-error', message };
}
