// The source tree's import graph, read from the files' import statements (type-only imports included:
// a circle of types still ties the modules' designs together).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ImportGraph {
  /** Each module (path relative to the root, without extension) and the modules it imports. */
  edges: Map<string, string[]>;
  /** Each module and the bare package names it imports (`vscode`, `node:fs`, `compromise`). */
  packages: Map<string, string[]>;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [full] : [];
  });
}

function resolveModule(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
  return undefined; // a JSON file or another asset: not a module of the graph
}

export function readImportGraph(root: string, dir = 'src'): ImportGraph {
  const edges = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const name = (file: string): string => path.relative(root, file).replace(/\.ts$/, '');
  for (const file of sourceFiles(path.join(root, dir))) {
    const text = fs.readFileSync(file, 'utf8');
    const targets = new Set<string>();
    const bare = new Set<string>();
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier.startsWith('.')) {
        const target = resolveModule(file, specifier);
        if (target) targets.add(name(target));
      } else {
        bare.add(specifier);
      }
    }
    edges.set(name(file), [...targets]);
    packages.set(name(file), [...bare]);
  }
  return { edges, packages };
}

/** The groups of modules that import one another, directly or through others (Tarjan's algorithm). */
export function importCircles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string): void => {
    order.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, order.get(next)!));
      }
    }
    if (low.get(node) !== order.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (edges.get(node) ?? []).includes(node)) circles.push(group.sort());
  };
  for (const node of edges.keys()) if (!order.has(node)) visit(node);
  return circles;
}
