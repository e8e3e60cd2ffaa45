// One rate limit for every process of an integration, kept in Redis: the built-in limiter's rule
// (a slot is held from a request's start until `intervalMs` after its answer; a 429 pauses
// everyone), with the count in Redis instead of in one process's memory.
import type { RateLimiter, Release } from '../rate-limit.js';
import { sleep } from '../sleep.js';
import { toHex } from '../hex.js';
import { RedisLimiterUnavailableError } from './errors.js';
import { scriptRunner, type RedisScriptClient } from './run-script.js';
import { ACQUIRE, PAUSE, RELEASE, RENEW } from './scripts.js';

export interface RedisRateLimiterOptions {
  /** A connected ioredis client (v5 or v6); the limiter never closes it. */
  redis: RedisScriptClient;
  /** The amoCRM account, e.g. its subdomain or id: every key is under it. */
  account: string;
  /** The integration (its client_id, say): the 7-per-second limit is this integration's. */
  integration: string;
  /** Requests per window for the integration (default 7). */
  limit?: number;
  /** The integration's window in ms (default 1000). */
  intervalMs?: number;
  /** An account-wide cap, shared with every integration of the account that names it too (off by default). */
  accountLimit?: number | { limit: number; intervalMs?: number };
  /**
   * How long a slot of a request in flight is kept without word from its process, in ms (default
   * 2000). The process renews it every quarter of that while the request runs, so a worker that dies
   * mid-request frees its slot within `leaseMs`.
   */
  leaseMs?: number;
  /** The most one Redis call may take before the limiter counts Redis as unreachable, in ms (default 2000). */
  redisTimeoutMs?: number;
  /**
   * Admits requests while Redis is unreachable (say `createRateLimiter({ limit: 1 })`: a share of the
   * limit, not all of it, since the other workers fall back too). It starts a window after the
   * failure, and Redis is checked again in the background. Without it, `acquire` rejects with
   * RedisLimiterUnavailableError and nothing is sent.
   */
  fallback?: RateLimiter;
  /** After Redis failed, how long the limiter does not ask it again, in ms (default 1000). */
  retryRedisAfterMs?: number;
  /** Told of every Redis failure, including those of background calls (release, renewal, pause). */
  onRedisError?: (error: RedisLimiterUnavailableError) => void;
  /** The first part of every key (default `amocrm-openapi:rate`). */
  prefix?: string;
}

interface Scope {
  held: string;
  done: string;
  limit: number;
  intervalMs: number;
}

/** Creates a limiter for createAmoClient's `rateLimit` option that every process with the same Redis, account and integration shares. */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RateLimiter {
  const {
    redis, account, integration, limit = 7, intervalMs = 1000, leaseMs = 2000, redisTimeoutMs = 2000,
    fallback, retryRedisAfterMs = 1000, onRedisError, prefix = 'amocrm-openapi:rate',
  } = options;
  if (!redis || typeof redis.evalsha !== 'function' || typeof redis.eval !== 'function') {
    throw new TypeError('createRedisRateLimiter: redis must be an ioredis client');
  }
  for (const [name, value] of [['account', account], ['integration', integration], ['prefix', prefix]] as const) {
    if (typeof value !== 'string' || value === '' || /[{}]/.test(value)) throw new TypeError(`createRedisRateLimiter: ${name} must be a non-empty string without braces`);
  }
  // The account in braces is a Redis Cluster hash tag: all of an account's keys live on one node, as a script needs.
  const base = `${prefix}:{${account}}`;
  const scope = (name: string, l: number, i: number): Scope => {
    if (!(Number.isInteger(l) && l > 0 && i > 0)) throw new TypeError('createRedisRateLimiter: every limit and interval must be positive');
    return { held: `${base}:${name}:held`, done: `${base}:${name}:done`, limit: l, intervalMs: i };
  };
  const scopes = [scope(`integration:${integration}`, limit, intervalMs)];
  if (options.accountLimit !== undefined) {
    const cap = typeof options.accountLimit === 'number' ? { limit: options.accountLimit } : options.accountLimit;
    scopes.push(scope('account', cap.limit, cap.intervalMs ?? 1000));
  }
  if (!(leaseMs > 0 && redisTimeoutMs > 0 && retryRedisAfterMs >= 0)) throw new TypeError('createRedisRateLimiter: leaseMs and redisTimeoutMs must be positive');

  const pauseKey = `${base}:integration:${integration}:pause`;
  const slotKeys = scopes.flatMap((s) => [s.held, s.done]);
  const longestMs = Math.max(...scopes.map((s) => s.intervalMs));
  // Every key outlives the slots in it (a lease or a window) and then goes: an idle account leaves nothing behind.
  const ttlMs = Math.ceil(Math.max(leaseMs, longestMs) + 1000);
  const run = scriptRunner(redis, redisTimeoutMs);
  const ids = memberIds();

  /** Slots of this process's requests in flight, renewed together. */
  const held = new Set<string>();
  let renewal: ReturnType<typeof setInterval> | undefined;
  /** Redis failed and has not answered since; not asked again before `downUntil`. */
  let down = false;
  let downUntil = 0;
  let probing = false;
  let pausedUntil = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const failed = (error: unknown): RedisLimiterUnavailableError => {
    const wrapped = error instanceof RedisLimiterUnavailableError
      ? error : new RedisLimiterUnavailableError(`rate limiter: ${String(error)}`, { cause: error });
    // The fallback knows nothing of the slots just taken through Redis: it starts a window late.
    if (!down) fallback?.pause?.(longestMs);
    down = true;
    downUntil = Date.now() + retryRedisAfterMs;
    try {
      onRedisError?.(wrapped);
    } catch {
      // A throwing listener must not turn a background call's failure into an unhandled rejection.
    }
    return wrapped;
  };
  const inBackground = (call: Promise<unknown>) => void call.catch(failed);

  /** With a fallback, Redis is asked again in the background, so no request waits for a Redis that is still away. */
  const probe = () => {
    if (probing || Date.now() < downUntil) return;
    probing = true;
    run(RENEW, slotKeys, [leaseMs, ttlMs]).then(() => { down = false; }, failed).finally(() => { probing = false; });
  };

  const renew = () => {
    if (held.size === 0) {
      clearInterval(renewal);
      renewal = undefined;
      return;
    }
    inBackground(run(RENEW, slotKeys, [leaseMs, ttlMs, ...held]));
  };

  const granted = (member: string): Release => {
    held.add(member);
    if (!renewal) {
      renewal = setInterval(renew, leaseMs / 4);
      (renewal as { unref?: () => void }).unref?.();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      held.delete(member);
      inBackground(run(RELEASE, slotKeys, [member, 1, ttlMs, ...scopes.map((s) => s.intervalMs)]));
    };
  };

  const unavailable = (error: RedisLimiterUnavailableError, signal?: AbortSignal) => {
    if (fallback) return fallback.acquire(signal);
    throw error;
  };

  const takeSlot = async (signal?: AbortSignal): Promise<void | Release> => {
    for (;;) {
      signal?.throwIfAborted();
      if (down && fallback) {
        probe();
        return fallback.acquire(signal);
      }
      if (down && Date.now() < downUntil) {
        throw new RedisLimiterUnavailableError(
          `rate limiter: Redis failed less than ${retryRedisAfterMs} ms ago; not asked again until ${new Date(downUntil).toISOString()}`);
      }
      // A 429 seen here holds this process back even if telling Redis about it failed.
      if (pausedUntil > Date.now()) {
        await sleep(pausedUntil - Date.now(), signal);
        continue;
      }
      const member = ids();
      let reply: unknown;
      try {
        reply = await run(ACQUIRE, [pauseKey, ...slotKeys], [member, leaseMs, ttlMs, ...scopes.flatMap((s) => [s.limit, s.intervalMs])]);
      } catch (error) {
        return unavailable(failed(error), signal);
      }
      down = false;
      const [ok, wait] = Array.isArray(reply) ? reply : [];
      if (Number(ok) === 1) {
        if (!signal?.aborted) return granted(member);
        // Aborted while Redis answered: the request will not be sent, so its slot frees at once.
        inBackground(run(RELEASE, slotKeys, [member, 0, ttlMs, ...scopes.map((s) => s.intervalMs)]));
        signal.throwIfAborted();
      }
      const ms = Number(wait);
      if (!(ms > 0)) return unavailable(failed(new RedisLimiterUnavailableError(`rate limiter: unexpected reply from Redis: ${JSON.stringify(reply)}`)), signal);
      await sleep(ms, signal);
    }
  };

  return {
    // First come, first served within the process: one caller at a time asks Redis.
    acquire(signal) {
      const turn = queue.then(() => takeSlot(signal));
      queue = turn.catch(() => undefined);
      return turn;
    },
    pause(ms) {
      if (!(ms > 0)) return;
      pausedUntil = Math.max(pausedUntil, Date.now() + ms);
      fallback?.pause?.(ms);
      inBackground(run(PAUSE, [pauseKey], [ms]));
    },
  };
}

/** Slot names unique across processes: a random prefix per limiter, then a counter. */
function memberIds(): () => string {
  const random = toHex(crypto.getRandomValues(new Uint8Array(8)));
  let n = 0;
  return () => `${random}:${(n += 1).toString(36)}`;
}
