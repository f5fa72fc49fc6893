import { javascriptLanguage } from '@codemirror/lang-javascript';
import { LanguageSupport } from '@codemirror/language';

/**
 * JSON in the editor: one JavaScript expression, highlighted without shipping another grammar. Its own
 * module (loaded by languages.ts) so that the editor's core keeps only the parts of @codemirror/language it uses.
 */
export function json(): LanguageSupport {
  return new LanguageSupport(javascriptLanguage.configure({ top: 'SingleExpression' }));
}
