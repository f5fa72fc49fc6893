import type { CustomTypeOptions } from 'i18next';

type Resources = CustomTypeOptions['resources'];
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** `count_one` and `count_other` are one key, `count`, for the code. */
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralForm}` ? Base : K;
/** Every dotted path to a text in a bundle. */
type Paths<T> = { [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${Paths<T[K]>}` }[keyof T & string];

/** A translation namespace: one file per language (`app`, `pages` …). */
export type Namespace = keyof Resources & string;

/** A key of the source language: `nav.home` (the `app` namespace) or `namespace:dotted.key`. */
export type TranslationKey = Paths<Resources['app']> | { [N in Namespace]: `${N}:${Paths<Resources[N]>}` }[Namespace];
