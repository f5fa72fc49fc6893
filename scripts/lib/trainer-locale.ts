import { localeFromEnvironment, parseMessageLocale, say, setMessageLocale } from '../../src/lessons/messages/index.ts';

/** Sets the lesson tools' language: `--lang fr|en` when given, else the trainer's locale (LANG …), else French. */
export function useTrainerLocale(flag: string | undefined, command: string): void {
  setMessageLocale(localeFromEnvironment(process.env));
  if (flag === undefined) return;
  const locale = parseMessageLocale(flag);
  if (!locale) {
    console.error(`${command}: ${say('cli.usageLang', { value: flag })}`);
    process.exit(1);
  }
  setMessageLocale(locale);
}
