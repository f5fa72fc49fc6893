/**
 * A runner `Message` as text, from one locale's runner texts — for tools without the app's i18next (the
 * lesson checker prints English). Values are filled in as i18next would (`{{name}}`); a key the texts do
 * not hold prints as the key with its values, so nothing is ever lost. DOM-free.
 */
import type { Message } from './types.ts';

export function messageText(message: Message, texts: Record<string, unknown>): string {
  const params = message.params ?? {};
  const template = message.key.replace(/^runner:/, '').split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], texts);
  if (typeof template !== 'string') return Object.keys(params).length ? `${message.key} ${JSON.stringify(params)}` : message.key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
