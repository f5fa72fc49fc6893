/**
 * Splits a learner's SQL file into statements, each with the line it starts on, the way SQLite itself
 * decides where a statement ends (a port of `sqlite3_complete`): semicolons inside strings, quoted names,
 * comments and `CREATE TRIGGER … BEGIN … END` bodies do not end a statement. DOM-free.
 *
 * Splitting here (rather than handing the whole text to sql.js) gives one result and one line per
 * statement, and lets parameters bind to the one statement they belong to.
 */

/** One statement: its text without the closing `;`, and where it starts in the file (line is 1-based). */
export interface SqlStatement {
  sql: string;
  start: number;
  line: number;
}

/** Token classes, numbered as the columns of the state table. */
const Token = { Semi: 0, Space: 1, Other: 2, Explain: 3, Create: 4, Temp: 5, Trigger: 6, End: 7 } as const;
type Token = (typeof Token)[keyof typeof Token];

/** `sqlite3_complete`'s state table: TRANSITIONS[state][token]. State 1 means "between statements". */
const TRANSITIONS: readonly (readonly number[])[] = [
  /* 0 invalid */ [1, 0, 2, 3, 4, 2, 2, 2],
  /* 1 start   */ [1, 1, 2, 3, 4, 2, 2, 2],
  /* 2 normal  */ [1, 2, 2, 2, 2, 2, 2, 2],
  /* 3 explain */ [1, 3, 3, 2, 4, 2, 2, 2],
  /* 4 create  */ [1, 4, 2, 2, 2, 4, 5, 2],
  /* 5 trigger */ [6, 5, 5, 5, 5, 5, 5, 5],
  /* 6 semi    */ [6, 6, 5, 5, 5, 5, 5, 7],
  /* 7 end     */ [1, 7, 5, 5, 5, 5, 5, 5],
];

const KEYWORDS: Record<string, Token> = {
  explain: Token.Explain, create: Token.Create, temp: Token.Temp, temporary: Token.Temp, trigger: Token.Trigger, end: Token.End,
};

const CLOSERS: Record<string, string> = { "'": "'", '"': '"', '`': '`', '[': ']' };

/** The end (exclusive) and class of the token starting at `index`. */
function scan(source: string, index: number): { end: number; token: Token } {
  const char = source[index] ?? '';
  if (char === ';') return { end: index + 1, token: Token.Semi };
  if (/\s/.test(char)) return { end: index + 1, token: Token.Space };
  if (char === '-' && source[index + 1] === '-') {
    const newline = source.indexOf('\n', index);
    return { end: newline < 0 ? source.length : newline + 1, token: Token.Space };
  }
  if (char === '/' && source[index + 1] === '*') {
    const close = source.indexOf('*/', index + 2);
    return { end: close < 0 ? source.length : close + 2, token: Token.Space };
  }
  const closer = CLOSERS[char];
  if (closer) {
    const close = source.indexOf(closer, index + 1);
    return { end: close < 0 ? source.length : close + 1, token: Token.Other };
  }
  const word = /^[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/.exec(source.slice(index, index + 200));
  if (word) return { end: index + word[0].length, token: KEYWORDS[word[0].toLowerCase()] ?? Token.Other };
  return { end: index + 1, token: Token.Other };
}

/** The statements of `source` in order; blank or comment-only pieces are left out. */
export function splitStatements(source: string): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let state = 1;
  let line = 1;
  let first: { start: number; line: number } | undefined;
  let last = 0;
  const close = (end: number) => {
    if (first) statements.push({ sql: source.slice(first.start, end).trimEnd(), start: first.start, line: first.line });
    first = undefined;
  };
  for (let index = 0; index < source.length;) {
    const { end, token } = scan(source, index);
    if (token !== Token.Space && token !== Token.Semi) {
      first ??= { start: index, line };
      last = end;
    }
    const next = TRANSITIONS[state]?.[token] ?? 2;
    if (token === Token.Semi && next === 1) close(index);
    else if (token === Token.Semi) last = end;
    state = next;
    for (let at = source.indexOf('\n', index); at >= 0 && at < end; at = source.indexOf('\n', at + 1)) line++;
    index = end;
  }
  close(last);
  return statements;
}
