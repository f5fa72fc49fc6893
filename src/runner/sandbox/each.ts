/**
 * `test.each` / `describe.each` tables as Jest reads them — an array of rows, or a tagged template
 * whose first line names the columns — and the titles Jest gives each case: printf placeholders
 * (`%s %d %i %f %j %o %O %p %# %$ %%`) or `$name` / `$a.b` / `$#` for rows that are objects. DOM-free.
 */
import { formatValue } from './format.ts';
import { arrayJoin, arraySlice, isArray, jsonStringify, NumberCtor, objectIs, parseIntFn, stringSplit } from './intrinsics.ts';

export interface EachCase {
  title: string;
  /** The arguments the test body receives. */
  args: unknown[];
}

const isTemplate = (value: unknown): value is TemplateStringsArray => isArray(value) && isArray((value as { raw?: unknown }).raw);

/** The cases of `each(table)` or of the tagged template `` each`a | b ${1} | ${2}` ``. */
export function eachCases(table: unknown, values: readonly unknown[], title: string): EachCase[] {
  if (isTemplate(table)) return templateCases(table, values, title);
  if (!isArray(table)) throw new TypeError('.each() needs an array of cases, e.g. test.each([[1, 2], [3, 4]])');
  const cases: EachCase[] = [];
  for (let index = 0; index < table.length; index++) {
    const row: unknown = table[index];
    const args = isArray(row) ? arraySlice(row) : [row];
    const named = !isArray(row) && typeof row === 'object' && row !== null && !hasPlaceholder(title);
    cases[index] = { title: named ? interpolate(title, row as object, index) : printf(title, args, index), args };
  }
  return cases;
}

function templateCases(strings: TemplateStringsArray, values: readonly unknown[], title: string): EachCase[] {
  const header = strings[0] ?? '';
  const names: string[] = [];
  const parts = stringSplit(header, '|');
  for (let i = 0; i < parts.length; i++) {
    const name = (parts[i] as string).trim();
    if (name) names[names.length] = name;
  }
  if (names.length === 0 || values.length % names.length !== 0) {
    throw new TypeError(`.each table: ${values.length} values do not fill the ${names.length} columns (${arrayJoin(names, ', ')})`);
  }
  const cases: EachCase[] = [];
  for (let start = 0, index = 0; start < values.length; start += names.length, index++) {
    const row: Record<string, unknown> = {};
    for (let column = 0; column < names.length; column++) row[names[column] as string] = values[start + column];
    cases[index] = { title: interpolate(title, row, index), args: [row] };
  }
  return cases;
}

const PLACEHOLDER = /%[sdifjoOp#$%]/;
const hasPlaceholder = (title: string) => PLACEHOLDER.test(title);

/** One printf placeholder: what Jest prints for it. */
function formatOne(kind: string, value: unknown): string {
  switch (kind) {
    case 's':
      return typeof value === 'string' ? value : formatValue(value);
    case 'd':
    case 'i': {
      if (typeof value === 'bigint') return `${value}n`;
      const number = kind === 'i' ? parseIntFn(String(value), 10) : NumberCtor(value);
      return objectIs(number, -0) ? '-0' : String(number);
    }
    case 'f':
      return String(NumberCtor(value));
    case 'j':
      try {
        return String(jsonStringify(value));
      } catch {
        return '[Circular]';
      }
    default:
      return formatValue(value);
  }
}

/** `%s`, `%d` … replaced in order by the case's arguments; `%#` is the case's index, `%$` its number. */
export function printf(title: string, args: readonly unknown[], index: number): string {
  let out = '';
  let next = 0;
  for (let i = 0; i < title.length; i++) {
    const char = title[i];
    const kind = title[i + 1];
    if (char !== '%' || kind === undefined || !PLACEHOLDER.test(`%${kind}`)) {
      out += char;
      continue;
    }
    i++;
    if (kind === '%') out += '%';
    else if (kind === '#') out += String(index);
    else if (kind === '$') out += String(index + 1);
    else if (next < args.length) out += formatOne(kind, args[next++]);
    else out += `%${kind}`;
  }
  return out;
}

/** `$name`, `$a.b` (a path into the row) and `$#` (the index) replaced by the row's values. */
export function interpolate(title: string, row: object, index: number): string {
  return title.replace(/\$(#|[A-Za-z_$][\w$]*(?:\.[\w$]+)*)/g, (whole, path: string) => {
    if (path === '#') return String(index);
    let value: unknown = row;
    const keys = stringSplit(path, '.');
    for (let i = 0; i < keys.length; i++) {
      if (value === null || value === undefined || !((keys[i] as string) in Object(value))) return whole;
      value = (value as Record<string, unknown>)[keys[i] as string];
    }
    return formatValue(value);
  });
}
