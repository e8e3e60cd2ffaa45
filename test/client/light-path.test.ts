// The limiter's window counted from the answer, the shared-limiter release hook, and the light
// request path: a middleware's own Request, a malformed chunked 2xx, a timeout during the body.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AmoMalformedResponseError, AmoNetworkError, createAmoClient, createRateLimiter } from '../../src/index';
import { clientOf, startFake, TOKEN } from './helpers';
import type { FakeAmoCrm } from './fake-amocrm';

describe('createRateLimiter holds a slot until intervalMs after the answer', () => {
  it('the next request waits for the window after the release, not after the start', async () => {
    const limiter = createRateLimiter({ limit: 1, intervalMs: 100 });
    const started = Date.now();
    const release = await limiter.acquire();
    expect(typeof release).toBe('function');
    let admitted = 0;
    const second = limiter.acquire().then(() => { admitted = Date.now(); });
    await new Promise((r) => setTimeout(r, 250)); // the first request is still "in flight"
    expect(admitted).toBe(0);
    const releasedAt = Date.now();
    (release as () => void)();
    await second;
    expect(admitted - releasedAt).toBeGreaterThanOrEqual(95);
    expect(admitted - started).toBeGreaterThanOrEqual(340);
  });

  it('with a frozen clock, the slot frees exactly intervalMs after the release, however long the request took', async () => {
    let clock = 0;
    const limiter = createRateLimiter({ limit: 1, intervalMs: 50, now: () => clock });
    const release = (await limiter.acquire()) as () => void;
    let second = false;
    const next = limiter.acquire().then(() => { second = true; });
    clock = 1000; // long after the start: a start-based window would have freed the slot
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(second).toBe(false); // still in flight
    release();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(second).toBe(false); // answered at 1000; the slot frees at 1050
    clock = 1050;
    await next;
    expect(second).toBe(true);
  });

  it('a shared limiter function may return a release, called once per request after its answer', async () => {
    const fake = await startFake();
    try {
      const events: string[] = [];
      const client = clientOf(fake, {
        rateLimit: async () => { events.push('acquire'); return () => { events.push(`release after ${fake.requests.length}`); }; },
      });
      await client.GET('/api/v4/tasks');
      await client.GET('/api/v4/tasks');
      expect(events).toEqual(['acquire', 'release after 1', 'acquire', 'release after 2']);
    } finally {
      await fake.stop();
    }
  });
});

describe('the light request path', () => {
  let fake: FakeAmoCrm;
  beforeEach(async () => { fake = await startFake(); });
  afterEach(() => fake.stop());

  it('accepts a middleware that returns its own Request, and still sends the token', async () => {
    fake.seedTasks(2);
    const client = clientOf(fake, { rateLimit: false });
    const { data } = await client.GET('/api/v4/tasks', {
      middleware: [{ onRequest: ({ request }) => new Request(`${fake.origin}/api/v4/tasks?limit=1`, request) }],
    });
    expect(data?._embedded.tasks).toHaveLength(1);
    expect(fake.requests[0]!.authorization).toBe(`Bearer ${TOKEN}`);
  });
});

describe('2xx bodies without Content-Length', () => {
  let server: Server;
  let origin = '';
  let body = '';
  let holdMs = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/hal+json' }); // chunked: no Content-Length
      res.write(body.slice(0, 5));
      setTimeout(() => res.end(body.slice(5)), holdMs);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('a malformed one is AmoMalformedResponseError with the raw text, not a SyntaxError', async () => {
    body = '{"_embedded": {"tasks": [';
    holdMs = 0;
    const client = createAmoClient({ baseUrl: origin, token: TOKEN, rateLimit: false, retry: false });
    const error = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoMalformedResponseError);
    expect((error as AmoMalformedResponseError).rawText).toBe(body);
    expect((error as AmoMalformedResponseError).path).toBe('/api/v4/tasks');
  });

  it('the timeout covers the body: a body that stalls is an AmoNetworkError with timedOut', async () => {
    body = '{"_embedded": {"tasks": []}}';
    holdMs = 1000;
    const client = createAmoClient({ baseUrl: origin, token: TOKEN, rateLimit: false, retry: false, timeoutMs: 200 });
    const started = Date.now();
    const error = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoNetworkError);
    expect((error as AmoNetworkError).timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(900);
  });
});
