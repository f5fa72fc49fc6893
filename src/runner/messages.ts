/**
 * Every i18n key the runner and its sandboxes emit, so a unit test can check both locale files hold them
 * and a typo cannot ship. Shared by host and sandbox code: keep it free of DOM and imports.
 */
import type { Message } from './types.ts';

/** Matchers whose failure (and `.not` failure) have a message of their own. */
export const MATCHER_KEYS = [
  'toBeTruthy', 'toBeFalsy', 'toBeNull', 'toBeUndefined', 'toBeDefined', 'toContain', 'toHaveLength',
  'toMatch', 'toThrow', 'toBeGreaterThan', 'toBeGreaterThanOrEqual', 'toBeLessThan', 'toBeLessThanOrEqual',
  'toBeCloseTo', 'toHaveProperty', 'equal', 'toMatchRows',
  'toMatchObject', 'toContainEqual', 'toBeInstanceOf', 'toBeNaN', 'toHavePropertyValue',
  'toHaveBeenCalled', 'toHaveBeenCalledTimes', 'toHaveBeenCalledWith', 'toHaveBeenLastCalledWith', 'toHaveBeenNthCalledWith',
  'toHaveReturned', 'toHaveReturnedTimes', 'toHaveReturnedWith', 'toHaveLastReturnedWith',
] as const;

export const MESSAGE_KEYS = [
  'runner:timeout', 'runner:timeoutUnknownLine', 'runner:syntax', 'runner:uncaught', 'runner:rejection',
  'runner:recursion', 'runner:memory', 'runner:network', 'runner:navigated', 'runner:fileNotFound',
  'runner:unknownImport', 'runner:missingExport', 'runner:importCycle', 'runner:kindNotSupported',
  'runner:noTests', 'runner:disposed', 'runner:testError', 'runner:testTimeout',
  'runner:pageBlocked', 'runner:promiseTimeout', 'runner:tooSlow', 'runner:workerClosed', 'runner:testsMismatch',
  'runner:expect.equalText', 'runner:expect.equalNumber', 'runner:expect.sameObject', 'runner:expect.strictEqual',
  'runner:expect.toThrowMessage', 'runner:expect.notAFunction', 'runner:expect.notAPromise',
  'runner:expect.resolves', 'runner:expect.rejects', 'runner:expect.notANumber', 'runner:expect.noLength',
  'runner:expect.notRows', 'runner:expect.rowsMissing', 'runner:expect.rowsExtra', 'runner:expect.rowsOrder',
  'runner:expect.rowsColumns',
  'runner:expect.equalEmptyText', 'runner:expect.notAMock', 'runner:expect.neverCalled', 'runner:expect.assertions',
  'runner:expect.hasAssertions', 'runner:builtinChanged', 'runner:commonJs', 'runner:value.emptyText',
  'runner:thrown.notDefined', 'runner:thrown.notAFunction', 'runner:thrown.readNothing', 'runner:thrown.beforeInit',
  'runner:thrown.constant', 'runner:thrown.error',
  'runner:sqlError', 'runner:sqlTimeout', 'runner:sqlSetup', 'runner:sqlUnavailable', 'runner:sqlNoFile',
  'runner:http.noServer', 'runner:http.noDefault', 'runner:http.noFetch', 'runner:http.threw',
  'runner:http.threwNoLine', 'runner:http.notAResponse', 'runner:http.badRequest',
  'runner:page.noServer', 'runner:page.serverImport', 'runner:page.serverScript',
  ...MATCHER_KEYS.map((matcher) => `runner:expect.${matcher}` as const),
  ...MATCHER_KEYS.map((matcher) => `runner:expect.not.${matcher}` as const),
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** Builds a `Message`, typed so only known keys compile. */
export function message(key: MessageKey, params?: Record<string, string | number>): Message {
  return params ? { key, params } : { key };
}
