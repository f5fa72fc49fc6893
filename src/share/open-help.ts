/**
 * Opens the help dialog for an exercise's button. The button stays a few bytes in every lesson: the dialog,
 * its strings, the codec and the QR code download here, on the first press. Focus goes back to the button.
 */
import { mount, unmount } from 'svelte';
import { TRANSLATOR_CONTEXT, type Translator } from '../i18n/translator.svelte.ts';
import type { DraftFile } from '../progress/types.ts';

export interface HelpDialogProps {
  lessonId: string;
  exerciseId: string;
  exerciseTitle: string;
  files: readonly DraftFile[];
  /** Sent back from a help copy, rather than asked. */
  reply: boolean;
}

/** `contexts` are the button's (`getAllContexts()`): the dialog lives outside its tree, under `<body>`. */
export async function openHelp(opener: HTMLElement, contexts: Map<unknown, unknown>, props: HelpDialogProps): Promise<void> {
  const translator = contexts.get(TRANSLATOR_CONTEXT) as Translator;
  const [{ default: HelpDialog }] = await Promise.all([import('./HelpDialog.svelte'), translator.load('share')]);
  const dialog = mount(HelpDialog, {
    target: document.body,
    context: contexts,
    props: {
      ...props,
      onclose: () => {
        void unmount(dialog);
        opener.focus();
      },
    },
  });
}
