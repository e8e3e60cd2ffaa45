// openapi-fetch, wrapped call by call: every call is retried as a whole (a retry builds its request
// anew, so no request is ever copied in advance), each attempt is bounded by the timeout from the
// moment it is sent, body included, a JSON answer is read and parsed once, into a typed error if
// it is not JSON, and every error is scrubbed of the client's secrets.
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { AmoApiError, AmoMalformedResponseError, AmoNetworkError } from './errors.js';
import { LightRequest, timeoutStarts, type FetchLike } from './fetch-like.js';
import { readJson } from './response-errors.js';
import { retrying, type RetryPolicy } from './retry.js';

export interface CallOptions {
  /** Retry policy; `false` switches retries off. */
  retry?: Partial<RetryPolicy> | false;
  /** Per-attempt timeout in ms, from the moment the request is sent, body included (0 = none). */
  timeoutMs?: number;
  /** Every secret the client knows: scrubbed from every error a call throws. */
  secrets?: () => readonly string[];
}

type Init = { signal?: AbortSignal | null; parseAs?: string; params?: { path?: Record<string, unknown> } } | undefined;
type Result = { data?: unknown; response: Response };

/** A typed openapi-fetch client whose requests go through `send`. */
export function createCallClient(send: FetchLike, options: ClientOptions, { retry, timeoutMs = 0, secrets }: CallOptions): Client<paths> {
  const core = createClient<paths>({ ...options, fetch: send as never, Request: LightRequest as never });
  const request = core.request as (method: string, url: string, init?: object) => Promise<Result>;

  const attempt = async (method: string, url: string, init: Init): Promise<Result> => {
    const caller = init?.signal ?? undefined;
    caller?.throwIfAborted();
    let signal = caller;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => void) | undefined;
    if (timeoutMs > 0) {
      const bound = new AbortController();
      signal = bound.signal;
      // Started by the last layer, as the request leaves: a wait in the client's queue is no timeout.
      timeoutStarts.set(signal, (sentTo) => {
        timer ??= setTimeout(() => bound.abort(new AmoNetworkError({
          method, url: sentTo, timedOut: true, reason: `no answer within ${timeoutMs} ms`,
        })), timeoutMs);
      });
      stop = () => bound.abort(caller!.reason);
      caller?.addEventListener('abort', stop);
    }
    try {
      // Unfilled, `{catalog_id}` would be sent as `%7Bcatalog_id%7D`.
      for (const [, name] of url.matchAll(/\{([^}]*)\}/g)) {
        if (init?.params?.path?.[name!] == null) throw new TypeError(`${method} ${url}: path parameter ${name} is not given`);
      }
      // Only the default, JSON, is read here; openapi-fetch hands the body over unread ('stream').
      const json = (init?.parseAs ?? 'json') === 'json';
      const result = await request(method, url, { ...init, signal, parseAs: json ? 'stream' : init?.parseAs });
      const { response } = result;
      const base = { method, url: response.url || url, status: response.status };
      if (json && result.data !== undefined) result.data = await readJson(base, response, signal);
      // The types promise a body for every 2xx but 202/204: an empty 200 or 201 is not what amoCRM sends.
      if (json && result.data === undefined && response.status < 202 && method !== 'HEAD') {
        throw new AmoMalformedResponseError({ ...base, reason: 'empty body' });
      }
      return result;
    } catch (error) {
      if (secrets && error instanceof AmoApiError) error.redact(secrets());
      throw error;
    } finally {
      clearTimeout(timer);
      if (stop) caller?.removeEventListener('abort', stop);
    }
  };

  const client: Record<string, unknown> = { ...core };
  const call = (method: string) => (url: string, init: Init) => retrying(retry, method, init?.signal ?? undefined, () => attempt(method, url, init));
  for (const method in core) if (/^[A-Z]+$/.test(method)) client[method] = call(method);
  client.request = (method: string, url: string, init: Init) => call(method.toUpperCase())(url, init);
  return client as unknown as Client<paths>;
}
