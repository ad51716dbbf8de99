import { analyze } from '../engine';
import { exportQuotes, type ExportInput } from '../export';
import { parseArgs, type ExtractOptions } from './args';
import { fileError, fileWarning, problemWarnings } from './diagnostics';
import { readArticle } from './readArticle';
import { USAGE } from './usage';
import { describeWriteError, writeOutputFile } from './writeOutput';
import { readStdinArticle } from './readStdin';
import { inputsNamedByOutput } from './sameFile';
import { truncationAgainstFile } from './truncation';
import { version } from '../../package.json';

/** Where the CLI writes; injected so tests can run it in-process. */
export interface CliIo {
  /** Resolves once the text is handed on; rejects when it cannot be written (a full disk, a closed pipe). */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
  /** Standard input, read for the file name `-`. */
  stdin?: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
}

export const EXIT_OK = 0;
export const EXIT_FILE_FAILED = 1;
export const EXIT_USAGE = 2;

/** The file name that means standard input. */
export const STDIN_NAME = '-';

/** Runs the command line (without `node` and the script name) and returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout(`${version}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(`on-the-record: ${command.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    case 'extract':
      return extract(command.options, io);
  }
}

async function extract(options: ExtractOptions, io: CliIo): Promise<number> {
  if (options.output !== null) {
    const overwritten = inputsNamedByOutput(options.output, options.files);
    if (overwritten.length > 0) {
      io.stderr(`on-the-record: the output ${options.output} is also an input (${overwritten[0]}): choose another output file\n`);
      return EXIT_USAGE;
    }
  }
  const inputs: ExportInput[] = [];
  let failed = false;
  for (const file of options.files) {
    const input = await analyzeFile(file, options, io);
    if (input) inputs.push(input);
    else failed = true;
  }

  const document = exportQuotes(inputs, options.format);
  if (options.output === null) {
    try {
      await io.stdout(document);
    } catch (error) {
      // A reader that stops early (`| head`) closes the pipe: that is not an error worth a message.
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT_OK;
      io.stderr(`on-the-record: ${describeWriteError(error)}\n`);
      return EXIT_FILE_FAILED;
    }
  } else {
    const writeError = writeOutputFile(options.output, document);
    if (writeError) {
      io.stderr(fileError(options.output, writeError));
      return EXIT_FILE_FAILED;
    }
    const quotes = inputs.reduce((sum, input) => sum + input.analysis.quotes.length, 0);
    io.stderr(`wrote ${quotes} quote${quotes === 1 ? '' : 's'} from ${inputs.length} file${inputs.length === 1 ? '' : 's'} to ${options.output}\n`);
  }
  return failed ? EXIT_FILE_FAILED : EXIT_OK;
}

/** Reads and analyses one file, reporting problems on stderr; undefined when the file could not be used. */
async function analyzeFile(file: string, options: ExtractOptions, io: CliIo): Promise<ExportInput | undefined> {
  const read = file === STDIN_NAME ? await readStdinArticle(io.stdin ?? [], options.maxSize) : readArticle(file, options.maxSize);
  if (!read.ok) {
    io.stderr(fileError(file, read.message));
    return undefined;
  }
  for (const warning of read.warnings) io.stderr(fileWarning(file, warning));
  try {
    const analysis = truncationAgainstFile(
      analyze(read.text, { language: read.language, maxLength: options.maxSize, reported: options.reported }),
      read,
    );
    io.stderr(problemWarnings(file, read.text, analysis.problems));
    return { file, text: read.text, analysis };
  } catch (error) {
    io.stderr(fileError(file, `analysis failed: ${error instanceof Error ? error.message : String(error)}`));
    return undefined;
  }
}
