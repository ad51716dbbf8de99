/**
 * `JSON.stringify(value, null, 2)` (or compact) written in pieces: the first `depth` levels of arrays and objects
 * are walked here and the values below them are `JSON.stringify` pieces (a few hundred list elements each), so an
 * export of a hundred thousand quotes never becomes one string. The bytes are JSON.stringify's (a value with
 * `toJSON` below the walked levels is serialised by JSON.stringify itself, so it sees as its key '' or its place in
 * a batch of a list's elements).
 */

/** A list whose elements are made one at a time as they are written (and all at once by JSON.stringify). */
export class JsonList<T> {
  constructor(
    private readonly items: readonly T[],
    private readonly toValue: (item: T) => unknown,
  ) {}

  get length(): number {
    return this.items.length;
  }

  valueAt(index: number): unknown {
    return this.toValue(this.items[index]);
  }

  toJSON(): unknown[] {
    return this.items.map(this.toValue);
  }
}

export interface JsonLayout {
  /** Pretty-printed with two spaces, as JSON.stringify(value, null, 2); compact otherwise. */
  pretty: boolean;
  /** Levels of arrays and objects written piece by piece. */
  depth: number;
  /** Where the value stands in a pretty-printed document: the indent of its own line. */
  indent?: string;
}

const GAP = '  ';

/** The pieces of `value`'s JSON; nothing for a value JSON.stringify leaves out (undefined, a function). */
export function* jsonPieces(value: unknown, layout: JsonLayout): Generator<string> {
  yield* walk(value, layout.depth, layout.indent ?? '', layout.pretty);
}

function* walk(value: unknown, depth: number, indent: string, pretty: boolean): Generator<string> {
  if (value instanceof JsonList) {
    if (depth > 0) {
      yield* list(value.length, (index) => value.valueAt(index), depth, indent, pretty);
      return;
    }
  } else if (depth > 0 && isWalkable(value)) {
    if (Array.isArray(value)) yield* list(value.length, (index) => value[index], depth, indent, pretty);
    else yield* object(value as Record<string, unknown>, depth, indent, pretty);
    return;
  }
  const leaf = stringifyLeaf(value, indent, pretty);
  if (leaf !== undefined) yield leaf;
}

/** Plain arrays and objects; anything JSON.stringify treats specially (toJSON, boxed values) is left to it. */
function isWalkable(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  return !(value instanceof Number || value instanceof String || value instanceof Boolean);
}

function stringifyLeaf(value: unknown, indent: string, pretty: boolean): string | undefined {
  const text = pretty ? JSON.stringify(value, null, GAP) : JSON.stringify(value);
  // JSON strings escape their line breaks: every newline is the layout's, and moves with the value's indent.
  return text === undefined || !pretty || indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

function* list(length: number, at: (index: number) => unknown, depth: number, indent: string, pretty: boolean): Generator<string> {
  if (length === 0) {
    yield '[]';
    return;
  }
  const inner = indent + GAP;
  if (depth === 1) {
    yield* batched(length, at, inner, pretty);
  } else {
    for (let index = 0; index < length; index++) {
      // Where JSON.stringify leaves a member out of an object, it writes null in a list.
      yield* joined(elementSeparator(index, inner, pretty), walk(at(index), depth - 1, inner, pretty), 'null');
    }
  }
  yield pretty ? `\n${indent}]` : ']';
}

/** What stands before a list's element `index`: a bracket or a comma, and a line break and indent when pretty. */
function elementSeparator(index: number, inner: string, pretty: boolean): string {
  return index === 0 ? (pretty ? `[\n${inner}` : '[') : pretty ? `,\n${inner}` : ',';
}

/** Elements below the walked levels, stringified this many at a time: a list may hold 100,000. */
export const ELEMENTS_PER_PIECE = 256;

/**
 * The elements of a list below the walked levels, a batch per piece. Each batch is stringified inside as many
 * arrays as the list stands deep, so that JSON.stringify writes the indent of each line itself, and the wrapping
 * is cut off: no pass over the text to indent it, and no call per element.
 */
function* batched(length: number, at: (index: number) => unknown, inner: string, pretty: boolean): Generator<string> {
  const wraps = pretty ? inner.length / GAP.length - 1 : 0;
  // What JSON.stringify writes around the batch's elements: one bracket each side, or one per level when pretty.
  let head = pretty ? '' : '[';
  let tail = pretty ? '' : ']';
  for (let level = 0; pretty && level <= wraps; level++) {
    head += `[\n${GAP.repeat(level + 1)}`;
    tail = `\n${GAP.repeat(level)}]${tail}`;
  }
  for (let first = 0; first < length; first += ELEMENTS_PER_PIECE) {
    let batch: unknown = Array.from({ length: Math.min(ELEMENTS_PER_PIECE, length - first) }, (_, k) => at(first + k));
    for (let level = 0; level < wraps; level++) batch = [batch];
    const text = pretty ? JSON.stringify(batch, null, GAP) : JSON.stringify(batch);
    yield elementSeparator(first, inner, pretty) + text.slice(head.length, text.length - tail.length);
  }
}

function* object(value: Record<string, unknown>, depth: number, indent: string, pretty: boolean): Generator<string> {
  const inner = indent + GAP;
  let open = true;
  for (const key of Object.keys(value)) {
    const name = JSON.stringify(key);
    const separator = open ? (pretty ? `{\n${inner}${name}: ` : `{${name}:`) : pretty ? `,\n${inner}${name}: ` : `,${name}:`;
    let wrote = false;
    for (const piece of joined(separator, walk(value[key], depth - 1, inner, pretty), null)) {
      wrote = true;
      yield piece;
    }
    if (wrote) open = false;
  }
  yield open ? '{}' : pretty ? `\n${indent}}` : '}';
}

/** `separator` joined to the first piece (one piece for a small value); `absent` when there is none. */
function* joined(separator: string, pieces: Generator<string>, absent: string | null): Generator<string> {
  const first = pieces.next();
  if (first.done) {
    if (absent !== null) yield separator + absent;
    return;
  }
  yield separator + first.value;
  yield* pieces;
}
