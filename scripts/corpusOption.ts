/** Command-line options shared by the scripts that read the annotated corpus. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The value after `--name`, if given. */
export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** `--corpus PATH`, by default the dev split next to the repository; exits with a message when it is missing. */
export function corpusPathOrExit(): string {
  const corpusPath = resolve(option('corpus') ?? resolve(__dirname, '../../shared/corpus/polnear-dev.jsonl'));
  if (!existsSync(corpusPath)) {
    console.error(`Corpus not found: ${corpusPath}\nPass --corpus PATH to a PolNeAR JSONL file.`);
    process.exit(2);
  }
  return corpusPath;
}
