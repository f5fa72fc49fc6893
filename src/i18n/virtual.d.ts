declare module 'virtual:sirius/i18n' {
  /** Changes whenever a translation changes: it versions the translation file URLs. */
  export const translationsVersion: string;
  /** The namespaces of the source language (`app`, `workspace` …). */
  export const namespaces: string[];
  /** The namespaces each page of `src/routes` needs besides `app`, by file name (`LessonPage`). */
  export const pageNamespaces: Record<string, string[]>;
}
