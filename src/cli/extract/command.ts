import { closeSync, createReadStream, openSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { buildLedger, type LedgerAnalysis } from '../../engine/ledger';
import { ledgerJson, ledgerMarkdown } from '../../export/ledger';
import { streamedFormat } from '../../export/streamed';
import { fileError } from '../diagnostics';
import { EXIT_FILE_FAILED, EXIT_OK, EXIT_USAGE, STDIN_NAME, type CliCommand, type CliIo } from '../io';
import { describeFileError } from '../readArticle';
import { readStdinArticle } from '../readStdin';
import { inputsNamedByOutput } from '../sameFile';
import { describeWriteError, writeTextSync } from '../writeOutput';
import { parseExtractArgs, type ExtractOptions } from './args';
import { failed, type ArticleResult, type ArticleSettings, type ArticleTask } from './article';
import { OutputCut } from './chunkChannel';
import { joinOutput, type ArticleOutput } from './chunks';
import { expandInputs, type InputItem } from './inputs';
import { inProcessProcessor, WorkerPool } from './pool';
import { LargeArticleProcessor } from './largeArticles';
import { Progress } from './progress';
import { EXTRACT_USAGE } from './usage';

export const extractCommand: CliCommand = {
  summary: 'find the quotes in articles and print them with their speakers',
  usage: () => EXTRACT_USAGE,
  async run(argv, io) {
    const command = parseExtractArgs(argv);
    switch (command.kind) {
      case 'help':
        await io.stdout(EXTRACT_USAGE);
        return EXIT_OK;
      case 'usage-error':
        io.stderr(`on-the-record: ${command.message}\n\n${EXTRACT_USAGE}`);
        return EXIT_USAGE;
      case 'extract':
        return extract(command.options, io);
    }
  },
};

/** Articles analysed ahead of the one being written, per job: enough to keep every job busy, few enough to stay flat. */
const AHEAD_PER_JOB = 4;

/** Where the articles' parts go: stdout, or `-o FILE`; nothing for `--output-dir`, where each article has its file. */
interface Sink {
  write(text: string): Promise<void>;
  close(): void;
}

class OutputFailed extends Error {}

/**
 * Runs the batch: every article read, analysed (on `jobs` worker threads) and written in input order as soon as
 * it and those before it are done, so memory holds a few articles whatever their number.
 */
export async function extract(options: ExtractOptions, io: CliIo): Promise<number> {
  const items = options.input === 'files' ? expandInputs(options.inputs, options.outputDir === null ? [] : [options.outputDir]) : null;
  if (options.output !== null) {
    const named = items ? items.flatMap((item) => (item.kind === 'file' ? [item.path] : [])) : options.inputs;
    const overwritten = inputsNamedByOutput(options.output, named);
    if (overwritten.length > 0) {
      io.stderr(`on-the-record: the output ${options.output} is also an input (${overwritten[0]}): choose another output file\n`);
      return EXIT_USAGE;
    }
  }
  const sink = openSink(options, io);
  if (!sink.ok) {
    io.stderr(fileError(options.output ?? '', sink.message));
    return EXIT_FILE_FAILED;
  }

  const settings: ArticleSettings = {
    format: options.format,
    maxSize: options.maxSize,
    reported: options.reported,
    review: options.review,
    outputDir: options.outputDir,
    resume: options.resume,
    warnings: !options.quiet,
    groupBy: options.groupBy,
  };
  // --group-by speaker: each article's part is kept here, and the listing written once all are read.
  const grouped = options.groupBy === 'speaker' ? new Map<string, LedgerAnalysis>() : null;
  const jobs = Math.min(options.jobs, items?.length ?? Infinity);
  const processor = new LargeArticleProcessor(jobs <= 1 ? inProcessProcessor(settings) : new WorkerPool(jobs, settings), settings);
  const format = options.format === 'jsonl' || grouped ? null : streamedFormat(options.format);
  const progress = new Progress(io, io.stderrIsTTY === true && !options.quiet, {
    articles: items?.length ?? null,
    bytes: items ? items.reduce((sum, item) => sum + (item.kind === 'file' ? item.bytes : 0), 0) : null,
  });
  const counts = { done: 0, skipped: 0, failed: 0, quotes: 0, written: 0 };
  let exitCode: number | null = null;

  // A file's size is known before it is read: a skipped or failed file still counts its bytes as done.
  const emit = async ({ result: pending, bytes }: Ahead): Promise<void> => {
    const result = await pending;
    progress.message(result.messages);
    let status = result.status;
    try {
      if (status === 'done' && grouped) {
        const part = JSON.parse(await joinOutput(result.output)) as { file: string; analysis: LedgerAnalysis };
        grouped.set(part.file, part.analysis);
      } else if (status === 'done' && sink.sink) {
        await writeArticle(sink.sink, format ? format.separator(counts.written) : '', result.output);
        counts.written++;
      }
    } catch (error) {
      if (!(error instanceof OutputCut)) throw error;
      progress.message(error.message);
      status = 'failed';
    }
    counts[status]++;
    if (status === 'done') counts.quotes += result.quotes;
    progress.advance(bytes ?? result.bytes);
  };

  try {
    if (format && sink.sink) await sink.sink.write(format.head);
    const ahead: Ahead[] = [];
    const limit = Math.max(1, jobs) * AHEAD_PER_JOB;
    for await (const { task, bytes } of articleTasks(options, items, io)) {
      ahead.push({ result: 'status' in task ? Promise.resolve(task) : processor.process(task, bytes), bytes });
      if (ahead.length >= limit) await emit(ahead.shift()!);
    }
    while (ahead.length > 0) await emit(ahead.shift()!);
    if (format && sink.sink) await sink.sink.write(format.tail(counts.written));
    if (grouped && sink.sink) {
      const ledger = buildLedger(grouped, { reported: options.reported });
      await sink.sink.write(options.format === 'json' ? ledgerJson(ledger) : ledgerMarkdown(ledger));
    }
  } catch (error) {
    if (!(error instanceof OutputFailed)) throw error;
    progress.clear();
    // A reader that stops early (`| head`) closes the pipe: that is not an error worth a message.
    if (error.message !== '') io.stderr(error.message);
    exitCode = error.message === '' ? EXIT_OK : EXIT_FILE_FAILED;
  } finally {
    sink.sink?.close();
    await processor.close();
  }
  progress.clear();
  if (exitCode !== null) return exitCode;

  const total = counts.done + counts.skipped + counts.failed;
  if (!options.quiet && (total > 1 || options.output !== null || options.outputDir !== null)) {
    const where = options.output ?? options.outputDir;
    io.stderr(
      `${plural(total, 'article')}: ${counts.done} done, ${counts.skipped} skipped, ${counts.failed} failed; ` +
        `${plural(counts.quotes, 'quote')}${where === null ? '' : ` written to ${where}`} in ${progress.elapsedSeconds().toFixed(1)} s\n`,
    );
  }
  return counts.failed > 0 ? EXIT_FILE_FAILED : EXIT_OK;
}

/** The separator before an article, then its output chunk by chunk, each written before the next is taken. */
async function writeArticle(sink: Sink, separator: string, output: ArticleOutput): Promise<void> {
  let before = separator;
  let wrote = false;
  for await (const chunk of output) {
    await sink.write(before + chunk);
    before = '';
    wrote = true;
  }
  if (!wrote) await sink.write(before);
}

/** An article on its way: its result to come, in input order, and its size when known before it is read. */
interface Ahead {
  result: Promise<ArticleResult>;
  bytes: number | null;
}

/** The articles in input order: tasks for the processor, or results already known (an argument that named nothing). */
async function* articleTasks(
  options: ExtractOptions,
  items: InputItem[] | null,
  io: CliIo,
): AsyncGenerator<{ task: ArticleTask | ArticleResult; bytes: number | null }> {
  if (items === null) {
    for await (const task of recordTasks(options.inputs.length > 0 ? options.inputs : [STDIN_NAME], io)) yield { task, bytes: null };
    return;
  }
  for (const item of items) {
    if (item.kind === 'file') yield { task: { kind: 'file', path: item.path }, bytes: item.bytes };
    else if (item.kind === 'stdin') {
      yield { task: { kind: 'read', name: STDIN_NAME, read: await readStdinArticle(io.stdin ?? [], options.maxSize) }, bytes: null };
    } else yield { task: failed(item.path, item.message), bytes: 0 };
  }
}

/** Lines of `{"id", "text"}` from each source in turn; blank lines are passed over. */
async function* recordTasks(sources: string[], io: CliIo): AsyncGenerator<ArticleTask | ArticleResult> {
  for (const source of sources) {
    let input: Readable;
    if (source === STDIN_NAME) {
      input = Readable.from(io.stdin ?? []);
    } else {
      try {
        input = createReadStream('', { fd: openSync(source, 'r') });
      } catch (error) {
        yield failed(source, describeFileError(error));
        continue;
      }
    }
    const label = source === STDIN_NAME ? 'stdin' : source;
    let lineNumber = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.trim() !== '') yield { kind: 'record', line, where: `${label}:${lineNumber}` };
    }
  }
}


function openSink(options: ExtractOptions, io: CliIo): { ok: true; sink: Sink | null } | { ok: false; message: string } {
  if (options.outputDir !== null) return { ok: true, sink: null };
  if (options.output === null) {
    return {
      ok: true,
      sink: {
        write: async (text) => {
          try {
            await io.stdout(text);
          } catch (error) {
            throw new OutputFailed((error as NodeJS.ErrnoException).code === 'EPIPE' ? '' : `on-the-record: ${describeWriteError(error)}\n`);
          }
        },
        close: () => undefined,
      },
    };
  }
  const output = options.output;
  let descriptor: number;
  try {
    descriptor = openSync(output, 'w');
  } catch (error) {
    return { ok: false, message: describeWriteError(error) };
  }
  return {
    ok: true,
    sink: {
      // A local file: writing in place is as fast as it gets and keeps the order trivially.
      write: async (text) => {
        try {
          writeTextSync(descriptor, text);
        } catch (error) {
          throw new OutputFailed(fileError(output, describeWriteError(error)));
        }
      },
      close: () => closeSync(descriptor),
    },
  };
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
