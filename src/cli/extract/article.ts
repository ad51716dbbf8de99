import { closeSync, existsSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { dirname, isAbsolute, join, parse, relative, resolve } from 'node:path';
import { analyzeFromScratch } from '../../engine/analyze';
import { keptForLedger } from '../../engine/ledger';
import type { ExportInput } from '../../export';
import { documentPieces } from '../../export/document';
import { jsonLinePieces } from '../../export/json';
import { toExportFile, type ExportFile } from '../../export/records';
import { streamedFormat } from '../../export/streamed';
import { fileError, fileWarning, problemWarnings } from '../diagnostics';
import { readArticle, type ReadArticle, type ReadResult } from '../readArticle';
import { truncationAgainstFile } from '../truncation';
import { analyzeReviewed } from '../reviewFor';
import { describeWriteError, writeTextSync } from '../writeOutput';
import { chunksOf, type ArticleOutput } from './chunks';
import type { OutputFormat } from './args';

/** What one article is read from. */
export type ArticleTask =
  | { kind: 'file'; path: string }
  /** Already read in the main thread (standard input). */
  | { kind: 'read'; name: string; read: ReadResult }
  /** One line of `--input jsonl`; `where` is `FILE:LINE` for messages. */
  | { kind: 'record'; line: string; where: string };

/** The same for every article of a run. */
export interface ArticleSettings {
  format: OutputFormat;
  maxSize: number;
  reported: boolean;
  /** --review: the one article's review file; null: each file's own beside it. */
  review: string | null;
  outputDir: string | null;
  resume: boolean;
  /** False with --quiet: only errors are told. */
  warnings: boolean;
  /** --group-by speaker: the result is what the ledger keeps of the analysis, as JSON, for the main thread. */
  groupBy?: 'speaker';
}

/** What the main thread counts and prints of an article: `messages` are its warnings and errors for stderr. */
export interface ArticleSummary {
  status: 'done' | 'skipped' | 'failed';
  messages: string;
  quotes: number;
  bytes: number;
  /** Failed because its worker ran out of the heap it was given (another try with more may succeed). */
  outOfMemory?: true;
}

/**
 * `output`: the article's part of the document, chunk by chunk as it is rendered (nothing with --output-dir, where
 * it is written to its own file, nor for a skipped or failed article). Printed by the main thread in input order.
 */
export interface ArticleResult<Output extends ArticleOutput = ArticleOutput> extends ArticleSummary {
  output: Output;
}

const NO_OUTPUT: readonly string[] = [];

/** The label of an article in outputs and messages, and where its text comes from. */
interface Article {
  name: string;
  /** The `id` of a JSONL record, written back as it came. */
  id?: unknown;
  read: ReadArticle;
}

/** Reads, analyses and renders one article; never throws: a bad article is a failed result with its message. */
export function processArticle(task: ArticleTask, settings: ArticleSettings): ArticleResult<Iterable<string>> {
  const name = taskName(task);
  const outputPath = (article: Pick<Article, 'name' | 'id'>): string | null =>
    settings.outputDir === null ? null : resultPath(settings.outputDir, article, settings.format);

  // A result already written is not read again: a resumed run skips without opening the article.
  if (task.kind === 'file' && settings.resume) {
    const path = outputPath({ name });
    if (path !== null && existsSync(path)) return skipped(0);
  }
  const opened = openArticle(task, settings.maxSize);
  if (!opened.ok) return failed(name, opened.message, task.kind === 'record' ? task.line.length : 0);
  const article = opened.article;
  const bytes = article.read.fileBytes ?? article.read.text.length;
  const path = outputPath(article);
  if (task.kind === 'record' && settings.resume && path !== null && existsSync(path)) return skipped(bytes);

  let messages = settings.warnings ? article.read.warnings.map((warning) => fileWarning(article.name, warning)).join('') : '';
  let input: ExportInput;
  try {
    const { text, language } = article.read;
    // Articles of a batch are unrelated: nothing is remembered from one to the next (no paragraph cache to fill,
    // no edit of the previous article to look for), which costs less time and keeps memory flat. The sourcing
    // findings are the editor's, and no output format writes them.
    const options = { language, maxLength: settings.maxSize, reported: settings.reported, sourcing: false };
    // A person's decisions: those of --review, or of the file's review file beside it (records and standard input have none).
    const reviewed = task.kind === 'file' || settings.review !== null ? analyzeReviewed(task.kind === 'file' ? task.path : null, text, options, settings.review ?? undefined) : undefined;
    const analysis = reviewed?.analysis ?? analyzeFromScratch(text, options);
    if (reviewed?.warning && settings.warnings) messages += fileWarning(article.name, reviewed.warning);
    input = { file: article.name, text, analysis: truncationAgainstFile(analysis, article.read), review: reviewed?.review };
  } catch (error) {
    return failed(article.name, `analysis failed: ${error instanceof Error ? error.message : String(error)}`, bytes, messages);
  }
  if (settings.warnings) messages += problemWarnings(article.name, input.text, input.analysis.problems);
  const file = toExportFile(input);
  const quotes = file.quotes.length;
  if (settings.groupBy === 'speaker') {
    const output = [JSON.stringify({ file: article.name, analysis: keptForLedger(input.analysis) })];
    return { status: 'done', output, messages, quotes, bytes };
  }

  // Rendered as it is written: a 20 MB article's output is never one string.
  if (path === null) return { status: 'done', output: chunksOf(partPieces(file, article, settings.format)), messages, quotes, bytes };
  const written = writeResult(path, chunksOf(wholePieces(file, article, settings.format)));
  if (written !== null) return failed(path, written, bytes, messages);
  return { status: 'done', output: NO_OUTPUT, messages, quotes, bytes };
}

/** How messages name the article before it is read. */
export function taskName(task: ArticleTask): string {
  return task.kind === 'file' ? task.path : task.kind === 'read' ? task.name : task.where;
}

function openArticle(task: ArticleTask, maxSize: number): { ok: true; article: Article } | { ok: false; message: string } {
  if (task.kind === 'file') {
    const read = readArticle(task.path, maxSize);
    return read.ok ? { ok: true, article: { name: task.path, read } } : read;
  }
  if (task.kind === 'read') return task.read.ok ? { ok: true, article: { name: task.name, read: task.read } } : task.read;
  return parseRecord(task.line);
}

/** `{"id": …, "text": "…"}`; the id can be any JSON value but must be there. */
function parseRecord(line: string): { ok: true; article: Article } | { ok: false; message: string } {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { ok: false, message: 'not a line of JSON (expected {"id": …, "text": "…"})' };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { ok: false, message: 'not a JSON object (expected {"id": …, "text": "…"})' };
  }
  const { id, text } = record as { id?: unknown; text?: unknown };
  if (id === undefined) return { ok: false, message: 'the record has no "id"' };
  if (typeof text !== 'string') return { ok: false, message: 'the record has no "text" string' };
  const read: ReadArticle = { ok: true, text, language: 'plaintext', warnings: [], fileBytes: null, readWhole: true };
  return { ok: true, article: { name: typeof id === 'string' ? id : JSON.stringify(id), id, read } };
}

function partPieces(file: ExportFile, article: Article, format: OutputFormat): Iterable<string> {
  if (format === 'jsonl') return jsonLinePieces(file, article.id === undefined ? { file: file.file } : { id: article.id });
  return streamedFormat(format).pieces(file);
}

/** The article's own document, for its file under --output-dir. */
function wholePieces(file: ExportFile, article: Article, format: OutputFormat): Iterable<string> {
  return format === 'jsonl' ? partPieces(file, article, format) : documentPieces(streamedFormat(format), [file]);
}

const RESULT_EXTENSIONS: Record<OutputFormat, string> = { markdown: 'md', json: 'json', csv: 'csv', jsonl: 'jsonl', worksheet: 'md', 'worksheet-csv': 'csv' };

/**
 * Where an article's result goes under DIR: a file's path relative to the current folder (a path outside it
 * without its root), a record's id made safe as a file name; then the format's extension.
 */
export function resultPath(outputDir: string, article: Pick<Article, 'name' | 'id'>, format: OutputFormat): string {
  const extension = RESULT_EXTENSIONS[format];
  if (article.id !== undefined) return join(outputDir, `${safeFileName(article.name)}.${extension}`);
  const absolute = resolve(article.name);
  const inner = relative(process.cwd(), absolute);
  const mirrored = inner === '' || inner.startsWith('..') || isAbsolute(inner) ? absolute.slice(parse(absolute).root.length) : inner;
  return join(outputDir, `${mirrored}.${extension}`);
}

function safeFileName(id: string): string {
  const encoded = encodeURIComponent(id).replace(/\*/g, '%2A');
  return encoded.startsWith('.') ? `%2E${encoded.slice(1)}` : encoded;
}

/** Written chunk by chunk under a temporary name and then renamed: a stopped run never leaves a half result to skip. */
function writeResult(path: string, chunks: Iterable<string>): string | null {
  const partial = `${path}.partial`;
  let descriptor: number | null = null;
  try {
    mkdirSync(dirname(path), { recursive: true });
    descriptor = openSync(partial, 'w');
    for (const chunk of chunks) writeTextSync(descriptor, chunk);
    closeSync(descriptor);
    descriptor = null;
    renameSync(partial, path);
    return null;
  } catch (error) {
    if (descriptor !== null) closeSync(descriptor);
    return describeWriteError(error);
  }
}

function skipped(bytes: number): ArticleResult<Iterable<string>> {
  return { status: 'skipped', output: NO_OUTPUT, messages: '', quotes: 0, bytes };
}

export function failed(name: string, message: string, bytes = 0, messages = ''): ArticleResult<Iterable<string>> {
  return { status: 'failed', output: NO_OUTPUT, messages: messages + fileError(name, message), quotes: 0, bytes };
}
