// Batch writes (POST/PATCH of an array body): split into chunks, sent one after another through the
// client's rate limit, answers matched to inputs by request_id. When a chunk fails, the error says
// which items were written, which were not, and which may or may not have been.
// The subpath export `amocrm-openapi/batch`.
import type { AmoClient } from './client.js';
import { internalsOf } from './client.js';
import {
  AmoApiError, AmoForeignHostError, AmoMalformedResponseError, AmoUnauthorizedError, AmoValidationError, type ValidationErrorItem,
} from './errors.js';
import { embeddedArrays } from './paginate.js';
import type { ParamsOption } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import type { RequiredKeysOf } from './client-types.js';
import type { BatchInput, BatchMethod, BatchOutput, BatchPath } from './path-types.js';

/** amoCRM takes at most 250 items per batch request; it recommends 50. */
export const MAX_BATCH_SIZE = 250;

/**
 * How to send a batch. `params` (path parameters and the like, sent with every chunk) is typed by
 * the operation, and required where its path has parameters (`{catalog_id}`).
 */
export type BatchOptions<P extends keyof paths = keyof paths, M extends BatchMethod = BatchMethod> = {
  /** Items per request, 1 to 250 (default 50). */
  chunkSize?: number;
  signal?: AbortSignal;
} & (paths[P] extends Record<Lowercase<M>, infer Op> ? ParamsOption<Op> : { params?: Record<string, unknown> });

/** The options argument, which may be left out only when nothing in it is required. */
type OptionsParam<O> = RequiredKeysOf<O> extends never ? [O?] : [O];

export interface BatchWritten<I, O> { index: number; item: I; result: O }
export interface BatchNotWritten<I> { index: number; item: I; errors?: ValidationErrorItem['errors'] }
export interface BatchUnknown<I> { index: number; item: I }

/**
 * A batch stopped at a failed chunk. Every input item is in exactly one list: `written` (confirmed,
 * with its answer), `notWritten` (refused, or never sent: safe to send again) or `unknown` (the
 * chunk's answer was lost: the write may have been applied; check before sending again).
 */
export class AmoBatchError<I = unknown, O = unknown> extends AmoApiError {
  override name = 'AmoBatchError';
  declare readonly written: BatchWritten<I, O>[];
  declare readonly notWritten: BatchNotWritten<I>[];
  declare readonly unknown: BatchUnknown<I>[];

  constructor(method: string, path: string, cause: unknown, lists: {
    written: BatchWritten<I, O>[]; notWritten: BatchNotWritten<I>[]; unknown: BatchUnknown<I>[];
  }) {
    const api = cause instanceof AmoApiError ? cause : undefined;
    super({
      method, url: path, status: api?.status, problem: api?.problem, cause,
      // The cause's own `METHOD /path: ` is left out: this message starts with it already.
      reason: `batch stopped: ${lists.written.length} written, ${lists.notWritten.length} not written, `
        + `${lists.unknown.length} unknown (${String(cause instanceof Error ? cause.message : cause).replace(/^[A-Z]+ \S+: /, '')})`,
    });
    Object.assign(this, lists);
  }

  /** The lists as input indexes. */
  override toJSON(): Record<string, unknown> {
    const index = (list: { index: number }[]) => list.map((e) => e.index);
    return { ...super.toJSON(), written: index(this.written), notWritten: index(this.notWritten), unknown: index(this.unknown) };
  }
}

/**
 * A caught error narrowed to the AmoBatchError of this method and path, with its item and result
 * types (`instanceof` alone cannot know them: they are the call's, not the class's).
 */
export function isBatchErrorFor<M extends BatchMethod, P extends BatchPath<M>>(
  error: unknown, method: M, path: P,
): error is AmoBatchError<BatchInput<P, M>, BatchOutput<P, M>> {
  return error instanceof AmoBatchError && error.method === method && error.path === path;
}

/**
 * Sends `items` in chunks and returns the answers in input order. Items without a `request_id` get
 * their input index as one (a copy is sent; the inputs are not changed). Stops at the first failed
 * chunk and throws AmoBatchError; the chunks after it are reported as not written.
 */
export async function batch<M extends BatchMethod, P extends BatchPath<M>>(
  client: AmoClient, method: M, path: P, items: readonly BatchInput<P, M>[], ...[options]: OptionsParam<BatchOptions<P, M>>
): Promise<BatchOutput<P, M>[]> {
  internalsOf(client);
  const { chunkSize = 50, params, signal } = (options ?? {}) as { chunkSize?: number; params?: unknown; signal?: AbortSignal };
  if (!(Number.isInteger(chunkSize) && chunkSize > 0 && chunkSize <= MAX_BATCH_SIZE)) {
    throw new RangeError(`chunkSize must be an integer from 1 to ${MAX_BATCH_SIZE}`);
  }
  type I = BatchInput<P, M>;
  type O = BatchOutput<P, M>;
  const ids = assignRequestIds(items);
  const entries = items.map((item, index) => ({ index, item }));
  const written: BatchWritten<I, O>[] = [];
  const send = client[method] as unknown as (path: string, init: object) => Promise<{ data?: unknown }>;

  for (let start = 0; start < items.length; start += chunkSize) {
    const chunk = entries.slice(start, start + chunkSize);
    try {
      const { data } = await send(path, { body: chunk.map((c) => ({ ...(c.item as object), request_id: ids[c.index] })), params, signal });
      const answers = matchAnswers(data, chunk.map((c) => ids[c.index]!), method, path);
      chunk.forEach((c, k) => written.push({ ...c, result: answers[k] as O }));
    } catch (cause) {
      const refused = wasRefused(cause);
      const errors = new Map(cause instanceof AmoValidationError ? cause.validationErrors.map((v) => [String(v.request_id), v.errors]) : []);
      const withErrors = (c: BatchNotWritten<I>) => {
        const found = errors.get(ids[c.index]!);
        return found ? { ...c, errors: found } : c;
      };
      throw new AmoBatchError<I, O>(method, path, cause, {
        written,
        notWritten: [...(refused ? chunk.map(withErrors) : []), ...entries.slice(start + chunkSize)],
        unknown: refused ? [] : chunk,
      });
    }
  }
  return written.map((w) => w.result);
}

/** Each item's request_id as a string: its own, or its index, made unlike every given one. */
function assignRequestIds(items: readonly unknown[]): string[] {
  const taken = new Set<string>();
  const given = items.map((item, index) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new TypeError(`batch item ${index} is not an object`);
    const id = (item as { request_id?: unknown }).request_id;
    if (id == null) return undefined;
    if (taken.has(String(id))) throw new TypeError(`request_id ${id} is there twice`);
    taken.add(String(id));
    return String(id);
  });
  return given.map((id, index) => {
    if (id !== undefined) return id;
    for (id = String(index); taken.has(id);) id += '_';
    taken.add(id);
    return id;
  });
}

/** The answers in the order of `requestIds`; a chunk whose answers cannot all be matched is not trusted. */
function matchAnswers(data: unknown, requestIds: string[], method: string, path: string): unknown[] {
  const list = embeddedArrays(data)[0] as { request_id?: unknown }[] | undefined;
  const byId = new Map(list?.map((answer) => [String(answer?.request_id), answer]));
  const matched = requestIds.map((id) => byId.get(id));
  if (matched.every((a) => a !== undefined)) return matched;
  // Some endpoints do not echo request_id; they answer in the order sent.
  if (list?.length === requestIds.length) return list;
  throw new AmoMalformedResponseError({ method, url: path, status: 200, reason: `the answer does not match the ${requestIds.length} items sent` });
}

/** True when amoCRM certainly applied nothing of the request (refused, or failed before sending). */
function wasRefused(error: unknown): boolean {
  return error instanceof TypeError || error instanceof RangeError || error instanceof AmoUnauthorizedError
    || error instanceof AmoForeignHostError || (error instanceof AmoApiError && [400, 401, 402, 403, 404, 429].includes(error.status));
}

export type { BatchInput, BatchMethod, BatchOutput, BatchPath } from './path-types.js';
