declare module 'virtual:sirius/catalog' {
  /** The curriculum's index: tracks and lesson summaries, without lesson bodies. */
  export const catalog: import('./types.ts').Catalog;
  /** One lazy chunk per lesson and language. */
  export const lessonLoaders: Record<
    string,
    Record<string, () => Promise<{ default: import('./types.ts').LessonContent }>>
  >;
  /** Technical terms per language, loaded when a lesson shows one. */
  export const glossaryLoaders: Record<string, () => Promise<{ default: import('./glossary.ts').Glossary }>>;
}
