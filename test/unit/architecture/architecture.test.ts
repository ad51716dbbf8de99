import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { importCircles, readImportGraph } from './importGraph';

const root = path.resolve(__dirname, '../../..');
const graph = readImportGraph(root);
const engineModules = [...graph.edges.keys()].filter((module) => module.startsWith('src/engine/'));

describe('the source tree', () => {
  it('is read whole (the graph holds the engine, the extension, the CLI and the worker)', () => {
    for (const dir of ['src/engine/', 'src/extension/', 'src/cli/', 'src/worker/', 'src/export/']) {
      assert.ok([...graph.edges.keys()].some((module) => module.startsWith(dir)), dir);
    }
    assert.ok((graph.edges.get('src/engine/analyze') ?? []).includes('src/engine/attribution/attribution'));
  });

  it('has no import circles', () => {
    assert.deepEqual(importCircles(graph.edges), []);
  });

  it('keeps the engine apart from the editor: no vscode, nothing outside src/engine', () => {
    for (const module of engineModules) {
      assert.ok(!(graph.packages.get(module) ?? []).includes('vscode'), `${module} imports vscode`);
      for (const target of graph.edges.get(module) ?? []) {
        assert.ok(target.startsWith('src/engine/'), `${module} imports ${target}`);
      }
    }
  });

  it('keeps the engine pure JavaScript at run time: only its own packages', () => {
    const allowed = new Set(['compromise', 'diff']);
    for (const module of engineModules) {
      for (const name of graph.packages.get(module) ?? []) assert.ok(allowed.has(name), `${module} imports ${name}`);
    }
  });
});

describe('the import-circle finder', () => {
  it('finds a circle through three modules and a module importing itself, and nothing in a chain', () => {
    const edges = new Map([
      ['a', ['b']], ['b', ['c']], ['c', ['a', 'd']], ['d', []], ['e', ['e']], ['f', ['d']],
    ]);
    const circles = importCircles(edges).map((group) => group.join(' ')).sort();
    assert.deepEqual(circles, ['a b c', 'e']);
  });
});
