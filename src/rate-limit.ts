// The client's request rate: at most `limit` requests started in any `intervalMs` window, shared by
// every call of one client. amoCRM allows 7 per second per integration and answers 429 beyond.
import { AmoRateLimitError } from './errors.js';
import type { FetchLike } from './fetch-like.js';
import { sleep as systemSleep, systemNow, type Now, type Sleep } from './sleep.js';

/** Something that admits one request at a time; share one between clients or processes. */
export interface RateLimiter {
  /** Resolves when the next request may start; rejects with the signal's reason if it aborts. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Told when amoCRM answered 429, so every caller holds back, not only the one that got it. */
  pause?(ms: number): void;
}

export interface RateLimiterOptions {
  /** Requests per window (default 7). */
  limit?: number;
  /** Window length in ms (default 1000). */
  intervalMs?: number;
  now?: Now;
  sleep?: Sleep;
}

/** `false` switches limiting off; a function or an object replaces the built-in limiter. */
export type RateLimitOption = false | RateLimiter | ((signal?: AbortSignal) => Promise<void>) | RateLimiterOptions;

/**
 * A sliding-window limiter, first come first served. Stricter than a token bucket with a burst: it
 * never starts more than `limit` requests within any `intervalMs`, however the window is placed.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const { limit = 7, intervalMs = 1000, now = systemNow, sleep = systemSleep } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new TypeError('rateLimit.limit must be a positive integer');
  if (!(intervalMs > 0)) throw new TypeError('rateLimit.intervalMs must be positive');
  const starts: number[] = [];
  let pausedUntil = 0;
  let queue: Promise<void> = Promise.resolve();

  const takeSlot = async (signal?: AbortSignal) => {
    for (;;) {
      const t = now();
      while (starts.length > 0 && starts[0]! <= t - intervalMs) starts.shift();
      let wait = pausedUntil - t;
      if (starts.length >= limit) wait = Math.max(wait, starts[0]! + intervalMs - t);
      if (wait <= 0) {
        starts.push(t);
        return;
      }
      await sleep(wait, signal);
    }
  };

  return {
    acquire(signal) {
      const turn = queue.then(() => takeSlot(signal));
      queue = turn.catch(() => undefined);
      return turn;
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
  };
}

/** Resolves the client's `rateLimit` option to a limiter, or undefined when switched off. */
export function toRateLimiter(option: RateLimitOption | undefined): RateLimiter | undefined {
  if (option === false) return undefined;
  if (typeof option === 'function') return { acquire: option };
  if (option && 'acquire' in option && typeof option.acquire === 'function') return option;
  return createRateLimiter(option as RateLimiterOptions | undefined);
}

/**
 * Waits for the limiter before every attempt and tells it about every 429, so that every caller
 * holds back for `retry_after` (at most `maxPauseMs`, the retry policy's cap).
 */
export function withRateLimit(next: FetchLike, limiter: RateLimiter | undefined, maxPauseMs = 60_000): FetchLike {
  if (!limiter) return next;
  return async (request) => {
    await limiter.acquire(request.signal);
    try {
      return await next(request);
    } catch (error) {
      if (error instanceof AmoRateLimitError) limiter.pause?.(Math.min(error.retryAfterMs ?? 1000, maxPauseMs));
      throw error;
    }
  };
}
