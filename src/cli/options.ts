import { parseArgs } from 'node:util';

/** One command-line option: how node's parseArgs reads it, and its line in the help. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's name in the help (`--format FORMAT`); string options only. */
  value?: string;
  help: string;
}

export type OptionTable = Record<string, OptionSpec>;

export type OptionValues = Record<string, string | boolean | undefined>;

export type ParsedOptions =
  | { ok: true; values: OptionValues; positionals: string[] }
  | { ok: false; message: string };

/**
 * Reads `argv` with node's parseArgs (short flags, `--name=value`, `--`, `-` as a file) against the table. Lenient
 * parsing gives every token, so the messages can be our own: an unknown option, a missing value, a value given to
 * a flag. A later repetition of an option wins.
 */
export function parseOptions(argv: string[], table: OptionTable): ParsedOptions {
  const options = Object.fromEntries(
    Object.entries(table).map(([name, spec]) => [name, spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }]),
  );
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const values: OptionValues = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = table[token.name];
    if (!spec) return { ok: false, message: `unknown option '${token.rawName}'` };
    if (spec.type === 'boolean') {
      if (token.value !== undefined) return { ok: false, message: `${token.rawName} takes no value` };
      values[token.name] = true;
    } else {
      if (token.value === undefined) return { ok: false, message: `${token.rawName} needs a value (${spec.value ?? 'see --help'})` };
      values[token.name] = token.value;
    }
  }
  return { ok: true, values, positionals };
}

/** The options part of a help text, one aligned line (or more) per option. */
export function optionHelp(table: OptionTable): string {
  const rows = Object.entries(table).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return { flag, help: spec.help };
  });
  const width = Math.max(...rows.map((row) => row.flag.length)) + 2;
  const indent = ' '.repeat(2 + width);
  return rows
    .map((row) => `  ${row.flag.padEnd(width)}${row.help.split('\n').join(`\n${indent}`)}`)
    .join('\n');
}

const SIZE_SUFFIXES: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9 };

/** `5000`, `5k`, `1.5M`, `1G` (decimal suffixes); null when it is not a positive size. */
export function parseSize(value: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!match) return null;
  const size = Math.floor(Number(match[1]) * SIZE_SUFFIXES[match[2].toLowerCase()]);
  return size > 0 ? size : null;
}

/** A whole number of at least 1, or null. */
export function parsePositiveInteger(value: string): number | null {
  return /^\d+$/.test(value.trim()) && Number(value) >= 1 ? Number(value) : null;
}
