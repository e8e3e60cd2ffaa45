// The `amocrm-openapi/redis-limiter` subpath: one rate limit shared by every process of an
// integration, through Redis. Apart from the package root, it needs only an ioredis client (an
// optional peer dependency), which the caller creates and passes in.
export { createRedisRateLimiter, type RedisRateLimiterOptions } from './redis-rate-limiter.js';
export { RedisLimiterUnavailableError } from './errors.js';
export type { RedisScriptClient } from './run-script.js';
export type { RateLimiter, Release } from '../rate-limit.js';
