/**
 * Which workspace files the ledger reads: articles (.txt, .md) not ignored by a .gitignore (each applies below
 * its own folder, as git reads them) nor by the `search.exclude` globs. `files.exclude` is applied by VS Code's
 * own file search. Paths are relative to the workspace folder, with forward slashes. Uses the `ignore` package,
 * the gitignore matcher eslint and others use.
 */
import ignore, { type Ignore } from 'ignore';

export const ARTICLE_GLOB = '**/*.{txt,md,markdown}';
const ARTICLE_EXTENSION = /\.(txt|md|markdown)$/i;

export function isArticlePath(relativePath: string): boolean {
  return ARTICLE_EXTENSION.test(relativePath);
}

export function articleLanguage(relativePath: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown)$/i.test(relativePath) ? 'markdown' : 'plaintext';
}

export class ArticleFilter {
  /** Folder ("" for the root) -> the rules of the .gitignore in it. */
  private readonly gitignores = new Map<string, Ignore>();
  private searchExclude: Ignore = ignore();

  /** `folder`: where the .gitignore lies, relative to the workspace folder ("" for its root). */
  setGitignore(folder: string, text: string | undefined): void {
    const key = trimSlashes(folder);
    if (text === undefined) this.gitignores.delete(key);
    else this.gitignores.set(key, ignore().add(text));
  }

  /** The `search.exclude` setting: the globs set to true (a `when` clause counts as set). */
  setSearchExclude(setting: Record<string, unknown> | undefined): void {
    const isOn = (on: unknown): boolean => on === true || (typeof on === 'object' && on !== null);
    const globs = Object.entries(setting ?? {}).filter(([, on]) => isOn(on)).map(([glob]) => glob);
    this.searchExclude = ignore().add(globs.map(trimSlashes).filter((g) => g.length > 0));
  }

  /** Whether the ledger reads the file at `relativePath`. */
  includes(relativePath: string): boolean {
    const path = trimSlashes(relativePath.replace(/\\/g, '/'));
    if (!isArticlePath(path) || path.split('/').includes('.git')) return false;
    if (this.searchExclude.ignores(path)) return false;
    for (const [folder, rules] of this.gitignores) {
      if (folder !== '' && !path.startsWith(`${folder}/`)) continue;
      if (rules.ignores(folder === '' ? path : path.slice(folder.length + 1))) return false;
    }
    return true;
  }
}

function trimSlashes(path: string): string {
  return path.replace(/^\.?\/+/, '').replace(/\/+$/, '');
}
