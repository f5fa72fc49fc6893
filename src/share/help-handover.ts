/**
 * A help file picked on the Backup page (learners send both kinds of `.sirius.json` the same way) is checked
 * there, then handed to the help page, which opens it as if it had been picked on its own file input.
 */
import { HELP_SCHEMA, type HelpRequest } from './help-request.ts';
import { readShareFile } from './link-codec.ts';

let pending: HelpRequest | undefined;

/** Whether `file` is a valid help file; if so it waits for the help page, which the caller then opens. */
export async function handOverHelpFile(file: Blob): Promise<boolean> {
  const read = await readShareFile(HELP_SCHEMA, file);
  pending = read.ok ? read.payload.data : undefined;
  return read.ok;
}

/** The help request handed over, once: a later visit to the help page starts empty. */
export function takeHandedOver(): HelpRequest | undefined {
  const request = pending;
  pending = undefined;
  return request;
}
