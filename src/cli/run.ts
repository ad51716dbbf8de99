import { analyzeFromScratch } from '../engine';
import { exportQuotes, type ExportInput } from '../export';
import { shownQuotes } from '../export/shown';
import { parseArgs, type ExtractOptions } from './args';
import { runCheck } from './check';
import { CHECK_USAGE } from './checkArgs';
import { fileError, fileWarning, problemWarnings } from './diagnostics';
import { readArticle } from './readArticle';
import { USAGE } from './usage';
import { writeOutputFile } from './writeOutput';
import { version } from '../../package.json';

/** Where the CLI writes; injected so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FILE_FAILED = 1;
export const EXIT_USAGE = 2;

/** Runs the command line (without `node` and the script name) and returns the exit code. */
export function run(argv: string[], io: CliIo): number {
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
    case 'check':
      return runCheck(command.options, io);
    case 'check-help':
      io.stdout(CHECK_USAGE);
      return EXIT_OK;
  }
}

function extract(options: ExtractOptions, io: CliIo): number {
  const inputs: ExportInput[] = [];
  let failed = false;
  for (const file of options.files) {
    const input = analyzeFile(file, options, io);
    if (input) inputs.push(input);
    else failed = true;
  }

  const document = exportQuotes(inputs, options.format);
  if (options.output === null) {
    io.stdout(document);
  } else {
    const writeError = writeOutputFile(options.output, document);
    if (writeError) {
      io.stderr(fileError(options.output, writeError));
      return EXIT_FILE_FAILED;
    }
    // Counted as every view counts them (the exported document lists the same quotes).
    const quotes = inputs.reduce((sum, input) => sum + shownQuotes(input.analysis, { showReportedSpeech: true }).length, 0);
    io.stderr(`wrote ${quotes} quote${quotes === 1 ? '' : 's'} from ${inputs.length} file${inputs.length === 1 ? '' : 's'} to ${options.output}\n`);
  }
  return failed ? EXIT_FILE_FAILED : EXIT_OK;
}

/** Reads and analyses one file, reporting problems on stderr; undefined when the file could not be used. */
function analyzeFile(file: string, options: ExtractOptions, io: CliIo): ExportInput | undefined {
  const read = readArticle(file, options.maxSize);
  if (!read.ok) {
    io.stderr(fileError(file, read.message));
    return undefined;
  }
  for (const warning of read.warnings) io.stderr(fileWarning(file, warning));
  try {
    // One analysis per file, nothing kept for a next one (no edits follow): memory is the file's alone.
    const analysis = analyzeFromScratch(read.text, { language: read.language, maxLength: options.maxSize, reported: options.reported });
    io.stderr(problemWarnings(file, read.text, analysis.problems));
    return { file, text: read.text, analysis };
  } catch (error) {
    io.stderr(fileError(file, `analysis failed: ${error instanceof Error ? error.message : String(error)}`));
    return undefined;
  }
}
