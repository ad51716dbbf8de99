import { DEFAULT_MAX_SIZE } from './args';

export const USAGE = `Usage: on-the-record extract [options] FILE...
       on-the-record check ARTICLE --source FILE... (see check --help)

Finds every quotation in the given articles (plain text or Markdown) and
prints each quote with its speaker.

Options:
  -f, --format FORMAT   markdown (default), json or csv
  -o, --output FILE     write to FILE instead of standard output
      --max-size N      analyse at most N characters per file (default ${DEFAULT_MAX_SIZE / 1e6}M;
                        suffixes K, M, G)
      --no-reported     only quotations in quotation marks, no reported speech
  -h, --help            show this help
  -V, --version         show the version

Files ending in .md or .markdown are read as Markdown. Problems in the text
(such as an unbalanced quotation mark) are printed as warnings on stderr.

Exit status: 0 when every file was read, 1 when a file could not be read
or analysed, 2 when the command line is wrong.
`;
