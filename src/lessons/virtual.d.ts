declare module 'virtual:sirius/catalog' {
  /** The curriculum's index: tracks and lesson entries, without lesson bodies or texts. */
  export const catalog: import('./types.ts').ServedCatalog;
  /** Changes whenever a lesson changes: it versions the lesson data URLs. */
  export const dataVersion: string;
}
