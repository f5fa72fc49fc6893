/** Tables and their columns, as SQL completion offers them. */
export type SqlTables = Record<string, string[]>;

const CREATE_TABLE = /\bcreate\s+(?:temp(?:orary)?\s+)?table\s+(?:if\s+not\s+exists\s+)?(["`[]?)([\p{L}\w]+)["`\]]?\s*\(/giu;
const CONSTRAINT = /^(?:primary|foreign|unique|check|constraint)\b/i;

/**
 * The parts of the parenthesised list opening at `open`, split on the commas directly inside it (not in nested
 * parentheses or quotes): one part per column or table constraint.
 */
function columnParts(sql: string, open: number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = open + 1;
  for (let at = open; at < sql.length; at++) {
    const char = sql[at]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return [...parts, sql.slice(start, at)];
    else if (char === ',' && depth === 1) {
      parts.push(sql.slice(start, at));
      start = at + 1;
    }
  }
  return [...parts, sql.slice(start)];
}

/**
 * The tables an exercise's `CREATE TABLE` statements make, with their columns in order, so the editor can
 * complete `SELECT title FROM books`. Table constraints (`PRIMARY KEY (…)`, `FOREIGN KEY …`) are not columns.
 */
export function sqlTables(schema: string): SqlTables {
  const tables: SqlTables = {};
  const sql = schema.replace(/--[^\n]*/g, '');
  for (const match of sql.matchAll(CREATE_TABLE)) {
    const columns = columnParts(sql, match.index + match[0].length - 1)
      .map((part) => part.trim())
      .filter((part) => part && !CONSTRAINT.test(part))
      .map((part) => /^["`[]?([\p{L}\w]+)/u.exec(part)?.[1])
      .filter((name): name is string => name !== undefined);
    tables[match[2]!] = columns;
  }
  return tables;
}
