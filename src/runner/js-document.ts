/**
 * The sandbox document of the worker kinds (js, http, sql): an opaque-origin frame whose only job is to
 * start the worker (from the worker runtime's source, carried inline) so that the worker inherits the
 * frame's origin and policy.
 */
import { escapeRawText, JS_POLICY, policyMeta, runtimeScript } from './document-parts.ts';
import { WORKER_SOURCE_ID } from './sandbox/frame-config.ts';

export function buildJsDocument(hostRuntime: string, workerRuntime: string, policy = JS_POLICY): string {
  const worker = `<script type="text/plain" id="${WORKER_SOURCE_ID}">${escapeRawText(workerRuntime, 'script')}</script>`;
  return `<!DOCTYPE html>${policyMeta(policy)}${worker}${runtimeScript(hostRuntime)}`;
}
