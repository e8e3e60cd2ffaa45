// Batch writes (POST/PATCH of an array body): split into chunks, sent one after another through the
// client's rate limit, answers matched to inputs by request_id. When a chunk fails, the error says
// which items were written, which were not, and which may or may not have been.
import type { AmoClient } from './client.js';
import { internalsOf } from './client.js';
import {
  AmoApiError, AmoBlockedError, AmoForeignHostError, AmoMalformedResponseError, AmoRateLimitError, AmoUnauthorizedError,
  AmoValidationError, type ValidationErrorItem,
} from './errors.js';
import type { BatchInput, BatchMethod, BatchOutput, BatchPath } from './path-types.js';

/** amoCRM takes at most 250 items per batch request; it recommends 50. */
export const MAX_BATCH_SIZE = 250;

export interface BatchOptions {
  /** Items per request, 1 to 250 (default 50). */
  chunkSize?: number;
  /** Path parameters and the like, sent with every chunk. */
  params?: Record<string, unknown>;
  signal?: AbortSignal;
}

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
  readonly written: BatchWritten<I, O>[];
  readonly notWritten: BatchNotWritten<I>[];
  readonly unknown: BatchUnknown<I>[];

  constructor(method: string, path: string, cause: unknown, lists: {
    written: BatchWritten<I, O>[]; notWritten: BatchNotWritten<I>[]; unknown: BatchUnknown<I>[];
  }) {
    const status = cause instanceof AmoApiError ? cause.status : 0;
    const reason = cause instanceof Error ? cause.message : String(cause);
    super({
      method, url: path, status, cause,
      problem: cause instanceof AmoApiError ? cause.problem : undefined,
      reason: `batch stopped: ${lists.written.length} written, ${lists.notWritten.length} not written, `
        + `${lists.unknown.length} unknown (${reason})`,
    });
    this.written = lists.written;
    this.notWritten = lists.notWritten;
    this.unknown = lists.unknown;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      written: this.written.map((w) => w.index),
      notWritten: this.notWritten.map((n) => n.index),
      unknown: this.unknown.map((u) => u.index),
    };
  }
}

/**
 * Sends `items` in chunks and returns the answers in input order. Items without a `request_id` get
 * their input index as one (a copy is sent; the inputs are not changed). Stops at the first failed
 * chunk and throws AmoBatchError; the chunks after it are reported as not written.
 */
export async function batch<M extends BatchMethod, P extends BatchPath<M>>(
  client: AmoClient, method: M, path: P, items: readonly BatchInput<P, M>[], options: BatchOptions = {},
): Promise<BatchOutput<P, M>[]> {
  internalsOf(client);
  const { chunkSize = 50, params, signal } = options;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_BATCH_SIZE) {
    throw new RangeError(`chunkSize must be an integer from 1 to ${MAX_BATCH_SIZE}`);
  }
  type I = BatchInput<P, M>;
  type O = BatchOutput<P, M>;
  const requestIds = assignRequestIds(items);
  const results: O[] = new Array(items.length);
  const written: BatchWritten<I, O>[] = [];
  const send = client[method] as unknown as (path: string, init: object) => Promise<{ data?: unknown }>;

  for (let start = 0; start < items.length; start += chunkSize) {
    const indexes = range(start, Math.min(items.length, start + chunkSize));
    const body = indexes.map((i) => ({ ...(items[i] as object), request_id: requestIds[i] }));
    try {
      const { data } = await send(path, { body, params, signal });
      const answers = matchAnswers(data, indexes.map((i) => requestIds[i]!), method, path);
      indexes.forEach((index, k) => {
        results[index] = answers[k] as O;
        written.push({ index, item: items[index]!, result: answers[k] as O });
      });
    } catch (cause) {
      const refused = wasRefused(cause);
      const errorsById = new Map((cause instanceof AmoValidationError ? cause.validationErrors : [])
        .map((v) => [String(v.request_id), v.errors] as const));
      const chunk = indexes.map((index) => ({ index, item: items[index]! }));
      const rest = range(start + indexes.length, items.length).map((index) => ({ index, item: items[index]! }));
      throw new AmoBatchError<I, O>(method, path, cause, {
        written,
        notWritten: [
          ...(refused ? chunk.map((c) => withErrors(c, errorsById.get(requestIds[c.index]!))) : []),
          ...rest,
        ],
        unknown: refused ? [] : chunk,
      });
    }
  }
  return results;
}

function assignRequestIds(items: readonly unknown[]): string[] {
  const ids = items.map((item, index) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new TypeError(`batch item ${index} is not an object`);
    const given = (item as { request_id?: unknown }).request_id;
    return given === undefined || given === null ? String(index) : String(given);
  });
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new TypeError(`request_id "${id}" appears twice in the batch; answers could not be matched`);
    seen.add(id);
  }
  return ids;
}

/** The answers in the order of `requestIds`; a chunk whose answers cannot all be matched is not trusted. */
function matchAnswers(data: unknown, requestIds: string[], method: string, path: string): unknown[] {
  const embedded = (data as { _embedded?: Record<string, unknown> } | undefined)?._embedded;
  const list = embedded ? Object.values(embedded).find(Array.isArray) : undefined;
  if (!Array.isArray(list)) throw new AmoMalformedResponseError({ method, url: path, status: 200, reason: 'the batch answer has no _embedded array' });
  const byId = new Map(list.map((answer) => [String((answer as { request_id?: unknown }).request_id), answer] as const));
  const matched = requestIds.map((id) => byId.get(id));
  if (matched.every((a) => a !== undefined)) return matched;
  // Some endpoints do not echo request_id; they answer in the order sent.
  if (list.length === requestIds.length) return list;
  throw new AmoMalformedResponseError({ method, url: path, status: 200,
    reason: `the batch answer has ${list.length} items for ${requestIds.length} sent, without matching request_ids` });
}

/** True when amoCRM certainly applied nothing of the request. */
function wasRefused(error: unknown): boolean {
  if (error instanceof AmoRateLimitError || error instanceof AmoValidationError || error instanceof AmoUnauthorizedError
    || error instanceof AmoBlockedError || error instanceof AmoForeignHostError) return true;
  if (error instanceof TypeError || error instanceof RangeError) return true; // failed before sending
  return error instanceof AmoApiError && [401, 402, 403, 404].includes(error.status);
}

function withErrors<T extends { index: number }>(entry: T, errors: ValidationErrorItem['errors'] | undefined) {
  return errors ? { ...entry, errors } : entry;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

