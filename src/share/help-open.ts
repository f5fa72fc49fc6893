/**
 * What the help page reads a link or a file with. Loaded by that page, not with it, so the app's first download
 * does not list the codec among the help page's files.
 */
export { takeHandedOver } from './help-handover.ts';
export { HELP_SCHEMA } from './help-request.ts';
export { decodeLink, readShareFile, refusalKey } from './link-codec.ts';
