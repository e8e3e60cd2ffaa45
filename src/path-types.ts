// Type helpers that read item types out of the generated `paths`, for paginate() and batch().
import type { paths } from '../generated/schema.js';

type Values<T> = T[keyof T];

/** The 200 body of a method of a path, whatever its media type. */
export type OkBody<P extends keyof paths, M extends string> = paths[P] extends Record<M, infer Op>
  ? Op extends { responses: { 200: { content: infer C } } } ? Values<C> : never
  : never;

/** The element type of the array(s) in a HAL body's `_embedded`. */
export type EmbeddedItem<Body> = Body extends { _embedded: infer E }
  ? Values<{ [K in keyof E]: E[K] extends readonly (infer I)[] ? I : never }>
  : never;

/** Paths whose GET answers a HAL collection. */
export type ListPath = Values<{
  [P in keyof paths]: [EmbeddedItem<OkBody<P, 'get'>>] extends [never] ? never : P;
}>;

/** One item of a list path. */
export type ListItem<P extends ListPath> = EmbeddedItem<OkBody<P, 'get'>>;

export type BatchMethod = 'POST' | 'PATCH';

/** The element type of a batch write's JSON array body. */
export type BatchInput<P extends keyof paths, M extends BatchMethod> = paths[P] extends Record<Lowercase<M>, infer Op>
  ? Op extends { requestBody: { content: { 'application/json': readonly (infer I)[] } } } ? I : never
  : never;

/** Paths that take a batch write (an array body) with this method. */
export type BatchPath<M extends BatchMethod> = Values<{
  [P in keyof paths]: [BatchInput<P, M>] extends [never] ? never : P;
}>;

/** One item of a batch write's answer. */
export type BatchOutput<P extends keyof paths, M extends BatchMethod> = EmbeddedItem<OkBody<P, Lowercase<M>>>;
