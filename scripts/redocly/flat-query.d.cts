// Types for the flat-query plugin (used by test/interop/flat-query.test.ts).
declare function flatQueryPlugin(): { id: string; decorators: Record<string, Record<string, unknown>> };
declare namespace flatQueryPlugin {
  /** Rewrites a bundled document in place: every deepObject query parameter becomes one parameter per PHP-style key. */
  export function flattenQueryParameters(root: Record<string, unknown>): void;
}
export = flatQueryPlugin;
