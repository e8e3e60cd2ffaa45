// The one error the Redis limiter adds: Redis did not answer, so no slot was taken and nothing sent.

/**
 * Redis could not be reached, answered with an error, or did not answer within `redisTimeoutMs`.
 * Thrown by `acquire` (so by the client's call) before the request is sent, unless a `fallback`
 * limiter was given; `cause` is the Redis client's own error, when there was one.
 */
export class RedisLimiterUnavailableError extends Error {
  override name = 'RedisLimiterUnavailableError';
  /** Always true: the request this limiter held back was not sent, so sending it again is safe. */
  readonly notSent = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
