import { getContext, setContext } from 'svelte';

/**
 * A value the app hands down to every component through Svelte context (the translator, the learner's
 * session …): `provide` in App.svelte, `use` in any component below it, which fails loudly when the value
 * was never provided. `key` lets tests render a component with their own value.
 */
export function appContext<T>(name: string) {
  const key = Symbol(name);
  return {
    key,
    provide: (value: T) => setContext(key, value),
    use(): T {
      const value = getContext<T | undefined>(key);
      if (value === undefined) throw new Error(`the ${name} is missing: provide it in a parent component`);
      return value;
    },
  };
}
