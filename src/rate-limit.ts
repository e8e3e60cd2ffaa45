// The client's request rate: at most `limit` requests in any `intervalMs` window, shared by every
// call of one client. amoCRM allows 7 per second per integration and answers 429 beyond.
import { AmoRateLimitError } from './errors.js';
import type { FetchLike } from './fetch-like.js';
import { sleep as systemSleep, systemNow, type Now, type Sleep } from './sleep.js';

/** Called once the admitted request was answered or failed. */
export type Release = () => void;

/** Something that admits one request at a time; share one between clients or processes. */
export interface RateLimiter {
  /**
   * Resolves when the next request may start; rejects with the signal's reason if it aborts. It may
   * resolve to a function, which the client calls when that request was answered or failed (a
   * limiter that counts from the answer cannot be broken by the request's travel time).
   */
  acquire(signal?: AbortSignal): Promise<void | Release>;
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
export type RateLimitOption = false | RateLimiter | RateLimiter['acquire'] | RateLimiterOptions;

/**
 * A sliding-window limiter, first come first served, that holds each request's slot from its start
 * until `intervalMs` after its answer. amoCRM counts a request when it arrives, somewhere between
 * the two, so no delay on the way can put more than `limit` of them into any window of its own.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const { limit = 7, intervalMs = 1000, now = systemNow, sleep = systemSleep } = options;
  if (!(Number.isInteger(limit) && limit > 0 && intervalMs > 0)) throw new TypeError('rateLimit: limit and intervalMs must be positive');
  /** The held slots: each frees at `end`, Infinity while its request is in flight. */
  let slots: { end: number }[] = [];
  let pausedUntil = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let wake = () => {};

  const takeSlot = async (signal?: AbortSignal): Promise<Release> => {
    for (;;) {
      const t = now();
      slots = slots.filter((s) => s.end > t);
      const wait = Math.max(pausedUntil - t, slots.length < limit ? 0 : Math.min(...slots.map((s) => s.end)) - t);
      if (wait <= 0) {
        const slot = { end: Infinity };
        slots.push(slot);
        return () => {
          slot.end = now() + intervalMs;
          wake();
        };
      }
      // Until the first slot frees, or an answer comes (which may free one sooner); at most a window.
      await new Promise<void>((resolve, reject) => {
        wake = resolve;
        sleep(Math.min(wait, intervalMs), signal).then(resolve, reject);
      });
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
  if (option && 'acquire' in option) return option;
  return createRateLimiter(option);
}

/**
 * Waits for the limiter before every attempt, releases its slot when the attempt was answered or
 * failed, and after every 429 holds back every call (and tells the limiter, which may be shared)
 * for `retry_after`, at most `maxPauseMs`, the retry policy's cap. Without a limiter only the pause
 * remains: it is the server's word.
 */
export function withRateLimit(next: FetchLike, limiter: RateLimiter | undefined, maxPauseMs = 60_000): FetchLike {
  let pausedUntil = 0;
  return async (request) => {
    const wait = pausedUntil - systemNow();
    if (wait > 0) await systemSleep(wait, request.signal);
    const release = await limiter?.acquire(request.signal);
    try {
      return await next(request);
    } catch (error) {
      if (error instanceof AmoRateLimitError) {
        const ms = Math.min(error.retryAfterMs ?? 1000, maxPauseMs);
        pausedUntil = Math.max(pausedUntil, systemNow() + ms);
        limiter?.pause?.(ms);
      }
      throw error;
    } finally {
      if (release) release();
    }
  };
}
