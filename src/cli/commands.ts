import type { CliCommand } from './io';
import { extractCommand } from './extract/command';
import { checkCommand } from './check';

/** The subcommands, in the order the help lists them: a new one is one line here. */
export const COMMANDS: Record<string, CliCommand> = {
  extract: extractCommand,
  check: checkCommand,
};
