import { LRLanguage, indentService } from '@codemirror/language';
import { parser } from '@lezer/html';

/**
 * HTML while CodeMirror's HTML package is on its way (see languages.ts): the same parser, so tags are
 * coloured exactly as they will be, without the CSS and JavaScript grammars the package embeds. A new line
 * keeps the indentation of the line before; the package's own indentation rules take over when it arrives.
 */
export const htmlFirst = [LRLanguage.define({ name: 'html', parser }), indentService.of(() => null)];
