/** Pieces shared by the sandbox documents: the CSP, the runtime `<script>`, and safe inlining. */
import { CONFIG_ATTRIBUTE, type FrameConfig } from './sandbox/frame-config.ts';

/**
 * No network at all (default-src 'none' covers fetch, XHR, WebSocket, EventSource, images, fonts and
 * frames from anywhere), no form submission, no <base>, no eval (it would escape loop protection).
 * Inline scripts and styles are allowed because that is how the learner's files are put in the page.
 */
export const WEB_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; media-src data: blob:; form-action 'none'; base-uri 'none'";
/** The js kind only needs its worker and the learner modules, all from blob: URLs made in the sandbox. */
export const JS_POLICY = "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; form-action 'none'; base-uri 'none'";
/**
 * Runs with a database also compile SQLite's WebAssembly in the worker ('wasm-unsafe-eval' allows
 * WebAssembly only, not JavaScript eval, so loop protection still holds).
 */
export const SQL_POLICY = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval' blob:; worker-src blob:; form-action 'none'; base-uri 'none'";

export function policyMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Makes text safe inside `<script>` or `<style>`: `</script` or `<!--` would end or confuse the element.
 * In JavaScript strings, templates, regexes and comments `<\/` and `<\!--` mean the same thing.
 */
export function escapeRawText(text: string, element: 'script' | 'style'): string {
  const escaped = text.replace(new RegExp(`</(${element})`, 'gi'), '<\\/$1');
  return element === 'script' ? escaped.replace(/<!--/g, '<\\!--') : escaped;
}

/** A runtime as a script of a sandbox document, with its settings when it reads any. */
export function runtimeScript(runtime: string, config?: FrameConfig): string {
  const settings = config ? ` ${CONFIG_ATTRIBUTE}="${escapeAttribute(JSON.stringify(config))}"` : '';
  return `<script${settings}>${escapeRawText(runtime, 'script')}</script>`;
}

/** Names the code for stack traces: errors in it then point at the learner's file. */
export function withSourceUrl(code: string, file: string): string {
  return `${code}\n//# sourceURL=${file}`;
}
