import { writeFileSync } from 'node:fs';

/** Writes the document to `path`; returns an error message instead of throwing. */
export function writeOutputFile(path: string, document: string): string | null {
  try {
    writeFileSync(path, document, 'utf8');
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'cannot write output: its folder does not exist';
    if (code === 'EISDIR') return 'cannot write output: it is a directory';
    if (code === 'EACCES' || code === 'EPERM') return 'cannot write output: permission denied';
    return `cannot write output: ${error instanceof Error ? error.message : String(error)}`;
  }
}
