/**
 * Readable renderings of any JavaScript value, for the console panel and for test failures. Never
 * "[object Object]": Maps, Sets, errors, class instances, DOM nodes and cycles all get a shape a beginner
 * recognises. DOM-free (nodes are recognised by duck typing) so it runs in the frame, the worker and node.
 */
import { isAsymmetric } from './asymmetric.ts';

const MAX_DEPTH = 3;
const MAX_ITEMS = 100;
const MAX_STRING = 10_000;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

type Seen = Set<object>;

/** A value as a console shows it inside a structure (strings quoted). */
export function formatValue(value: unknown): string {
  return render(value, 0, new Set());
}

/** `console.log(a, b)` arguments joined as one line: top-level strings are shown as they are. */
export function formatArgs(args: readonly unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' ? clip(arg) : formatValue(arg))).join(' ');
}

/** A value inside a failure message: text in «guillemets» so an empty text («») is still visible. */
export function describeValue(value: unknown): string {
  return typeof value === 'string' ? `«${clip(value)}»` : formatValue(value);
}

function clip(text: string): string {
  return text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text;
}

function quote(text: string): string {
  return `'${clip(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function render(value: unknown, depth: number, seen: Seen): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return String(value);
    case 'function':
      return renderFunction(value);
  }
  if (value === null) return 'null';
  const object = value as object;
  if (seen.has(object)) return '[Circular]';
  seen.add(object);
  try {
    return renderObject(object, depth, seen);
  } finally {
    seen.delete(object);
  }
}

function renderFunction(fn: Function): string {
  let source = '';
  try {
    source = Function.prototype.toString.call(fn);
  } catch {
    // Some host functions refuse toString: the name is enough.
  }
  if (source.startsWith('class')) return `[class ${fn.name || '(anonymous)'}]`;
  return `[Function: ${fn.name || '(anonymous)'}]`;
}

function renderObject(object: object, depth: number, seen: Seen): string {
  if (isAsymmetric(object)) return object.describe(formatValue);
  if (object instanceof Error) return renderError(object);
  if (isNode(object)) return renderNode(object);
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  if (object instanceof RegExp) return String(object);
  if (object instanceof Promise) return 'Promise { … }';
  if (object instanceof WeakMap || object instanceof WeakSet) return `${tagOf(object)} { … }`;
  const nested = depth >= MAX_DEPTH;
  if (Array.isArray(object)) {
    if (nested) return '[Array]';
    return `[${items(object.length, (i) => (i in object ? render(object[i], depth + 1, seen) : '<empty>'))}]`;
  }
  if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
    const typed = object as unknown as ArrayLike<number | bigint>;
    return `${tagOf(object)}(${typed.length}) [${nested ? '…' : items(typed.length, (i) => render(typed[i], depth + 1, seen))}]`;
  }
  if (object instanceof Map) {
    if (nested) return '[Map]';
    const entries = [...object.entries()];
    return `Map(${object.size}) {${pad(items(entries.length, (i) => `${render(entries[i]?.[0], depth + 1, seen)} => ${render(entries[i]?.[1], depth + 1, seen)}`))}}`;
  }
  if (object instanceof Set) {
    if (nested) return '[Set]';
    const values = [...object.values()];
    return `Set(${object.size}) {${pad(items(values.length, (i) => render(values[i], depth + 1, seen)))}}`;
  }
  const prefix = constructorName(object);
  if (nested) return `[${prefix || 'Object'}]`;
  const keys: (string | symbol)[] = Reflect.ownKeys(object).filter((key) => Object.prototype.propertyIsEnumerable.call(object, key));
  const body = items(keys.length, (i) => {
    const key = keys[i] as string | symbol;
    return `${renderKey(key)}: ${renderProperty(object, key, depth, seen)}`;
  });
  return `${prefix ? `${prefix} ` : ''}{${pad(body)}}`;
}

function renderProperty(object: object, key: string | symbol, depth: number, seen: Seen): string {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (descriptor && !('value' in descriptor)) return '[Getter]';
  return render(descriptor?.value, depth + 1, seen);
}

function renderKey(key: string | symbol): string {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  return IDENTIFIER.test(key) || /^\d+$/.test(key) ? key : quote(key);
}

function renderError(error: Error): string {
  const name = typeof error.name === 'string' && error.name ? error.name : 'Error';
  return error.message ? `${name}: ${error.message}` : name;
}

/** Joins up to MAX_ITEMS renderings, saying how many more there are. */
function items(count: number, renderAt: (index: number) => string): string {
  const shown: string[] = [];
  for (let i = 0; i < Math.min(count, MAX_ITEMS); i++) shown.push(renderAt(i));
  if (count > MAX_ITEMS) shown.push(`… +${count - MAX_ITEMS}`);
  return shown.join(', ');
}

const pad = (body: string) => (body ? ` ${body} ` : '');

function tagOf(object: object): string {
  return Object.prototype.toString.call(object).slice(8, -1);
}

/** The class name of an instance, '' for plain objects (and null-prototype ones). */
function constructorName(object: object): string {
  const proto: unknown = Object.getPrototypeOf(object);
  if (proto === null || proto === Object.prototype) return '';
  const ctor = (proto as { constructor?: unknown }).constructor;
  const name = typeof ctor === 'function' ? ctor.name : '';
  return name === 'Object' ? '' : name || tagOf(object);
}

interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  localName?: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

function isNode(object: object): object is NodeLike {
  const node = object as Partial<NodeLike>;
  return typeof node.nodeType === 'number' && typeof node.nodeName === 'string';
}

/** Elements as their opening tag (`<h1 class="title">`), other nodes by their kind. */
function renderNode(node: NodeLike): string {
  if (node.nodeType === 1) {
    const attributes = Array.from(node.attributes ?? [], (attribute) => ` ${attribute.name}="${attribute.value}"`).join('');
    return `<${node.localName ?? node.nodeName.toLowerCase()}${attributes}>`;
  }
  if (node.nodeType === 3) return `#text ${quote(node.nodeValue ?? '')}`;
  return node.nodeName;
}

/** `console.table` as a text grid, like Node prints it; anything not tabular falls back to `formatValue`. */
export function formatTable(data: unknown, columns?: readonly string[]): string {
  if (data === null || typeof data !== 'object') return formatArgs([data]);
  const rows = data instanceof Map ? [...data.entries()] : Object.entries(data);
  const keys: string[] = [];
  let hasValues = false;
  for (const [, row] of rows) {
    if (row !== null && typeof row === 'object' && !Array.isArray(row)) {
      for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
    } else if (Array.isArray(row)) {
      row.forEach((_, index) => { if (!keys.includes(String(index))) keys.push(String(index)); });
    } else hasValues = true;
  }
  const shownKeys = columns ? keys.filter((key) => columns.includes(key)) : keys;
  const header = ['(index)', ...shownKeys, ...(hasValues ? ['Values'] : [])];
  const body = rows.slice(0, MAX_ITEMS).map(([index, row]) => {
    const isRecord = row !== null && typeof row === 'object';
    const cells = shownKeys.map((key) => (isRecord && key in row ? formatValue((row as Record<string, unknown>)[key]) : ''));
    return [formatValue(index).replace(/^'(.*)'$/, '$1'), ...cells, ...(hasValues ? [isRecord ? '' : formatValue(row)] : [])];
  });
  return grid([header, ...body]);
}

function grid(table: string[][]): string {
  const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (left: string, middle: string, right: string) => left + widths.map((width) => '─'.repeat(width + 2)).join(middle) + right;
  const row = (cells: string[]) => `│${cells.map((cell, column) => ` ${cell.padEnd(widths[column] ?? 0)} `).join('│')}│`;
  const [header = [], ...rest] = table;
  return [line('┌', '┬', '┐'), row(header), line('├', '┼', '┤'), ...rest.map(row), line('└', '┴', '┘')].join('\n');
}
