/**
 * One fenced block inside an exercise: its fence, and its info string read as language, role and file
 * (`html starter index.html`, `js wrong:concat server.js catches="…"`). Pure, no DOM.
 */
import { parseAttributes } from './attributes.ts';
import { say } from './messages/index.ts';
import type { FencedBlock } from './structure.ts';
import { CODE_LANGUAGES, type CodeLanguage } from './types.ts';
import { VARIANT_ROLES, type VariantRole } from './variants.ts';
/** Reports a problem at a line of the lesson file. */
export type Report = (line: number, message: string, column?: number) => void;

/** What a trainer would name a file of each language: for messages that show a fence. */
const EXAMPLE_FILE: Record<string, string> = { html: 'index.html', css: 'style.css', js: 'script.js', sql: 'query.sql', json: 'data.json', text: 'notes.txt' };
const ROLES = ['starter', 'solution', 'test', 'hint', 'schema', 'seed', 'wrong'] as const;
export type Role = (typeof ROLES)[number];
/** `solution:arrow`, `wrong`, `wrong:concat`: the role, then the variant's name. */
const ROLE_WORD = /^([a-z]+)(?::([a-z0-9]+(?:-[a-z0-9]+)*))?$/;

const LANGUAGE_ALIASES: Record<string, CodeLanguage | 'md'> = {
  javascript: 'js',
  mjs: 'js',
  txt: 'text',
  markdown: 'md',
  md: 'md',
};
const EXTENSIONS: Record<string, CodeLanguage> = {
  html: 'html',
  htm: 'html',
  css: 'css',
  js: 'js',
  mjs: 'js',
  sql: 'sql',
  json: 'json',
  txt: 'text',
};

/** A fenced block inside an exercise whose info string names a role (`html starter index.html`). */
export interface Part {
  role: Role;
  language: CodeLanguage | 'md';
  file: string;
  content: string;
  /** Line of the opening fence. */
  line: number;
  /** For another solution or a wrong answer: its name (`arrow` in `solution:arrow`, empty for `wrong`). */
  variant?: string;
  /** `catches="…"` on a wrong answer: the test that must fail. */
  catches?: string;
}

function normaliseLanguage(word: string): CodeLanguage | 'md' | undefined {
  const lower = word.toLowerCase();
  if (lower in LANGUAGE_ALIASES) return LANGUAGE_ALIASES[lower];
  return (CODE_LANGUAGES as readonly string[]).includes(lower) ? (lower as CodeLanguage) : undefined;
}

/**
 * Turns a fence inside an exercise into a part. Returns undefined for a plain example block (one word:
 * it stays in the instructions) and null for a block with a mistake (already reported).
 */
export function readPart(fence: Pick<FencedBlock, 'info' | 'content'>, line: number, fail: Report): Part | null | undefined {
  // Language, role, file, then (for a wrong answer) attributes that may hold spaces: catches="test name".
  const info = /^(\S+)\s+(\S+)(?:\s+(\S+))?(?:\s+(.*))?$/.exec(fence.info);
  if (!info) return undefined;
  const [, languageWord = '', roleWord = '', file = '', rest = ''] = info;
  const extra = rest.trim() ? [rest.trim()] : [];
  const [, roleName = '', variant] = ROLE_WORD.exec(roleWord) ?? [];
  if (!(ROLES as readonly string[]).includes(roleName)) {
    fail(line, say('parse.unknownRole', { role: roleWord, roles: ROLES.join(', ') }), 4);
    return null;
  }
  const role = roleName as Role;
  if (variant !== undefined && !(VARIANT_ROLES as readonly string[]).includes(role)) {
    fail(line, say('parse.onlyVariantsNamed', { role }), 4);
    return null;
  }
  const language = normaliseLanguage(languageWord);
  if (!language) {
    fail(line, say('parse.unknownLanguage', { language: languageWord, languages: [...CODE_LANGUAGES, 'md'].join(', ') }), 4);
    return null;
  }
  const part: Part = { role, language, file, content: fence.content, line };
  if (role === 'wrong' || variant !== undefined) {
    part.variant = variant ?? '';
    const catches = extra.length > 0 ? readCatches(role as VariantRole, extra[0] ?? '') : undefined;
    if (typeof catches === 'string') {
      fail(line, catches, 4);
      return null;
    }
    if (catches) part.catches = catches.test;
  } else if (extra.length > 0) {
    fail(line, say('parse.tooManyWords', { fence: `${languageWord} ${role}${file ? ` ${file}` : ''}` }), 4);
    return null;
  }
  if (role === 'starter' || role === 'solution' || role === 'wrong') {
    if (!file) {
      fail(line, say('parse.namesFile', { role, fence: `\`\`\`${languageWord} ${role} ${EXAMPLE_FILE[language] ?? 'index.html'}` }), 4);
      return null;
    }
    if (!/^[A-Za-z0-9][\w.-]*$/.test(file)) {
      fail(line, say('parse.fileName', { file }), 4);
      return null;
    }
    const extension = file.split('.').pop()?.toLowerCase() ?? '';
    if (EXTENSIONS[extension] !== language) {
      fail(line, say('parse.fileLanguage', { file, language: languageWord }), 4);
      return null;
    }
    return part;
  }
  if (file) {
    fail(line, say('parse.noFileName', { role }), 4);
    return null;
  }
  const expected: Record<string, string> = { test: 'js', hint: 'md', schema: 'sql', seed: 'sql' };
  if (expected[role] !== language) {
    fail(line, say('parse.blockLanguage', { role, language: expected[role] ?? '' }), 4);
    return null;
  }
  return part;
}

/** `catches="test name"` after a wrong answer's file: an error message, or the test to catch it. */
function readCatches(role: VariantRole, source: string): { test: string } | string {
  const attributes = parseAttributes(source);
  if (typeof attributes === 'string') return attributes;
  const unknown = [...attributes.keys()].find((key) => key !== 'catches' || role !== 'wrong');
  if (unknown) return role === 'wrong' ? say('parse.catchesUnknown', { key: unknown }) : say('parse.variantNoAttribute', { key: unknown });
  const test = (attributes.get('catches') ?? '').trim();
  return test ? { test } : say('parse.catchesEmpty');
}
