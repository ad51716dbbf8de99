import { statSync, type Stats } from 'node:fs';
import { extname, resolve } from 'node:path';
import picomatch from 'picomatch';
import { STDIN_NAME } from '../io';
import { walkFolder, type FoundFile } from './walk';

/** One article to read: a file, standard input, or an argument that named nothing usable. */
export type InputItem = FoundFile | { kind: 'stdin' };

/** Plain text and Markdown: what a folder is searched for. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

/**
 * The articles the arguments name, in order: a file as given, `-` for standard input, a folder's .txt and .md
 * files (recursively, honouring .gitignore), a glob's matches (any extension; quote it so the shell leaves it).
 * Within a folder or a glob the order is by path, so a run's output order never depends on the file system.
 */
export function expandInputs(args: string[], skipFolders: string[] = []): InputItem[] {
  const items: InputItem[] = [];
  const skip = skipFolders.map((folder) => resolve(folder));
  for (const arg of args) {
    if (arg === STDIN_NAME) {
      items.push({ kind: 'stdin' });
      continue;
    }
    const stats = statOrNull(arg);
    if (stats?.isDirectory()) {
      const accept = (path: string): boolean => ARTICLE_EXTENSIONS.has(extname(path).toLowerCase());
      items.push(...walkFolder(arg, { accept, maxDepth: Infinity, skipFolders: skip }));
      continue;
    }
    const pattern = stats ? null : picomatch.scan(arg);
    if (pattern?.isGlob) {
      const found = [...walkGlob(pattern.base, pattern.glob, skip)];
      items.push(...(found.length > 0 ? found : [{ kind: 'error' as const, path: arg, message: 'no files match this pattern' }]));
      continue;
    }
    // Reading it says what is wrong with it, if anything (missing, unreadable, binary).
    items.push({ kind: 'file', path: arg, bytes: stats?.size ?? 0 });
  }
  return items;
}

function* walkGlob(base: string, glob: string, skipFolders: string[]): Generator<FoundFile> {
  const matches = picomatch(glob);
  // Without `**`, a pattern of three parts can only match three levels down.
  const maxDepth = glob.includes('**') ? Infinity : glob.split('/').length - 1;
  yield* walkFolder(base === '' ? '.' : base, { accept: matches, maxDepth, skipFolders });
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
