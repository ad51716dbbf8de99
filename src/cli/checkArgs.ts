import { EXPORT_FORMATS, type ExportFormat } from '../export';

export interface CheckOptions {
  article: string;
  /** Empty: the sources remembered in the article's review file. */
  sources: string[];
  format: ExportFormat;
}

export type CheckCommand = { kind: 'check'; options: CheckOptions } | { kind: 'check-help' } | { kind: 'usage-error'; message: string };

/** Parses `check ARTICLE --source FILE... [--format F]`; every word after `--source` up to the next option is a source. */
export function parseCheckArgs(argv: string[]): CheckCommand {
  const articles: string[] = [];
  const sources: string[] = [];
  let format: ExportFormat = 'markdown';
  let readingSources = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--') {
      (readingSources ? sources : articles).push(...argv.slice(i + 1));
      break;
    }
    if (!argument.startsWith('-') || argument === '-') {
      (readingSources ? sources : articles).push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const flag = argument.startsWith('--') && equals > 0 ? argument.slice(0, equals) : argument;
    const inline = flag === argument ? undefined : argument.slice(equals + 1);
    readingSources = false;
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'check-help' };
      case '--source':
      case '-s': {
        const value = inline ?? argv[++i];
        if (!value || value.startsWith('-')) return { kind: 'usage-error', message: '--source needs a file name' };
        sources.push(value);
        readingSources = true;
        break;
      }
      case '--format':
      case '-f': {
        const value = (inline ?? argv[++i] ?? '').toLowerCase();
        const chosen = value === 'md' ? 'markdown' : EXPORT_FORMATS.find((f) => f === value);
        if (!chosen) return { kind: 'usage-error', message: `--format needs one of ${EXPORT_FORMATS.join(', ')}${value ? `, not '${value}'` : ''}` };
        format = chosen;
        break;
      }
      default:
        return { kind: 'usage-error', message: `unknown option '${flag}' for check` };
    }
  }
  if (articles.length === 0) return { kind: 'usage-error', message: 'check needs an article to check' };
  if (articles.length > 1) return { kind: 'usage-error', message: `check takes one article, not ${articles.length} (sources follow --source)` };
  return { kind: 'check', options: { article: articles[0], sources, format } };
}

export const CHECK_USAGE = `Usage: on-the-record check ARTICLE [--source FILE...] [--format markdown|json|csv]

Checks every direct quote of the article (plain text or Markdown) against its
sources: transcripts (.txt, .md, with NAME: turns), SubRip (.srt) or WebVTT
(.vtt) captions, press releases. Each quote matches, is altered (words added,
dropped or changed; negations, numbers, names and quantifiers called out),
has a different speaker in the source, or is not found.

Options:
  -s, --source FILE...  the sources (several after one --source, or --source again);
                        without it, the sources remembered in the article's review
                        file (ARTICLE.review.json, set in the editor)
  -f, --format FORMAT   markdown (default), json or csv
  -h, --help            show this help

Exit status: 0 when every quote matches, 1 when any is altered, has another
speaker or is not found, 2 when the command line or an input is wrong.
`;
