import { afterEach, describe, expect, test } from 'vitest';
import { setMessageLocale } from './messages/index.ts';
import { readYamlMap } from './yaml-map.ts';

afterEach(() => setMessageLocale('fr'));

const problem = (text: string) => {
  const read = readYamlMap(text, 2);
  return 'message' in read ? read : undefined;
};

describe('YAML mistakes in plain words', () => {
  test('an unquoted ": " in a value asks for double quotes, at the value', () => {
    expect(problem('title: Étape 1: la page\nsummary: x')).toEqual({
      line: 2,
      column: 8,
      message: 'cette valeur contient « : » : mets cette valeur entre guillemets doubles, par exemple  title: "Étape 1 : la page"',
    });
    setMessageLocale('en');
    expect(problem('title: Step 1: the page')?.message).toBe('this value holds ": ": put this value in double quotes, for example  title: "Step 1: the page"');
  });

  test('tabs, duplicate keys, open quotes, text after quotes, open brackets and lines without ":"', () => {
    expect(problem('objectives:\n\t- a')?.message).toBe('une tabulation sert de retrait : utilise des espaces');
    expect(problem('title: a\ntitle: b')?.message).toBe('cette clé est déjà donnée plus haut : garde une seule ligne');
    expect(problem('title: "abc\nsummary: x')?.message).toBe('des guillemets ne sont pas fermés : ajoute " à la fin de la valeur');
    expect(problem('title: "Le" titre')?.message).toBe('du texte suit les guillemets fermants : mets toute la valeur entre les guillemets');
    expect(problem('tags: [html\nlevel: x')?.message).toMatch(/^un « \[ » ou un « \{ » n'est pas fermé/);
    expect(problem('title a\nsummary: b')).toMatchObject({ line: 2, message: expect.stringMatching(/^cette ligne n'est pas de la forme « clé: valeur »/) });
  });
});
