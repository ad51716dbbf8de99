import type { Problem } from '../engine/types';
import { LineIndex } from '../export/lines';

/** `FILE: error: MESSAGE`, the form compilers use so terminals and editors recognise it. */
export function fileError(file: string, message: string): string {
  return `${file}: error: ${message}\n`;
}

/** `FILE: warning: MESSAGE` for something about the whole file. */
export function fileWarning(file: string, message: string): string {
  return `${file}: warning: ${message}\n`;
}

/** Problems listed one by one per file before the rest are summed up, so a messy file cannot flood the terminal. */
export const MAX_LISTED_PROBLEMS = 20;

/** One `FILE:LINE:COLUMN: warning: MESSAGE` line per problem the engine found (the first few, then a count). */
export function problemWarnings(file: string, text: string, problems: Problem[]): string {
  if (problems.length === 0) return '';
  const lines = new LineIndex(text);
  const listed = problems
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((problem) => `${file}:${lines.lineAt(problem.start)}:${lines.columnAt(problem.start)}: warning: ${problem.message}\n`)
    .join('');
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  return rest > 0 ? listed + fileWarning(file, `${rest} more problem${rest === 1 ? '' : 's'} not listed (${problems.length} in all).`) : listed;
}
