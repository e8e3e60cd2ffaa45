// Runs a Lua script by its SHA-1 (EVALSHA), loading it with EVAL when Redis does not know it yet,
// and bounds every call by a timeout: a Redis client that queues commands while it reconnects
// (ioredis does, by default) must not hold a request back for ever.
import { toHex } from '../hex.js';
import { RedisLimiterUnavailableError } from './errors.js';

/** The two commands the limiter uses, as ioredis (v5, v6) has them; pass an ioredis `Redis` instance. */
export interface RedisScriptClient {
  evalsha(sha1: string, numkeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
  eval(script: string, numkeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
}

export type ScriptRunner = (script: string, keys: readonly string[], args: readonly (string | number)[]) => Promise<unknown>;

export function scriptRunner(redis: RedisScriptClient, timeoutMs: number): ScriptRunner {
  const shas = new Map<string, Promise<string>>();
  const shaOf = (script: string) => {
    let sha = shas.get(script);
    if (!sha) shas.set(script, sha = sha1(script));
    return sha;
  };
  const run = async (script: string, keys: readonly string[], args: readonly (string | number)[]) => {
    try {
      return await redis.evalsha(await shaOf(script), keys.length, ...keys, ...args);
    } catch (error) {
      if (!/NOSCRIPT/.test(String((error as Error | undefined)?.message))) throw error;
      return redis.eval(script, keys.length, ...keys, ...args);
    }
  };
  return (script, keys, args) => new Promise<unknown>((resolve, reject) => {
    const timer = setTimeout(() => reject(new RedisLimiterUnavailableError(`rate limiter: Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
    run(script, keys, args).then(resolve, (error: unknown) => reject(new RedisLimiterUnavailableError(
      `rate limiter: Redis failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error })))
      .finally(() => clearTimeout(timer));
  });
}

async function sha1(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return toHex(new Uint8Array(digest));
}
