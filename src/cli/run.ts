import { version } from '../../package.json';
import { COMMANDS } from './commands';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';

export { EXIT_FILE_FAILED, EXIT_OK, EXIT_USAGE, STDIN_NAME, type CliIo } from './io';

/** Runs the command line (without `node` and the script name) and resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) return usageError('no command given', io);
  if (name === '--help' || name === '-h' || name === 'help') {
    await io.stdout(usage());
    return EXIT_OK;
  }
  if (name === '--version' || name === '-V' || name === '-v') {
    await io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usageError(`unknown command '${name}'`, io);
  return command.run(rest, io);
}

/** The list of commands; each command's own help has its options. */
export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length)) + 2;
  const commands = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}${command.summary}`);
  return [
    'Usage: on-the-record COMMAND [options] ...',
    '',
    'Commands:',
    ...commands,
    '',
    'Options:',
    '  -h, --help     show this help (on-the-record COMMAND --help: the command\'s own)',
    '  -V, --version  show the version',
    '',
    Object.values(COMMANDS)
      .map((command) => command.usage())
      .join('\n'),
  ].join('\n');
}

function usageError(message: string, io: CliIo): number {
  io.stderr(`on-the-record: ${message}\n\n${usage()}`);
  return EXIT_USAGE;
}
