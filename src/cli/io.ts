/** Where the CLI reads and writes; injected so tests can run it in-process. */
export interface CliIo {
  /** Resolves once the text is handed on; rejects when it cannot be written (a full disk, a closed pipe). */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
  /** Standard input, read for the file name `-` and for `--input jsonl` without files. */
  stdin?: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  /** True when stderr is a terminal: only then is a progress line drawn. */
  stderrIsTTY?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FILE_FAILED = 1;
export const EXIT_USAGE = 2;

/** The file name that means standard input. */
export const STDIN_NAME = '-';

/** A subcommand: `on-the-record NAME ARGS...`. */
export interface CliCommand {
  /** One line for the list of commands. */
  summary: string;
  /** The command's own help. */
  usage(): string;
  /** Runs with the arguments after the command's name; resolves to the exit code. */
  run(argv: string[], io: CliIo): Promise<number>;
}
