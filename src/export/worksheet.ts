/**
 * The fact-check worksheet: one row per quote with what a checker needs to work down the list (line,
 * speaker and whether a person set it, cue, confidence, status, note, source), as CSV and as Markdown.
 * Decisions whose quotation is gone are listed after the quotes, so nothing a person decided disappears.
 */
import { csvRow } from './csvField';
import { escapeMarkdownInline } from './markdownEscape';
import type { ExportFile, ExportQuote } from './records';

export const WORKSHEET_HEADER = ['file', 'line', 'quote', 'speaker', 'set by person', 'cue', 'confidence', 'status', 'note', 'source'];

const statusOf = (quote: ExportQuote): string => (quote.checkedWords !== null ? `${quote.status} (words changed since checked)` : quote.status);

/** One file's rows of the CSV worksheet (the header is written once, before the first file). */
export function worksheetCsvRows(file: ExportFile): string {
  let output = '';
  for (const quote of file.quotes) {
    output += csvRow([
      file.file, quote.line, quote.text, quote.speaker, quote.setByPerson ? 'yes' : 'no', quote.cue, quote.confidence, statusOf(quote), quote.note, quote.source,
    ]);
  }
  for (const orphan of file.orphans) {
    output += csvRow([file.file, null, orphan.quote, null, null, null, null, `${orphan.status} (quotation not found)`, orphan.note, orphan.source]);
  }
  return output;
}

export function toWorksheetCsv(files: ExportFile[]): string {
  return csvRow(WORKSHEET_HEADER) + files.map(worksheetCsvRows).join('');
}

export const WORKSHEET_HEAD = '# Fact-check worksheet';
export const WORKSHEET_SEPARATOR = '\n\n';
export const worksheetTail = (fileCount: number): string => (fileCount === 0 ? '\n\nNo files.\n' : '\n');

/** A Markdown table per file; table cells are one line, with pipes escaped. */
export function toWorksheetMarkdown(files: ExportFile[]): string {
  return WORKSHEET_HEAD + files.map((file) => WORKSHEET_SEPARATOR + worksheetMarkdownSections(file)).join('') + worksheetTail(files.length);
}

/** One file's sections of the Markdown worksheet. */
export function worksheetMarkdownSections(file: ExportFile): string {
  const sections: string[] = [];
  {
    sections.push(`## ${escapeMarkdownInline(file.file)}`);
    const checked = file.quotes.filter((q) => q.status !== 'unchecked').length;
    sections.push(`${checked} of ${file.quotes.length} checked.`);
    if (file.quotes.length > 0) {
      const rows = ['| Line | Quote | Speaker | Cue | Confidence | Status | Note | Source |', '|---:|---|---|---|---:|---|---|---|'];
      for (const quote of file.quotes) {
        const speaker = quote.speaker === null ? '*unattributed*' : escapeMarkdownInline(quote.speaker);
        rows.push(
          `| ${quote.line} | ${cell(quote.text)} | ${speaker}${quote.setByPerson ? ' ✎ set by a person' : ''} | ${cell(quote.cue)} | ${quote.confidence.toFixed(2)} | ` +
            `${cell(statusOf(quote))} | ${cell(quote.note)} | ${cell(quote.source)} |`,
        );
      }
      sections.push(rows.join('\n'));
    }
    if (file.orphans.length > 0) {
      sections.push('### Decisions whose quotation was not found');
      sections.push(file.orphans.map((o) => `- ${cell(o.quote)}: ${o.status}${o.note ? `, ${cell(o.note)}` : ''}${o.source ? ` (${cell(o.source)})` : ''}`).join('\n'));
    }
  }
  return sections.join('\n\n');
}

function cell(text: string | null): string {
  return text === null ? '' : escapeMarkdownInline(text);
}
