// The client's call signatures, told truthfully: errors are thrown, so a result has no `error`,
// and `data` is the 2xx body, `undefined` only where the operation documents an answer without one.
// openapi-fetch's own result type is a union with an error branch, which makes every `data` optional.
import type { FetchResponse, MaybeOptionalInit, Middleware } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** The paths that have this method. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];

type RequiredKeysOfHelper<T> = { [K in keyof T]: {} extends Pick<T, K> ? never : K }[keyof T];
/** The keys of T that are not optional. */
export type RequiredKeysOf<T> = RequiredKeysOfHelper<T> extends undefined ? never : RequiredKeysOfHelper<T>;

/** An init argument that may be left out only when nothing in it is required (as openapi-fetch has it). */
export type InitParam<Init> = RequiredKeysOf<Init> extends never
  ? [(Init & { [key: string]: unknown })?]
  : [Init & { [key: string]: unknown }];

type OkStatus = 200 | 201 | 202 | 203 | 204 | 206;

/** `undefined` if the operation documents a 2xx answer without a body (a 204, an empty 202), else never. */
export type EmptyAnswer<Op> = Op extends { responses: infer R }
  ? { [S in keyof R & OkStatus]: R[S] extends { content: object } ? never : undefined }[keyof R & OkStatus]
  : never;

/** The `data` of a call: the 2xx body as `init.parseAs` reads it, or undefined where an empty answer is documented. */
export type AmoData<Op, Init> =
  | NonNullable<FetchResponse<Op & Record<string, unknown>, Init, `${string}/${string}`>['data']>
  | EmptyAnswer<Op>;

/** What a call resolves to. Failures are thrown (AmoApiError and its subclasses), never returned. */
export interface AmoResult<Data> {
  data: Data;
  response: Response;
}

/** One method of the client, e.g. `GET`. */
export type AmoMethod<M extends HttpMethod> = <P extends PathsWith<M>, Init extends MaybeOptionalInit<paths[P], M>>(
  url: P,
  ...init: InitParam<Init>
) => Promise<AmoResult<AmoData<paths[P][M], Init>>>;

/** The client's calls: openapi-fetch's, with results that hold no error. */
export interface AmoCalls {
  GET: AmoMethod<'get'>;
  PUT: AmoMethod<'put'>;
  POST: AmoMethod<'post'>;
  DELETE: AmoMethod<'delete'>;
  OPTIONS: AmoMethod<'options'>;
  HEAD: AmoMethod<'head'>;
  PATCH: AmoMethod<'patch'>;
  TRACE: AmoMethod<'trace'>;
  request<M extends HttpMethod, P extends PathsWith<M>, Init extends MaybeOptionalInit<paths[P], M>>(
    method: M,
    url: P,
    ...init: InitParam<Init>
  ): Promise<AmoResult<AmoData<paths[P][M], Init>>>;
  /** Registers openapi-fetch middleware. */
  use(...middleware: Middleware[]): void;
  /** Unregisters openapi-fetch middleware. */
  eject(...middleware: Middleware[]): void;
}
