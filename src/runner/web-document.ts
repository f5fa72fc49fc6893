/**
 * Assembles a web exercise into one sandbox document: the policy and the runtime first, then the
 * trainer's tests (collected before learner code runs, so they can script dialog answers), then the
 * learner's page with `<link href="style.css">` and `<script src="script.js">` replaced by the learner's
 * files inline — every script loop-guarded and named after its file so errors point back to it. An
 * exercise's `server.js` runs before the page, as the server its fetches reach (server-script.ts).
 */
import { HTTP_ENTRY } from '../kinds/http.ts';
import type { ExerciseFile } from '../lessons/types.ts';
import { escapeRawText, policyMeta, runtimeScript, WEB_POLICY, withSourceUrl } from './document-parts.ts';
import { lineAt, scanHtml, type HtmlTag } from './html-scan.ts';
import { loopGuardEdits } from './loop-guard.ts';
import { message } from './messages.ts';
import { parseJs } from './parse-js.ts';
import { TEST_GLOBALS, TESTS_GLOBAL, WEB_HELPERS } from './protocol.ts';
import type { FrameConfig } from './sandbox/frame-config.ts';
import { serverScript } from './server-script.ts';
import { applyEdits, type Edit } from './source-edit.ts';
import { TESTS_FILE, type RunProblem } from './types.ts';

export interface WebDocumentOptions {
  files: readonly ExerciseFile[];
  /** The trainer's tests; omitted for a live preview. */
  tests?: string;
  /** The frame runtime's source (sandbox/frame-main.ts, bundled). */
  runtime: string;
  config: FrameConfig;
}

const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** The document for `srcdoc`, and the problems found while assembling it (syntax errors, missing files). */
export function buildWebDocument({ files, tests, runtime, config }: WebDocumentOptions): { html: string; problems: RunProblem[] } {
  const entry = files.find((file) => file.name === 'index.html') ?? files.find((file) => file.language === 'html');
  const page = entry?.content ?? '';
  const pageName = entry?.name ?? 'index.html';
  const byName = new Map(files.map((file) => [file.name, file]));
  const problems: RunProblem[] = [];
  const edits: Edit[] = [];
  const deferred: string[] = [];
  const find = (reference: string) => byName.get(reference.replace(/^\.?\//, '').split(/[?#]/)[0] ?? '');
  const missing = (tag: HtmlTag, name: string) =>
    problems.push({ kind: 'runtime', message: message('runner:fileNotFound', { name }), file: pageName, line: lineAt(page, tag.start) });

  const { afterDoctype, tags } = scanHtml(page);
  for (const tag of tags) {
    const { href, rel = '', src, type = '' } = tag.attributes;
    if (tag.name === 'meta' && tag.attributes['http-equiv']?.trim().toLowerCase() === 'refresh') {
      // A refresh would navigate the frame away (and reach the network) before any script could stop it.
      edits.push({ start: tag.start, end: tag.end, text: '' });
    } else if (tag.name === 'link' && rel.toLowerCase().split(/\s+/).includes('stylesheet') && href !== undefined) {
      const file = find(href);
      // The learner's <link> stays in the page (tests may look for it), disabled so it fetches nothing,
      // and the file's rules follow it inline.
      const link = page.slice(tag.start, tag.end).replace(/\s*\/?>$/, ' disabled>');
      if (file) edits.push({ start: tag.start, end: tag.end, text: `${link}<style data-file="${file.name}">${escapeRawText(file.content, 'style')}</style>` });
      else missing(tag, href);
    } else if (tag.name === 'script' && tag.content && JS_TYPES.has(type.toLowerCase())) {
      const sourceType = type.toLowerCase() === 'module' ? 'module' : 'script';
      const open = sourceType === 'module' ? '<script type="module">' : '<script>';
      if (src !== undefined) {
        const file = find(src);
        if (!file) {
          missing(tag, src);
          continue;
        }
        if (file.name === HTTP_ENTRY) {
          // The page's server already runs as such: as a page script it would only fail on its `export`.
          edits.push({ start: tag.start, end: tag.content.elementEnd, text: '' });
          problems.push({ kind: 'runtime', message: message('runner:page.serverScript'), file: pageName, line: lineAt(page, tag.start) });
          continue;
        }
        const element = `${open}${guard(file.content, file.name, sourceType, 0, problems)}</script>`;
        edits.push({ start: tag.start, end: tag.content.elementEnd, text: '' });
        // Inline scripts ignore `defer`/`async`: moving them after the page keeps "runs once the page is parsed".
        if ('defer' in tag.attributes || 'async' in tag.attributes) deferred.push(element);
        else edits.push({ start: tag.start, end: tag.start, text: element });
      } else {
        const offset = lineAt(page, tag.content.start) - 1;
        const code = page.slice(tag.content.start, tag.content.end);
        edits.push({ start: tag.content.start, end: tag.content.end, text: '\n'.repeat(offset) + guard(code, pageName, sourceType, offset, problems) });
      }
    }
  }

  const testScripts: string[] = [];
  if (tests !== undefined) {
    const parsed = parseJs(tests, TESTS_FILE, 'script');
    if ('problem' in parsed) problems.push(parsed.problem);
    else {
      // Wrapped in a function whose parameters are the test API: learner globals cannot shadow them.
      const code = escapeRawText(applyEdits(tests, loopGuardEdits(parsed.ast, TESTS_FILE)), 'script');
      const wrapped = `${TESTS_GLOBAL}(function ({ ${[...TEST_GLOBALS, ...WEB_HELPERS].join(', ')} }) {${code}\n});`;
      testScripts.push(`<script>${withSourceUrl(wrapped, TESTS_FILE)}</script>`);
    }
  }
  // The page's own server starts before any page script, so the page's first fetch finds it.
  const server = files.find((file) => file.name === HTTP_ENTRY);
  const built = server ? serverScript(server) : { script: '' };
  if ('problems' in built) problems.push(...built.problems);
  // The runtime hands the test API out once, and only when the test file's script follows it.
  const settings = { ...config, tests: testScripts.length > 0, server: server !== undefined };
  const head = [policyMeta(WEB_POLICY), runtimeScript(runtime, settings), ...testScripts, 'script' in built ? built.script : ''];
  // First in the list: at offset 0 it must precede a replaced <link> or <script> starting there too.
  edits.unshift({ start: afterDoctype, end: afterDoctype, text: head.join('') });
  return { html: applyEdits(page, edits) + deferred.join(''), problems };
}

/**
 * Loop-guards a script and names it after its file; `offset` lines are added to reported lines.
 * On a syntax error the script is left out (the problem is reported) rather than failing a second time.
 */
function guard(code: string, file: string, sourceType: 'script' | 'module', offset: number, problems: RunProblem[]): string {
  const parsed = parseJs(code, file, sourceType, offset);
  if ('problem' in parsed) {
    problems.push(parsed.problem);
    return '';
  }
  return withSourceUrl(escapeRawText(applyEdits(code, loopGuardEdits(parsed.ast, file, offset)), 'script'), file);
}
