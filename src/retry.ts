// Retries only what is safe to repeat: any request amoCRM refused with 429 (it processed nothing),
// and reads (GET, HEAD, OPTIONS) or deletes after a network error, a malformed answer or 502/503/504.
// A POST or PATCH that may have been applied is never sent twice.
import {
  AmoApiError, AmoMalformedResponseError, AmoNetworkError, AmoRateLimitError,
} from './errors.js';
import { sleep as systemSleep, type Sleep } from './sleep.js';

export interface RetryPolicy {
  /** Retries of an idempotent request after a network error or 502/503/504 (default 3). */
  retries: number;
  /** Retries after 429, for any method (default 5). */
  rateLimitRetries: number;
  /** First back-off step in ms (default 500); doubles each time, with full jitter. */
  baseDelayMs: number;
  /** Upper bound of one back-off in ms (default 15 000). */
  maxDelayMs: number;
  /** Upper bound of a 429 wait in ms, whatever `retry_after` says (default 60 000). */
  maxRetryAfterMs: number;
  /** Waits before retrying a 429 that names no delay (default 1000). */
  defaultRetryAfterMs: number;
  random: () => number;
  sleep: Sleep;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 3,
  rateLimitRetries: 5,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
  maxRetryAfterMs: 60_000,
  defaultRetryAfterMs: 1000,
  random: Math.random,
  sleep: systemSleep,
};

/** True if repeating the request cannot apply a write twice. */
export function isRetryable(error: unknown, method: string): error is AmoApiError {
  return error instanceof AmoRateLimitError || (/^(GET|HEAD|OPTIONS|DELETE)$/.test(method) && (
    error instanceof AmoNetworkError || error instanceof AmoMalformedResponseError
    || (error instanceof AmoApiError && [502, 503, 504].includes(error.status))));
}

/**
 * Runs `attempt` until it succeeds, fails in a way not safe to repeat, or runs out of retries
 * (the error then says how many attempts were made); without a policy, once. Each attempt builds
 * its request anew, so nothing is copied in advance.
 */
export async function retrying<T>(
  policy: Partial<RetryPolicy> | false | undefined, method: string, signal: AbortSignal | undefined, attempt: () => Promise<T>,
): Promise<T> {
  let p: RetryPolicy | undefined;
  let failures = 0;
  let rateLimited = 0;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (policy === false || signal?.aborted || !isRetryable(error, method)) throw error;
      p ??= { ...DEFAULT_RETRY_POLICY, ...policy };
      const limited = error instanceof AmoRateLimitError;
      if (limited ? ++rateLimited > p.rateLimitRetries : failures >= p.retries) {
        const attempts = failures + rateLimited + (limited ? 0 : 1);
        if (attempts > 1) error.stack = error.stack?.replace(error.message, error.message += ` (${attempts} attempts)`);
        throw error;
      }
      await p.sleep(limited ? Math.min(error.retryAfterMs ?? p.defaultRetryAfterMs, p.maxRetryAfterMs)
        : p.random() * Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** failures++), signal);
    }
  }
}
