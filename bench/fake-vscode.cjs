// A minimal stand-in for the `vscode` module, enough to require and activate the extension outside VS Code.
// Real classes for the values extensions construct; every other API is a recording stub that returns a disposable.
'use strict';
const path = require('node:path');

function createFakeVscode() {
  /** API calls made during activation, e.g. "commands.registerCommand onTheRecord.extractQuotes". */
  const calls = [];

  class Disposable {
    constructor(callOnDispose) { this.callOnDispose = callOnDispose; }
    static from(...items) { return new Disposable(() => items.forEach((item) => item && item.dispose && item.dispose())); }
    dispose() { if (this.callOnDispose) this.callOnDispose(); this.callOnDispose = undefined; }
  }

  class EventEmitter {
    constructor() {
      this.listeners = new Set();
      this.event = (listener, thisArg, disposables) => {
        const bound = listener.bind(thisArg);
        this.listeners.add(bound);
        const subscription = new Disposable(() => this.listeners.delete(bound));
        if (Array.isArray(disposables)) disposables.push(subscription);
        return subscription;
      };
    }
    fire(value) { for (const listener of [...this.listeners]) listener(value); }
    dispose() { this.listeners.clear(); }
  }

  class Position {
    constructor(line, character) { this.line = line; this.character = character; }
  }
  class Range {
    constructor(a, b, c, d) {
      this.start = typeof a === 'number' ? new Position(a, b) : a;
      this.end = typeof a === 'number' ? new Position(c, d) : b;
    }
  }
  class Selection extends Range {}
  class Uri {
    constructor(scheme, fsPath) { this.scheme = scheme; this.fsPath = fsPath; this.path = fsPath; }
    static file(p) { return new Uri('file', p); }
    static parse(value) { return new Uri(value.split(':')[0], value.replace(/^[a-z]+:\/\//, '')); }
    static joinPath(base, ...parts) { return new Uri(base.scheme, path.join(base.fsPath, ...parts)); }
    with() { return this; }
    toString() { return `${this.scheme}://${this.fsPath}`; }
  }
  class TreeItem {
    constructor(label, collapsibleState) { this.label = label; this.collapsibleState = collapsibleState; }
  }
  class MarkdownString {
    constructor(value = '') { this.value = value; }
    appendMarkdown(text) { this.value += text; return this; }
    appendText(text) { this.value += text; return this; }
    appendCodeblock(code) { this.value += `\n\`\`\`\n${code}\n\`\`\`\n`; return this; }
  }
  class ThemeColor { constructor(id) { this.id = id; } }
  class ThemeIcon { constructor(id, color) { this.id = id; this.color = color; } }
  class Hover { constructor(contents, range) { this.contents = contents; this.range = range; } }
  class Location { constructor(uri, range) { this.uri = uri; this.range = range; } }
  class CancellationTokenSource {
    constructor() { this.token = { isCancellationRequested: false, onCancellationRequested: () => new Disposable() }; }
    cancel() { this.token.isCancellationRequested = true; }
    dispose() {}
  }

  const configuration = {
    get: (_key, fallback) => fallback,
    has: () => false,
    inspect: () => undefined,
    update: () => Promise.resolve(),
  };

  /** An object whose unknown members are recording stubs; `known` members are used as they are. */
  function recorder(name, known) {
    return new Proxy(known, {
      get(target, member) {
        if (member in target) return target[member];
        if (typeof member === 'symbol' || member === 'then') return undefined;
        return (...args) => {
          calls.push(`${name}.${member}${typeof args[0] === 'string' ? ` ${args[0]}` : ''}`);
          // What a stub returns (a tree view, a decoration type, an output channel...) is itself a disposable recorder.
          return recorder(`${name}.${member}()`, new Disposable());
        };
      },
    });
  }
  const namespace = recorder;

  const numberedEnum = (...names) => Object.fromEntries(names.map((n, i) => [n, i]));

  const vscode = {
    version: '1.85.0',
    Disposable, EventEmitter, Position, Range, Selection, Uri, TreeItem, MarkdownString, ThemeColor, ThemeIcon,
    Hover, Location, CancellationTokenSource,
    TreeItemCollapsibleState: numberedEnum('None', 'Collapsed', 'Expanded'),
    DecorationRangeBehavior: numberedEnum('OpenOpen', 'ClosedClosed', 'OpenClosed', 'ClosedOpen'),
    OverviewRulerLane: { Left: 1, Center: 2, Right: 4, Full: 7 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    ExtensionMode: { Production: 1, Development: 2, Test: 3 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    window: namespace('window', { visibleTextEditors: [], activeTextEditor: undefined, tabGroups: { all: [] } }),
    workspace: namespace('workspace', {
      textDocuments: [],
      workspaceFolders: undefined,
      getConfiguration: () => configuration,
    }),
    commands: namespace('commands', {}),
    languages: namespace('languages', {}),
    env: namespace('env', { language: 'en', appName: 'Visual Studio Code' }),
    extensions: namespace('extensions', {}),
    l10n: namespace('l10n', { t: (message) => (typeof message === 'string' ? message : message.message) }),
  };
  // Any other class or enum of the API (CodeActionKind.QuickFix, new InlayHint(...), SymbolKind.Function) is a
  // loose stand-in, found through the prototype: the bundle copies the module's own members and falls back to
  // its prototype for the rest, so new API in the extension needs no change here.
  Object.setPrototypeOf(vscode, new Proxy({}, {
    get: (_target, member) => (typeof member === 'string' && /^[A-Z]/.test(member) ? loose(member) : undefined),
  }));
  return { vscode, calls };
}

/** A value that can be constructed, called, and read from, as deep as the code goes, recording nothing. */
function loose(name) {
  const target = function () {};
  return new Proxy(target, {
    construct: (_target, args) => ({ kind: name, args }),
    apply: () => loose(`${name}()`),
    get: (t, member) => {
      if (member === 'prototype') return t.prototype;
      if (typeof member === 'symbol' || member === 'then') return undefined;
      return loose(`${name}.${member}`);
    },
  });
}

/** A minimal ExtensionContext rooted at the repository. */
function createFakeContext(vscode, extensionPath) {
  const memento = () => {
    const values = new Map();
    return { get: (key, fallback) => (values.has(key) ? values.get(key) : fallback), update: (key, value) => (values.set(key, value), Promise.resolve()), keys: () => [...values.keys()], setKeysForSync() {} };
  };
  return {
    subscriptions: [],
    extensionPath,
    extensionUri: vscode.Uri.file(extensionPath),
    asAbsolutePath: (relative) => path.join(extensionPath, relative),
    globalState: memento(),
    workspaceState: memento(),
    extensionMode: vscode.ExtensionMode.Production,
    storageUri: undefined,
    globalStorageUri: vscode.Uri.file(path.join(extensionPath, '.bench-storage')),
    logUri: vscode.Uri.file(path.join(extensionPath, '.bench-log')),
    secrets: { get: () => Promise.resolve(undefined), store: () => Promise.resolve(), delete: () => Promise.resolve(), onDidChange: () => new vscode.Disposable() },
    environmentVariableCollection: { replace() {}, append() {}, prepend() {}, get() {}, forEach() {}, delete() {}, clear() {} },
    extension: { id: 'on-the-record.on-the-record', extensionPath, isActive: true, packageJSON: {} },
  };
}

module.exports = { createFakeVscode, createFakeContext };
