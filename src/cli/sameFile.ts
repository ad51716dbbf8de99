import { statSync } from 'node:fs';

/** The inputs that are the file at `output` (the same file through another path or a link counts), in order. */
export function inputsNamedByOutput(output: string, inputs: string[]): string[] {
  const target = identityOf(output);
  if (!target) return [];
  return inputs.filter((input) => identityOf(input) === target);
}

function identityOf(path: string): string | null {
  try {
    const stats = statSync(path);
    return stats.isFile() ? `${stats.dev}:${stats.ino}` : null;
  } catch {
    return null;
  }
}
