import { EXPORT_FORMATS, type ExportFormat } from '../export';
import { parseCheckArgs, type CheckCommand } from './checkArgs';

/** Characters analysed per file unless `--max-size` says otherwise. */
export const DEFAULT_MAX_SIZE = 50_000_000;

export interface ExtractOptions {
  format: ExportFormat;
  output: string | null;
  maxSize: number;
  reported: boolean;
  files: string[];
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'extract'; options: ExtractOptions }
  | CheckCommand
  | { kind: 'usage-error'; message: string };

const FORMAT_ALIASES: Record<string, ExportFormat> = { md: 'markdown' };
const SIZE_SUFFIXES: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9 };

/** Parses `extract [--format F] [--output FILE] [--max-size N] [--no-reported] FILE...`, `--help`, `--version`. */
export function parseArgs(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('no command given');
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-V' || command === '-v') return { kind: 'version' };
  if (command === 'check') return parseCheckArgs(rest);
  if (command !== 'extract') return usageError(`unknown command '${command}'`);
  return parseExtract(rest);
}

function parseExtract(argv: string[]): Command {
  const options: ExtractOptions = { format: 'markdown', output: null, maxSize: DEFAULT_MAX_SIZE, reported: true, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--') {
      for (const file of argv.slice(i + 1)) options.files.push(file);
      break;
    }
    if (!argument.startsWith('-') || argument === '-') {
      options.files.push(argument);
      continue;
    }
    const [flag, inlineValue] = splitInlineValue(argument);
    const takeValue = (): string | undefined => (inlineValue !== undefined ? inlineValue : argv[++i]);
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--format':
      case '-f': {
        const value = takeValue();
        const format = value === undefined ? undefined : parseFormat(value);
        if (!format) return usageError(`--format needs one of ${EXPORT_FORMATS.join(', ')}${value ? `, not '${value}'` : ''}`);
        options.format = format;
        break;
      }
      case '--output':
      case '-o': {
        const value = takeValue();
        if (!value) return usageError('--output needs a file name');
        options.output = value;
        break;
      }
      case '--max-size': {
        const value = takeValue();
        const size = value === undefined ? null : parseSize(value);
        if (size === null) return usageError(`--max-size needs a positive number of characters such as 5000000 or 50M${value ? `, not '${value}'` : ''}`);
        options.maxSize = size;
        break;
      }
      case '--no-reported':
        if (inlineValue !== undefined) return usageError('--no-reported takes no value');
        options.reported = false;
        break;
      default:
        return usageError(`unknown option '${flag}'`);
    }
  }
  if (options.files.length === 0) return usageError('no input files given');
  return { kind: 'extract', options };
}

function splitInlineValue(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=');
  if (!argument.startsWith('--') || equals < 0) return [argument, undefined];
  return [argument.slice(0, equals), argument.slice(equals + 1)];
}

function parseFormat(value: string): ExportFormat | undefined {
  const name = value.toLowerCase();
  return FORMAT_ALIASES[name] ?? EXPORT_FORMATS.find((format) => format === name);
}

function parseSize(value: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!match) return null;
  const size = Math.floor(Number(match[1]) * SIZE_SUFFIXES[match[2].toLowerCase()]);
  return size > 0 ? size : null;
}

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}
