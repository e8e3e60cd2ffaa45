// After amoCRM's nginx blocks the account (an HTML 403), sending more only extends the block.
import { AmoBlockedError } from './errors.js';
import type { FetchLike } from './fetch-like.js';
import { systemNow, type Now } from './sleep.js';

/**
 * Once a request is answered with the blocked page, every call of this client fails fast with
 * AmoBlockedError, sending nothing, for `cooldownMs` (default 5 minutes; 0 turns fail-fast off).
 */
export function withBlockGuard(next: FetchLike, cooldownMs = 5 * 60_000, now: Now = systemNow): FetchLike {
  let blockedUntil = 0;
  return async (request) => {
    if (now() < blockedUntil) {
      throw Object.assign(new AmoBlockedError({
        status: 403, method: request.method, url: request.url,
        reason: `not sent: the account is blocked (HTML 403) until ${new Date(blockedUntil).toISOString()}`,
      }), { blockedUntil });
    }
    try {
      return await next(request);
    } catch (error) {
      if (error instanceof AmoBlockedError && cooldownMs > 0) error.blockedUntil = blockedUntil = now() + cooldownMs;
      throw error;
    }
  };
}
