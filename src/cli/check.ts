import { analyze } from '../engine';
import { buildSourceIndex, checkQuotes, MAX_SOURCE_CHARACTERS, quotesToCheck, readSource, summarizeSource, type ParsedSource } from '../engine/sourceCheck';
import { exportSourceCheck } from '../export/sourceCheck';
import { DEFAULT_MAX_SIZE } from './extract/args';
import { CHECK_USAGE, parseCheckArgs, type CheckOptions } from './checkArgs';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from './io';
import { fileError, fileWarning, problemWarnings } from './diagnostics';
import { readArticle } from './readArticle';
import { readReviewFileSync, reviewPathFor } from '../review-store/reviewFile';
import { rememberedSourcePaths } from '../review-store/reviewSources';

export const CHECK_ALL_MATCH = 0;
export const CHECK_SOME_DIFFER = 1;
export const CHECK_BAD_INPUT = 2;

/** Source problems listed one by one before the rest are summed up. */
const MAX_LISTED_SOURCE_PROBLEMS = 10;

export interface CheckIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const checkCommand: CliCommand = {
  summary: 'check every quote of an article against its sources (transcripts, captions, releases)',
  usage: () => CHECK_USAGE,
  async run(argv, io) {
    const command = parseCheckArgs(argv);
    switch (command.kind) {
      case 'check-help':
        await io.stdout(CHECK_USAGE);
        return EXIT_OK;
      case 'usage-error':
        io.stderr(`on-the-record: ${command.message}\n\n${CHECK_USAGE}`);
        return EXIT_USAGE;
      case 'check':
        return runCheck(command.options, io);
    }
  },
};

/** The sources the article's review file remembers, or undefined (with a message) when there are none to use. */
function rememberedSources(article: string, io: CheckIo): string[] | undefined {
  const reviewFile = reviewPathFor(article);
  const read = readReviewFileSync(reviewFile);
  if (read.kind === 'bad') {
    io.stderr(fileError(reviewFile, `cannot use it for the sources: ${read.message}`));
    return undefined;
  }
  const sources = rememberedSourcePaths(article, read.kind === 'ok' ? read.review : undefined);
  if (sources.length === 0) {
    io.stderr(`on-the-record: check needs at least one --source FILE (${reviewFile} remembers no sources for the article)\n\n${CHECK_USAGE}`);
    return undefined;
  }
  return sources;
}

/** `on-the-record check`: 0 when every quote matches its source, 1 when any does not, 2 when an input cannot be read. */
export function runCheck(options: CheckOptions, io: CheckIo): number {
  const article = readArticle(options.article, DEFAULT_MAX_SIZE);
  if (!article.ok) {
    io.stderr(fileError(options.article, article.message));
    return CHECK_BAD_INPUT;
  }
  for (const warning of article.warnings) io.stderr(fileWarning(options.article, warning));

  const files = options.sources.length ? options.sources : rememberedSources(options.article, io);
  if (!files) return CHECK_BAD_INPUT;
  const sources: ParsedSource[] = [];
  let unreadable = false;
  for (const file of files) {
    // One character past the cap lets the source reader say that it was cut.
    const read = readArticle(file, MAX_SOURCE_CHARACTERS + 1);
    if (!read.ok) {
      io.stderr(fileError(file, read.message));
      unreadable = true;
      continue;
    }
    const source = readSource(file, read.text);
    for (const warning of read.warnings) io.stderr(fileWarning(file, warning));
    for (const problem of source.problems.slice(0, MAX_LISTED_SOURCE_PROBLEMS)) io.stderr(`${file}:${problem.line}: warning: ${problem.message}\n`);
    const rest = source.problems.length - MAX_LISTED_SOURCE_PROBLEMS;
    if (rest > 0) io.stderr(fileWarning(file, `${rest} more problem${rest === 1 ? '' : 's'} not listed`));
    sources.push(source);
  }
  if (unreadable) return CHECK_BAD_INPUT;
  if (sources.every((source) => source.passages.length === 0)) {
    io.stderr(`on-the-record: no words in any source given, nothing to check against\n`);
    return CHECK_BAD_INPUT;
  }

  const analysis = analyze(article.text, { language: article.language, maxLength: DEFAULT_MAX_SIZE });
  io.stderr(problemWarnings(options.article, article.text, analysis.problems));
  const checks = checkQuotes(quotesToCheck(analysis), buildSourceIndex(sources));
  io.stdout(exportSourceCheck({ file: options.article, text: article.text, sources: sources.map(summarizeSource), checks }, options.format));
  return checks.every((check) => check.status === 'matches') ? CHECK_ALL_MATCH : CHECK_SOME_DIFFER;
}
