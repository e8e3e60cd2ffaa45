// createAmoClient: an openapi-fetch client typed by the spec. Each call is retried as a whole and
// bounded per attempt (call.ts); its requests go through auth → block guard → rate limit → typed
// errors → fetch.
import { OAuthSession, staticToken, withAuth, type OAuthOptions, type TokenSource } from './auth.js';
import { resolveBaseUrl, type AmoHostOptions } from './base-url.js';
import { withBlockGuard } from './block-guard.js';
import { createCallClient, type CallOptions } from './call.js';
import type { AmoCalls } from './client-types.js';
import { fromFetch, type FetchLike } from './fetch-like.js';
import { serializeQuery } from './query-serializer.js';
import { toRateLimiter, withRateLimit, type RateLimitOption } from './rate-limit.js';
import { withTypedErrors } from './response-errors.js';
import type { RetryPolicy } from './retry.js';
import { systemNow, type Now } from './sleep.js';

export interface AmoClientOptions extends AmoHostOptions {
  /** A long-lived token (never refreshed). Give this or `oauth`. */
  token?: string;
  /** OAuth 2.0 tokens, refreshed by the client. Give this or `token`. */
  oauth?: OAuthOptions;
  /**
   * Default 7 requests per second for this client; a function or object shares one limit. `false`
   * drops the proactive limit only: after a 429 every call still waits the `retry_after` amoCRM
   * gave (the server's word, not a guess).
   */
  rateLimit?: RateLimitOption;
  /** Retry policy (see RetryPolicy); `false` switches retries off. */
  retry?: Partial<RetryPolicy> | false;
  /**
   * Per-attempt timeout in ms (default 30 000; 0 = none), counted from the moment the request is
   * sent, body included: a wait in the client's queue (rate limit, a shared refresh) is not a timeout.
   */
  timeoutMs?: number;
  /** How long the client fails fast after an HTML 403 block, in ms (default 5 minutes; 0 = never). */
  blockCooldownMs?: number;
  fetch?: typeof fetch;
  /** Sent as `User-Agent` where the platform allows it (browsers ignore it). */
  userAgent?: string;
  /** The clock, for tests. */
  now?: Now;
}

/** What paginate() and batch() need from a client, kept off the public surface. */
export interface AmoClientInternals {
  origin: string;
  baseUrl: string;
}

export const AMO_INTERNALS: unique symbol = Symbol.for('amocrm-openapi.client');

/** openapi-fetch's calls, typed by the spec; a result holds `data` and `response`, and failures are thrown. */
export type AmoClient = AmoCalls & { readonly [AMO_INTERNALS]: AmoClientInternals };

export function createAmoClient(options: AmoClientOptions): AmoClient {
  const baseUrl = resolveBaseUrl(options);
  const origin = new URL(baseUrl).origin;
  const now = options.now ?? systemNow;

  const { retry, timeoutMs = 30_000 } = options;
  const call: CallOptions = { retry, timeoutMs, secrets: () => source.secrets() };
  const maxPauseMs = (retry || undefined)?.maxRetryAfterMs;
  const sent = withBlockGuard(
    withRateLimit(withTypedErrors(fromFetch(options.fetch)), toRateLimiter(options.rateLimit), maxPauseMs),
    options.blockCooldownMs, now,
  );
  const source = tokenSource(options, sent, baseUrl, now, call);

  const client = createCallClient(withAuth(sent, source, origin), {
    baseUrl,
    querySerializer: serializeQuery,
    headers: options.userAgent ? { 'User-Agent': options.userAgent } : undefined,
  }, call);
  Object.defineProperty(client, AMO_INTERNALS, { value: { origin, baseUrl } satisfies AmoClientInternals });
  return client as unknown as AmoClient;
}

function tokenSource(options: AmoClientOptions, send: FetchLike, baseUrl: string, now: Now, call: CallOptions): TokenSource {
  if (options.token !== undefined && options.oauth !== undefined) throw new TypeError('token or oauth, not both');
  if (options.oauth !== undefined) return new OAuthSession(options.oauth, send, baseUrl, now, call);
  if (options.token !== undefined) return staticToken(options.token);
  throw new TypeError('createAmoClient needs token or oauth');
}

export function internalsOf(client: AmoClient): AmoClientInternals {
  const internals = (client as Partial<AmoClient>)[AMO_INTERNALS];
  if (!internals) throw new TypeError('Not a createAmoClient() client');
  return internals;
}
