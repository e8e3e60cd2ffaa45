// The Redis limiter in one process against a real redis-server: several limiters on their own
// connections stand for several processes. Windows are shortened (a few hundred ms) so it runs fast;
// the rule is the same as amoCRM's 7 per 1000 ms. The multi-process test runs it at full scale.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Redis, { type RedisOptions } from 'ioredis';
import { maxInWindow } from '../../bench/stats';
import { createAmoClient, createRateLimiter, type RateLimiter, type Release } from '../../src/index';
import {
  createRedisRateLimiter, RedisLimiterUnavailableError, type RedisRateLimiterOptions, type RedisScriptClient,
} from '../../src/redis/index';
import { startFake, TOKEN } from '../client/helpers';
import { freePort } from '../helpers/free-port';
import { startRedis, type RunningRedis } from '../helpers/redis';
import { ROOT } from '../helpers/spec';

let server: RunningRedis;
const connections: Redis[] = [];
let accounts = 0;

beforeAll(async () => { server = await startRedis(); });
afterAll(async () => {
  for (const c of connections) c.disconnect();
  await pause(100); // ioredis's disconnectTimeout (below), after which a socket still open is destroyed
  await server?.stop();
});

/** A connection of its own, as another process would have. */
function connect(port = server.port, options: RedisOptions = {}): Redis {
  const redis = new Redis({ host: '127.0.0.1', port, disconnectTimeout: 50, ...options });
  redis.on('error', () => undefined);
  connections.push(redis);
  return redis;
}

/** A fresh account per test, so no test sees another's keys. */
const newAccount = () => `acct${(accounts += 1)}`;

const limiterOn = (redis: Redis, options: Partial<RedisRateLimiterOptions>) =>
  createRedisRateLimiter({ redis, account: 'acct0', integration: 'int-a', ...options });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request through `limiter`: it "arrives" after `travelMs`, is answered after `serverMs` more. */
async function request(limiter: RateLimiter, arrivals: number[], travelMs: number, serverMs: number) {
  const release = await limiter.acquire();
  await pause(travelMs);
  arrivals.push(Date.now());
  await pause(serverMs);
  if (release) release();
}

describe('one limit across processes', () => {
  it('an ioredis client is what the limiter takes (type level)', () => {
    const redis: RedisScriptClient = connect();
    expect(typeof redis.evalsha).toBe('function');
  });

  it('limiters on separate connections admit at most `limit` arrivals in any window together', async () => {
    const account = newAccount();
    const limiters = [0, 1, 2].map(() => limiterOn(connect(), { account, limit: 3, intervalMs: 200 }));
    const arrivals: number[] = [];
    // Travel times vary from 0 to 40 ms: a limiter counting from the start would be caught out.
    await Promise.all(limiters.flatMap((limiter, p) => Array.from({ length: 6 }, (_, i) =>
      request(limiter, arrivals, ((i * 7 + p * 13) % 5) * 10, ((i + p) % 3) * 10))));
    expect(arrivals).toHaveLength(18);
    expect(maxInWindow(arrivals, 200)).toBe(3);
  });

  it('a slot frees intervalMs after the answer, however long the request took', async () => {
    const account = newAccount();
    const a = limiterOn(connect(), { account, limit: 1, intervalMs: 150 });
    const b = limiterOn(connect(), { account, limit: 1, intervalMs: 150 });
    const started = Date.now();
    const release = (await a.acquire()) as Release;
    let admitted = 0;
    const second = b.acquire().then(() => { admitted = Date.now(); });
    await pause(300); // in flight longer than the window
    expect(admitted).toBe(0);
    const releasedAt = Date.now();
    release();
    await second;
    expect(admitted - releasedAt).toBeGreaterThanOrEqual(140);
    expect(admitted - started).toBeGreaterThanOrEqual(440);
  });

  it('a 429 seen by one process pauses the others', async () => {
    const account = newAccount();
    const a = limiterOn(connect(), { account });
    const b = limiterOn(connect(), { account });
    a.pause!(400);
    await pause(20); // the pause reaches Redis
    const started = Date.now();
    await b.acquire();
    expect(Date.now() - started).toBeGreaterThanOrEqual(330);
  });

  it('an account-wide cap holds across integrations; another account is not held back', async () => {
    const account = newAccount();
    const options = { account, limit: 4, intervalMs: 300, accountLimit: { limit: 6, intervalMs: 300 } };
    const byIntegration: Record<string, number[]> = { a: [], b: [] };
    const all: number[] = [];
    const other: number[] = [];
    const otherAccount = limiterOn(connect(), { account: newAccount(), limit: 4, intervalMs: 300 });
    const run = (integration: 'a' | 'b') => {
      const limiter = limiterOn(connect(), { ...options, integration });
      return Array.from({ length: 8 }, async () => {
        const release = await limiter.acquire();
        const t = Date.now();
        byIntegration[integration]!.push(t);
        all.push(t);
        if (release) release();
      });
    };
    const started = Date.now();
    await Promise.all([...run('a'), ...run('b'), ...Array.from({ length: 4 }, () => request(otherAccount, other, 0, 0))]);
    expect(maxInWindow(all, 300)).toBe(6);
    expect(maxInWindow(byIntegration.a!, 300)).toBeLessThanOrEqual(4);
    expect(maxInWindow(byIntegration.b!, 300)).toBeLessThanOrEqual(4);
    // 16 requests, 6 per window: the last start at least two windows in.
    expect(Math.max(...all) - started).toBeGreaterThanOrEqual(580);
    // The other account's four went at once.
    expect(Math.max(...other) - started).toBeLessThan(250);

    const keys = await connect().keys(`amocrm-openapi:rate:{${account}}:*`);
    expect(keys.sort()).toEqual([
      `amocrm-openapi:rate:{${account}}:account:done`,
      `amocrm-openapi:rate:{${account}}:integration:a:done`,
      `amocrm-openapi:rate:{${account}}:integration:b:done`,
    ]);
  });

  it('an abort while waiting rejects with its reason and takes no slot', async () => {
    const account = newAccount();
    const a = limiterOn(connect(), { account, limit: 1, intervalMs: 100 });
    const b = limiterOn(connect(), { account, limit: 1, intervalMs: 100 });
    const release = (await a.acquire()) as Release;
    const controller = new AbortController();
    const waiting = b.acquire(controller.signal);
    setTimeout(() => controller.abort(new Error('caller gave up')), 50);
    await expect(waiting).rejects.toThrow('caller gave up');
    const releasedAt = Date.now();
    release();
    await b.acquire();
    expect(Date.now() - releasedAt).toBeLessThan(300);
    const held = await connect().zcard(`amocrm-openapi:rate:{${account}}:integration:int-a:held`);
    expect(held).toBe(1); // b's own, just admitted; none left by the aborted wait
  });

  it('a live process keeps its slot past the lease (renewed); a dead one loses it after the lease', async () => {
    const account = newAccount();
    const options = { account, limit: 1, intervalMs: 1000, leaseMs: 400 };
    const alive = limiterOn(connect(), options);
    const other = limiterOn(connect(), options);
    const release = (await alive.acquire()) as Release;
    let admitted = 0;
    const next = other.acquire().then(() => { admitted = Date.now(); });
    await pause(1200); // three leases
    expect(admitted).toBe(0);
    release();

    await next;
    expect(admitted).toBeGreaterThan(0);
    const dying = { ...options, account: newAccount() };
    const doomedConnection = connect();
    const doomed = limiterOn(doomedConnection, dying);
    const survivor = limiterOn(connect(), dying);
    await doomed.acquire(); // never released: the process "dies" with its request in flight
    doomedConnection.disconnect(); // no more renewals
    const diedAt = Date.now();
    await survivor.acquire();
    const waited = Date.now() - diedAt;
    expect(waited).toBeGreaterThanOrEqual(200);
    expect(waited).toBeLessThan(900); // the lease (400 ms), not the window after an answer that never comes
  });

  it('a pause of 0 ms (retry_after: 0) holds nothing back and is no Redis error', async () => {
    const errors: unknown[] = [];
    const limiter = limiterOn(connect(), { account: newAccount(), onRedisError: (e) => errors.push(e) });
    limiter.pause!(0);
    const started = Date.now();
    await limiter.acquire();
    expect(Date.now() - started).toBeLessThan(200);
    expect(errors).toEqual([]);
  });

  it('runs its scripts again after Redis forgot them (SCRIPT FLUSH)', async () => {
    const account = newAccount();
    const redis = connect();
    const limiter = limiterOn(redis, { account });
    await limiter.acquire();
    await redis.script('FLUSH');
    const release = await limiter.acquire();
    expect(typeof release).toBe('function');
  });
});

describe('when Redis is unreachable', () => {
  let deadPort: number;
  beforeAll(async () => { deadPort = await freePort(); });

  it('acquire rejects with RedisLimiterUnavailableError within redisTimeoutMs, and the client sends nothing', async () => {
    const fake = await startFake();
    try {
      const errors: unknown[] = [];
      const limiter = limiterOn(connect(deadPort), { redisTimeoutMs: 300, onRedisError: (e) => errors.push(e) });
      const client = createAmoClient({ baseUrl: fake.origin, token: TOKEN, rateLimit: limiter });
      const started = Date.now();
      const error = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedisLimiterUnavailableError);
      expect((error as RedisLimiterUnavailableError).notSent).toBe(true);
      expect((error as Error).message).toMatch(/Redis did not answer within 300 ms/);
      expect(Date.now() - started).toBeLessThan(1500);
      expect(errors).toHaveLength(1);
      // Within retryRedisAfterMs the next call fails at once, without asking Redis.
      const again = Date.now();
      await expect(client.GET('/api/v4/tasks')).rejects.toBeInstanceOf(RedisLimiterUnavailableError);
      expect(Date.now() - again).toBeLessThan(100);
      expect(fake.requests).toHaveLength(0);
    } finally {
      await fake.stop();
    }
  });

  it('fails at once, with the Redis client\'s error as the cause, when that client does not queue (enableOfflineQueue: false)', async () => {
    const limiter = limiterOn(connect(deadPort, { enableOfflineQueue: false }), { redisTimeoutMs: 5000 });
    const started = Date.now();
    const error = (await limiter.acquire().catch((e: unknown) => e)) as RedisLimiterUnavailableError;
    expect(error).toBeInstanceOf(RedisLimiterUnavailableError);
    expect(error.cause).toBeInstanceOf(Error);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('with a fallback, requests go through the local limiter instead, and back through Redis once it answers', async () => {
    const fake = await startFake();
    const later = await startRedis();
    let back: RunningRedis | undefined;
    try {
      fake.seedTasks(1);
      const fallback = createRateLimiter({ limit: 2 });
      const used: string[] = [];
      const paused: number[] = [];
      const counted: RateLimiter = {
        acquire: (signal) => { used.push('fallback'); return fallback.acquire(signal); },
        pause: (ms) => { paused.push(ms); fallback.pause!(ms); },
      };
      const redis = connect(later.port);
      await redis.ping();
      await later.stop(); // Redis goes away
      const account = newAccount();
      const limiter = limiterOn(redis, { account, redisTimeoutMs: 300, retryRedisAfterMs: 200, fallback: counted });
      const client = createAmoClient({ baseUrl: fake.origin, token: TOKEN, rateLimit: limiter });
      const { data } = await client.GET('/api/v4/tasks');
      expect(data?._embedded.tasks).toHaveLength(1);
      expect(used).toEqual(['fallback']);
      // It started a window late: the slots just taken through Redis are not in its count.
      expect(paused).toEqual([1000]);
      const whileDown = Date.now();
      await client.GET('/api/v4/tasks'); // no wait for Redis now: straight to the fallback
      expect(Date.now() - whileDown).toBeLessThan(150);
      expect(used).toEqual(['fallback', 'fallback']);

      back = await startRedis({ port: later.port }); // Redis is back, where it was
      await redis.ping(); // the connection has come back too
      await pause(250); // retryRedisAfterMs
      await client.GET('/api/v4/tasks'); // still the fallback, while Redis is checked in the background
      await pause(100);
      await client.GET('/api/v4/tasks'); // through Redis again
      expect(used).toEqual(['fallback', 'fallback', 'fallback']);
      // The release runs in the background: its answered slot shows up in Redis shortly.
      const done = `amocrm-openapi:rate:{${account}}:integration:int-a:done`;
      for (let i = 0; i < 20 && !(await redis.exists(done)); i += 1) await pause(50);
      expect(await redis.zcard(done)).toBe(1);
    } finally {
      await fake.stop();
      await later.stop();
      await back?.stop();
    }
  });
});

describe('options and portability', () => {
  it.each([
    [{ account: '' }, /account/],
    [{ account: 'a{b}' }, /account/],
    [{ integration: '' }, /integration/],
    [{ limit: 0 }, /positive/],
    [{ accountLimit: 2.5 }, /positive/],
    [{ leaseMs: 0 }, /leaseMs/],
    [{ redis: {} as RedisScriptClient }, /ioredis/],
  ])('rejects %j with a TypeError', (options, message) => {
    expect(() => limiterOn(connect(), options as Partial<RedisRateLimiterOptions>)).toThrow(message);
  });

  it('src/redis/ imports nothing but the runtime\'s own files (no ioredis, no node:)', () => {
    const dir = join(ROOT, 'src', 'redis');
    const sources = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    const imports = sources.flatMap((text) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!));
    expect(imports.length).toBeGreaterThan(3);
    expect(imports.filter((i) => !/^\.\.?\/[\w./-]+\.js$/.test(i))).toEqual([]);
    expect(sources.filter((text) => /node:|Buffer|process\.|require\(/.test(text))).toEqual([]);
  });
});
