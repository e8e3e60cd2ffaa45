// Retries, rate limits, blocks and typed errors, against the fake amoCRM.
import {
  AmoApiError, AmoBlockedError, AmoMalformedResponseError, AmoNetworkError, AmoRateLimitError,
  AmoUnauthorizedError, AmoValidationError, createAmoClient,
} from '../../src/index';
import { clientOf, startFake, TOKEN } from './helpers';
import type { FakeAmoCrm, Fault } from './fake-amocrm';

let fake: FakeAmoCrm;
beforeEach(async () => { fake = await startFake(); });
afterEach(() => fake.stop());

/** Faults for the first `n` matching requests, then none. */
function faultsFor(n: number, fault: Fault, method?: string) {
  let left = n;
  return (req: { method: string; path: string }) => {
    if (method && req.method !== method) return undefined;
    if (req.path === '/oauth2/access_token' || left <= 0) return undefined;
    left -= 1;
    return fault;
  };
}

const newTask = [{ text: 'Call back', complete_till: 1588885140 }];

describe('204 and success', () => {
  it('an empty list (204) is an empty result, not an exception', async () => {
    const { data, response } = await clientOf(fake, { rateLimit: false }).GET('/api/v4/tasks');
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe('data is there whenever the answer is not documented as empty', () => {
  it.each([
    ['Content-Length: 0', { 'Content-Type': 'application/hal+json', 'Content-Length': '0' }],
    ['no length, no body', { 'Content-Type': 'application/hal+json' }],
  ])('a 200 with an empty body (%s) is AmoMalformedResponseError, not data: undefined', async (_, headers) => {
    const stub = async () => new Response('', { status: 200, headers });
    const client = createAmoClient({ subdomain: 'example', token: TOKEN, rateLimit: false, retry: false, fetch: stub as typeof fetch });
    const error = await client.GET('/api/v4/tasks/{id}', { params: { path: { id: 1 } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoMalformedResponseError);
    expect((error as Error).message).toMatch(/^GET \/api\/v4\/tasks\/\S+: empty body$/);
  });
});

describe('retry', () => {
  it.each(['reset', '502', '503', '504', 'malformed', 'drop-body'] as const)('retries a GET after %s', async (fault) => {
    fake.seedTasks(3);
    fake.fault = faultsFor(2, fault);
    const { data } = await clientOf(fake, { rateLimit: false }).GET('/api/v4/tasks');
    expect(data?._embedded.tasks).toHaveLength(3);
    expect(fake.countOf('GET', '/api/v4/tasks')).toBe(3);
  });

  it('retries a GET that timed out (slow answer)', async () => {
    fake.seedTasks(1);
    fake.fault = faultsFor(1, 'slow');
    fake.slowMs = 5000;
    const client = createAmoClient({ baseUrl: fake.origin, token: TOKEN, rateLimit: false, timeoutMs: 1000, retry: { baseDelayMs: 1 } });
    const { data } = await client.GET('/api/v4/tasks');
    expect(data?._embedded.tasks).toHaveLength(1);
    // 2 on a quiet machine; a busy one may time out a normal answer too, which is retried the same way.
    expect(fake.countOf('GET', '/api/v4/tasks')).toBeGreaterThanOrEqual(2);
  });

  it('gives up after the configured retries with a typed error', async () => {
    fake.fault = faultsFor(10, '503');
    const client = clientOf(fake, { rateLimit: false, retry: { retries: 2, baseDelayMs: 1 } });
    const error = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoApiError);
    expect((error as AmoApiError).status).toBe(503);
    expect((error as Error).message).toBe('GET /api/v4/tasks: Gateway problem: Try later (3 attempts)');
    expect((error as Error).stack).toContain('(3 attempts)');
    expect(fake.countOf('GET', '/api/v4/tasks')).toBe(3);
  });

  it.each(['reset', '503', '504', 'reset-after-apply', 'slow'] as const)('never repeats a POST after %s (it may have been applied)', async (fault) => {
    fake.fault = faultsFor(1, fault);
    const client = createAmoClient({ baseUrl: fake.origin, token: TOKEN, rateLimit: false, timeoutMs: 200, retry: { baseDelayMs: 1 } });
    fake.slowMs = 400;
    const error = await client.POST('/api/v4/tasks', { body: newTask }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoApiError);
    expect(fake.countOf('POST', '/api/v4/tasks')).toBe(1);
    // After a timeout the slow write lands later, once: never twice.
    expect(fake.tasks.size).toBeLessThanOrEqual(fault === 'reset-after-apply' || fault === 'slow' ? 1 : 0);
  });

  it('repeats a POST refused with 429 (nothing was processed) and writes once', async () => {
    fake.fault = faultsFor(2, '429', 'POST');
    const { data } = await clientOf(fake, { rateLimit: false }).POST('/api/v4/tasks', { body: newTask });
    expect(data?._embedded.tasks).toHaveLength(1);
    expect(fake.countOf('POST', '/api/v4/tasks')).toBe(3);
    expect(fake.tasks.size).toBe(1);
  });

  it('does not retry 400, 401, 404', async () => {
    const client = clientOf(fake, { rateLimit: false });
    await expect(client.POST('/api/v4/tasks', { body: [{ text: '', complete_till: 1 }] })).rejects.toBeInstanceOf(AmoValidationError);
    await expect(client.GET('/api/v4/tasks/{id}', { params: { path: { id: 999 } } })).rejects.toMatchObject({ status: 404 });
    const stranger = createAmoClient({ baseUrl: fake.origin, token: 'wrong-token-0000', rateLimit: false });
    await expect(stranger.GET('/api/v4/tasks')).rejects.toBeInstanceOf(AmoUnauthorizedError);
    expect(fake.requests).toHaveLength(3);
  });

  it('with retry: false, a malformed answer is a typed error carrying the raw text', async () => {
    fake.fault = faultsFor(1, 'malformed');
    const error = await clientOf(fake, { rateLimit: false, retry: false }).GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoMalformedResponseError);
    expect((error as AmoMalformedResponseError).rawText).toContain('"_embedded"');
    expect((error as AmoApiError).method).toBe('GET');
    expect((error as AmoApiError).path).toBe('/api/v4/tasks');
  });

  it('with retry: false, a dropped connection is an AmoNetworkError', async () => {
    fake.fault = faultsFor(1, 'reset');
    await expect(clientOf(fake, { rateLimit: false, retry: false }).GET('/api/v4/tasks')).rejects.toBeInstanceOf(AmoNetworkError);
  });
});

describe('429 waits', () => {
  async function delaysFor(retryAfter: number | undefined, header?: string, cap?: number) {
    const delays: number[] = [];
    let calls = 0;
    const fetchStub = async () => {
      calls += 1;
      if (calls > 1) return new Response(null, { status: 204 });
      const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
      if (header) headers['Retry-After'] = header;
      const body = { title: 'Too Many Requests', status: 429, ...(retryAfter === undefined ? {} : { retry_after: retryAfter }) };
      return new Response(JSON.stringify(body), { status: 429, headers });
    };
    const client = createAmoClient({
      subdomain: 'example', token: TOKEN, rateLimit: false, fetch: fetchStub as typeof fetch,
      retry: { sleep: async (ms: number) => { delays.push(ms); }, ...(cap ? { maxRetryAfterMs: cap } : {}) },
    });
    await client.GET('/api/v4/tasks');
    return delays;
  }

  it('waits retry_after from the body', async () => expect(await delaysFor(1)).toEqual([1000]));
  it('or the Retry-After header', async () => expect(await delaysFor(undefined, '2')).toEqual([2000]));
  it('capped', async () => expect(await delaysFor(3600, undefined, 30_000)).toEqual([30_000]));
  it('gives up after rateLimitRetries with AmoRateLimitError carrying retryAfterMs', async () => {
    fake.fault = faultsFor(100, '429');
    const client = clientOf(fake, { rateLimit: false, retry: { rateLimitRetries: 2, maxRetryAfterMs: 1 } });
    const error = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoRateLimitError);
    expect((error as AmoRateLimitError).retryAfterMs).toBe(1000);
    expect((error as Error).message).toMatch(/\(3 attempts\)$/);
    expect(fake.countOf('GET', '/api/v4/tasks')).toBe(3);
  });
});

describe('rate limit', () => {
  it('keeps the default client under 7 requests per second: the fake never answers 429', async () => {
    await fake.stop();
    fake = await startFake({ windowMs: 900 }); // looser than 1 s: arrival times jitter on a busy machine
    fake.seedTasks(1);
    const sentAt: number[] = [];
    const client = createAmoClient({
      baseUrl: fake.origin, token: TOKEN,
      fetch: ((r: Request) => { sentAt.push(Date.now()); return fetch(r); }) as typeof fetch,
    });
    const started = Date.now();
    await Promise.all(Array.from({ length: 15 }, () => client.GET('/api/v4/tasks')));
    expect(fake.stats.rateLimited).toBe(0);
    expect(fake.requests).toHaveLength(15);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1990); // 15 requests need 3 windows of 7
    // Measured where the requests leave the client: never 8 within one second.
    for (let i = 7; i < sentAt.length; i += 1) expect(sentAt[i]! - sentAt[i - 7]!).toBeGreaterThanOrEqual(995);
  });

  it('without a limit the fake answers 429, and the client still gets through by waiting', async () => {
    fake.seedTasks(1);
    const client = clientOf(fake, { rateLimit: false, retry: { maxRetryAfterMs: 100, rateLimitRetries: 30 } });
    const results = await Promise.all(Array.from({ length: 12 }, () => client.GET('/api/v4/tasks')));
    expect(fake.stats.rateLimited).toBeGreaterThan(0);
    expect(results.every((r) => r.data?._embedded.tasks.length === 1)).toBe(true);
  });

  it('accepts a shared limiter function, called before every request', async () => {
    let calls = 0;
    const client = clientOf(fake, { rateLimit: async () => { calls += 1; } });
    await client.GET('/api/v4/tasks');
    await client.GET('/api/v4/tasks');
    expect(calls).toBe(2);
  });
});

describe('blocked account (HTML 403)', () => {
  it('throws AmoBlockedError with the page text, does not retry, then fails fast without sending', async () => {
    let now = 1_000_000;
    fake.fault = faultsFor(1, 'html403');
    const client = clientOf(fake, { rateLimit: false, blockCooldownMs: 60_000, now: () => now });
    const error = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoBlockedError);
    expect((error as AmoBlockedError).status).toBe(403);
    expect((error as AmoBlockedError).rawText).toContain('nginx');
    expect((error as AmoBlockedError).blockedUntil).toBe(now + 60_000);
    expect(fake.requests).toHaveLength(1);

    await expect(client.GET('/api/v4/tasks')).rejects.toBeInstanceOf(AmoBlockedError);
    expect(fake.requests).toHaveLength(1); // nothing sent

    now += 60_001;
    await client.GET('/api/v4/tasks');
    expect(fake.requests).toHaveLength(2);
  });

  it('a 403 in problem+json (missing rights) is a plain AmoApiError, not a block', async () => {
    const stub = async () => new Response(JSON.stringify({ title: 'Forbidden', status: 403, detail: 'Недостаточно прав' }),
      { status: 403, headers: { 'Content-Type': 'application/problem+json' } });
    const client = createAmoClient({ subdomain: 'example', token: TOKEN, rateLimit: false, fetch: stub as typeof fetch });
    const error = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoApiError);
    expect(error).not.toBeInstanceOf(AmoBlockedError);
    expect((error as AmoApiError).detail).toBe('Недостаточно прав');
  });
});

describe('validation errors', () => {
  it('are typed, with the rejected item by request_id', async () => {
    const client = clientOf(fake, { rateLimit: false });
    const error = await client.POST('/api/v4/tasks', {
      body: [{ text: 'ok', complete_till: 1, request_id: 'a' }, { text: '', complete_till: 1, request_id: 'b' }],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoValidationError);
    const v = error as AmoValidationError;
    expect(v.status).toBe(400);
    expect(v.validationErrors).toEqual([{ request_id: 'b', errors: [{ code: 'NotBlank', path: 'text', detail: 'This value should not be blank.' }] }]);
    expect(fake.tasks.size).toBe(0);
  });
});

describe('host and cancellation', () => {
  it('validates the subdomain and builds the account URL', async () => {
    for (const bad of ['evil.com/x', 'a_b', 'x.attacker', '', '-a', 'EVIL.COM/X']) {
      expect(() => createAmoClient({ subdomain: bad, token: TOKEN })).toThrow(TypeError);
    }
    expect(() => createAmoClient({ subdomain: 'example', domain: 'evil.com' as never, token: TOKEN })).toThrow(TypeError);
    expect(() => createAmoClient({ subdomain: 'example' })).toThrow(/needs token/);
    const urls: string[] = [];
    const stub = async (r: Request) => { urls.push(r.url); return new Response(null, { status: 204 }); };
    await createAmoClient({ subdomain: 'my-shop1', domain: 'kommo.com', token: TOKEN, fetch: stub as typeof fetch })
      .GET('/api/v4/tasks', { params: { query: { limit: 1 } } });
    await createAmoClient({ subdomain: 'My-Shop1', token: TOKEN, fetch: stub as typeof fetch }).GET('/api/v4/tasks');
    expect(urls).toEqual(['https://my-shop1.kommo.com/api/v4/tasks?limit=1', 'https://my-shop1.amocrm.ru/api/v4/tasks']);
  });

  it('a caller abort stops the request at once, without retries', async () => {
    fake.slowMs = 2000;
    fake.fault = () => 'slow';
    const controller = new AbortController();
    const pending = clientOf(fake, { rateLimit: false }).GET('/api/v4/tasks', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user gave up')), 50);
    const started = Date.now();
    await expect(pending).rejects.toThrow('user gave up');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(fake.requests).toHaveLength(1);
  });

  it('a caller abort while queued by the rate limit leaves the queue moving', async () => {
    const client = clientOf(fake, { rateLimit: { limit: 1, intervalMs: 300 } });
    const controller = new AbortController();
    const first = client.GET('/api/v4/tasks');
    const second = client.GET('/api/v4/tasks', { signal: controller.signal });
    const third = client.GET('/api/v4/tasks');
    controller.abort(new Error('not needed'));
    await expect(second).rejects.toThrow('not needed');
    await first;
    await third;
    expect(fake.requests).toHaveLength(2);
  });
});
