/**
 * The fact-check worksheet: one row per quote with what a checker needs to work down the list (line,
 * speaker and whether a person set it, cue, confidence, status, note, source), as CSV and as Markdown.
 * Decisions whose quotation is gone are listed after the quotes, so nothing a person decided disappears.
 */
import { csvRow } from './csvField';
import { renderDocument, type StreamedFormat } from './document';
import { escapeMarkdownInline } from './markdownEscape';
import type { ExportFile, ExportQuote } from './records';

export const WORKSHEET_HEADER = ['file', 'line', 'quote', 'speaker', 'set by person', 'cue', 'confidence', 'status', 'note', 'source'];
/** Columns added when a source check ran on any file of the worksheet. */
export const SOURCE_CHECK_HEADER = ['source check', 'source passage', 'passage at'];

/** Whether the worksheet carries the source check's columns: when a check ran on one of its files. */
export const hasSourceCheck = (files: readonly ExportFile[]): boolean => files.some((file) => file.quotes.some((quote) => quote.sourceCheck !== null));

const sourceCheckCells = (quote: ExportQuote): (string | null)[] =>
  quote.sourceCheck ? [quote.sourceCheck.result, quote.sourceCheck.passage, quote.sourceCheck.place] : ['not checked', null, null];

const statusOf = (quote: ExportQuote): string => (quote.checkedWords !== null ? `${quote.status} (words changed since checked)` : quote.status);

/** One file's rows of the CSV worksheet (the header is written once, before the first file). */
export function* worksheetCsvPieces(file: ExportFile, withSourceCheck = false): Generator<string> {
  for (const quote of file.quotes) {
    yield csvRow([
      file.file, quote.line, quote.text, quote.speaker, quote.setByPerson ? 'yes' : 'no', quote.cue, quote.confidence, statusOf(quote), quote.note, quote.source,
      ...(withSourceCheck ? sourceCheckCells(quote) : []),
    ]);
  }
  for (const orphan of file.orphans) {
    yield csvRow([
      file.file, null, orphan.quote, null, null, null, null, `${orphan.status} (quotation not found)`, orphan.note, orphan.source,
      ...(withSourceCheck ? [null, null, null] : []),
    ]);
  }
}

/** The CSV worksheet, with the source check's columns or without them (their header comes first). */
export function worksheetCsvFormat(withSourceCheck: boolean): StreamedFormat {
  const header = withSourceCheck ? [...WORKSHEET_HEADER, ...SOURCE_CHECK_HEADER] : WORKSHEET_HEADER;
  return { head: csvRow(header), separator: () => '', pieces: (file) => worksheetCsvPieces(file, withSourceCheck), tail: () => '' };
}

export function toWorksheetCsv(files: readonly ExportFile[]): string {
  return renderDocument(worksheetCsvFormat(hasSourceCheck(files)), files);
}

export const WORKSHEET_HEAD = '# Fact-check worksheet';
export const WORKSHEET_SEPARATOR = '\n\n';
export const worksheetTail = (fileCount: number): string => (fileCount === 0 ? '\n\nNo files.\n' : '\n');

/** A Markdown table per file; table cells are one line, with pipes escaped. */
export function toWorksheetMarkdown(files: readonly ExportFile[]): string {
  return renderDocument(WORKSHEET_FORMAT, files);
}

/** One file's sections of the Markdown worksheet, row by row. */
export function* worksheetMarkdownPieces(file: ExportFile): Generator<string> {
  yield `## ${escapeMarkdownInline(file.file)}`;
  const checked = file.quotes.filter((q) => q.status !== 'unchecked').length;
  yield `\n\n${checked} of ${file.quotes.length} checked.`;
  if (file.quotes.length > 0) {
    const withSourceCheck = hasSourceCheck([file]);
    const header = ['| Line | Quote | Speaker | Cue | Confidence | Status | Note | Source |', '|---:|---|---|---|---:|---|---|---|'];
    if (withSourceCheck) {
      header[0] += ' Source check | Source passage |';
      header[1] += '---|---|';
    }
    yield `\n\n${header.join('\n')}`;
    for (const quote of file.quotes) {
      const speaker = quote.speaker === null ? '*unattributed*' : escapeMarkdownInline(quote.speaker);
      const checked = quote.sourceCheck;
      const sourceCheck = !withSourceCheck
        ? ''
        : checked
          ? ` ${cell(checked.result)} | ${checked.passage ? `${cell(checked.passage)} (${cell(checked.place)})` : ''} |`
          : ' not checked |  |';
      yield (
        `\n| ${quote.line} | ${cell(quote.text)} | ${speaker}${quote.setByPerson ? ' ✎ set by a person' : ''} | ${cell(quote.cue)} | ${quote.confidence.toFixed(2)} | ` +
        `${cell(statusOf(quote))} | ${cell(quote.note)} | ${cell(quote.source)} |${sourceCheck}`
      );
    }
  }
  if (file.orphans.length > 0) {
    yield '\n\n### Decisions whose quotation was not found';
    yield `\n\n${file.orphans.map((o) => `- ${cell(o.quote)}: ${o.status}${o.note ? `, ${cell(o.note)}` : ''}${o.source ? ` (${cell(o.source)})` : ''}`).join('\n')}`;
  }
}

export const WORKSHEET_FORMAT: StreamedFormat = {
  head: WORKSHEET_HEAD,
  separator: () => WORKSHEET_SEPARATOR,
  pieces: worksheetMarkdownPieces,
  tail: worksheetTail,
};

function cell(text: string | null): string {
  return text === null ? '' : escapeMarkdownInline(text);
}
