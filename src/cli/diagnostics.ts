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

/** One `FILE:LINE:COLUMN: warning: MESSAGE` line per problem the engine found. */
export function problemWarnings(file: string, text: string, problems: Problem[]): string {
  if (problems.length === 0) return '';
  const lines = new LineIndex(text);
  return problems
    .map((problem) => `${file}:${lines.lineAt(problem.start)}:${lines.columnAt(problem.start)}: warning: ${problem.message}\n`)
    .join('');
}
