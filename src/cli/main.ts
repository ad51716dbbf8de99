import { run } from './run';
import { describeWriteError } from './writeOutput';

// Errors reach the awaited writes below; without a listener a stream error would also end the process with a stack.
process.stdout.on('error', () => {});

/** Hands text to stdout and resolves once it is written, so a slow reader slows the run; rejects with the error. */
function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => void process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}

run(process.argv.slice(2), {
  stdout: writeStdout,
  stderr: (text) => void process.stderr.write(text),
  stdin: process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
}).then(
  // exitCode rather than exit(): pending writes to a pipe must finish first.
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const message = (error as NodeJS.ErrnoException).code ? describeWriteError(error) : error instanceof Error ? error.message : String(error);
    process.stderr.write(`on-the-record: ${message}\n`);
    process.exitCode = 1;
  },
);
