import { readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** A file found in a folder, or a folder or file that could not be read. */
export type FoundFile = { kind: 'file'; path: string; bytes: number } | { kind: 'error'; path: string; message: string };

export interface WalkOptions {
  /** Keeps a file by its path relative to the root (with `/`). */
  accept(relativePath: string): boolean;
  /** Folders this many levels below the root are not entered (Infinity: all). */
  maxDepth: number;
  /** Absolute folders never entered (the output folder). */
  skipFolders: string[];
}

interface IgnoreRules {
  /** The folder the .gitignore is in, relative to the root (`` for the root). */
  folder: string;
  rules: Ignore;
}

/**
 * Every file under `root` that `accept` keeps, in a fixed order (names sorted by code unit, a folder's files
 * after the files before it), honouring the .gitignore files found on the way. `.git` is never entered;
 * links to folders are not followed (they could loop).
 */
export function* walkFolder(root: string, options: WalkOptions): Generator<FoundFile> {
  yield* walkInto(root, '', 0, [], options);
}

function* walkInto(root: string, folder: string, depth: number, inherited: IgnoreRules[], options: WalkOptions): Generator<FoundFile> {
  const absolute = join(root, folder);
  let entries: Dirent[];
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', path: absolute, message: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
    return;
  }
  const rules = [...inherited];
  const gitignore = entries.find((entry) => entry.name === '.gitignore' && entry.isFile());
  if (gitignore) {
    try {
      rules.push({ folder, rules: ignore().add(readFileSync(join(absolute, '.gitignore'), 'utf8')) });
    } catch {
      // An unreadable .gitignore ignores nothing, as git does.
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    const full = join(root, path);
    const isFolder = entry.isDirectory();
    if (isFolder && entry.name === '.git') continue;
    if (isIgnored(rules, path, isFolder)) continue;
    if (isFolder) {
      if (depth + 1 > options.maxDepth || options.skipFolders.some((skip) => isInside(full, skip))) continue;
      yield* walkInto(root, path, depth + 1, rules, options);
      continue;
    }
    if (!options.accept(path)) continue;
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    try {
      const stats = statSync(full);
      if (stats.isFile()) yield { kind: 'file', path: full, bytes: stats.size };
    } catch (error) {
      yield { kind: 'error', path: full, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
    }
  }
}

/** Each .gitignore speaks of paths relative to its own folder; a folder's rule is tested with a trailing `/`. */
function isIgnored(rules: IgnoreRules[], path: string, isFolder: boolean): boolean {
  return rules.some(({ folder, rules: ignored }) => {
    const inner = folder === '' ? path : path.slice(folder.length + 1);
    return ignored.ignores(isFolder ? `${inner}/` : inner);
  });
}

function isInside(path: string, folder: string): boolean {
  const inner = relative(folder, path);
  return inner === '' || (!inner.startsWith('..') && !isAbsolute(inner));
}
