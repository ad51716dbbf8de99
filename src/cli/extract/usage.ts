import { extractOptionHelp } from './args';

export const EXTRACT_USAGE = `Usage: on-the-record extract [options] FILE|FOLDER|GLOB|- ...
       on-the-record extract --input jsonl [options] [FILE.jsonl|-]

Finds every quotation in the given articles (plain text or Markdown) and
prints each quote with its speaker. A folder is searched for .txt and .md
files, honouring .gitignore; a glob ('archive/**/*.txt', quoted) matches
files of any name; - is standard input.

Options:
${extractOptionHelp()}

Files ending in .md or .markdown are read as Markdown. Problems in the text
(such as an unbalanced quotation mark) are printed as warnings on stderr.
Results come in the order of the inputs whatever --jobs is. With
--input jsonl each line {"id": ..., "text": "..."} gives one line
{"id": ..., "quotes": [...], "entities": [...], ...}.

Exit status: 0 when every article was read, 1 when one could not be read,
analysed or written, 2 when the command line is wrong.
`;
