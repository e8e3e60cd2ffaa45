// The client's own queue under a fake clock (jest's fake timers drive Date, setTimeout and so the
// limiter, the 429 pause and the per-attempt timeout alike): a wait in the queue is not a network
// timeout, and the pause after a 429 holds with the proactive limit switched off. No server: a
// fetch stub answers in memory.
import { AmoNetworkError, AmoRateLimitError, createAmoClient } from '../../src/index';

const TOKEN = 'queue-TOKEN-5e1b';
const task = () => new Response(JSON.stringify({ id: 1, text: 'Call back' }), {
  status: 200, headers: { 'Content-Type': 'application/hal+json' },
});
const byId = { params: { path: { id: 1 } } } as const;

/** Lets real I/O callbacks (a Response body being read) run between steps of the fake clock. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] }));
afterEach(() => jest.useRealTimers());

/** Advances the fake clock in steps until `done()`, at most `limitMs` of fake time. */
async function runClock(done: () => boolean, limitMs: number, stepMs = 100): Promise<void> {
  for (let t = 0; !done(); t += stepMs) {
    if (t > limitMs) throw new Error(`not done after ${limitMs} ms of fake time`);
    await jest.advanceTimersByTimeAsync(stepMs);
    await turn();
  }
}

describe('a wait in the queue is not a network timeout', () => {
  it('1000 concurrent GETs with the defaults (7 per second, 30 s timeout) all succeed, in about 1000/7 s', async () => {
    let sent = 0;
    const client = createAmoClient({ subdomain: 'example', token: TOKEN, fetch: (async () => { sent += 1; return task(); }) as typeof fetch });
    const started = Date.now();
    let settled = 0;
    const calls = Array.from({ length: 1000 }, () => client.GET('/api/v4/tasks/{id}', byId).finally(() => { settled += 1; }));
    await runClock(() => settled === 1000, 200_000);
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(sent).toBe(1000); // none timed out and was sent again
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(Math.floor(999 / 7) * 1000); // 143 windows of 7
    expect(elapsed).toBeLessThanOrEqual(145_000);
  });

  it('an attempt that does time out is an AmoNetworkError (an Error, with a message), and a GET is retried', async () => {
    let sent = 0;
    // Never answers the first request; answers the second at once.
    const hanging = ((request: Request) => {
      sent += 1;
      if (sent > 1) return Promise.resolve(task());
      return new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    }) as typeof fetch;
    const once = createAmoClient({ subdomain: 'example', token: TOKEN, fetch: hanging, retry: false, timeoutMs: 1000 });
    let error: unknown;
    once.GET('/api/v4/tasks/{id}', byId).catch((e: unknown) => { error = e; });
    await runClock(() => error !== undefined, 5000);
    expect(error).toBeInstanceOf(AmoNetworkError);
    expect(error).toBeInstanceOf(Error);
    expect((error as AmoNetworkError).timedOut).toBe(true);
    expect((error as Error).message).toBe('GET /api/v4/tasks/1: no answer within 1000 ms');

    sent = 0;
    const retried = createAmoClient({ subdomain: 'example', token: TOKEN, fetch: hanging, timeoutMs: 1000, retry: { baseDelayMs: 1 } });
    let data: unknown;
    retried.GET('/api/v4/tasks/{id}', byId).then((r) => { data = r.data; });
    await runClock(() => data !== undefined, 5000);
    expect(data).toEqual({ id: 1, text: 'Call back' });
    expect(sent).toBe(2);
  });
});

describe('rateLimit: false', () => {
  it('drops the proactive limit but keeps the pause after a 429 for every call of the client', async () => {
    const sentAt: number[] = [];
    const stub = (async () => {
      sentAt.push(Date.now());
      if (sentAt.length > 1) return task();
      return new Response(JSON.stringify({ title: 'Too Many Requests', status: 429, retry_after: 2 }),
        { status: 429, headers: { 'Content-Type': 'application/problem+json' } });
    }) as typeof fetch;
    const client = createAmoClient({ subdomain: 'example', token: TOKEN, rateLimit: false, retry: false, fetch: stub });
    const started = Date.now();
    await expect(client.GET('/api/v4/tasks/{id}', byId)).rejects.toBeInstanceOf(AmoRateLimitError);

    let done = false;
    const next = client.GET('/api/v4/tasks/{id}', byId).then(() => { done = true; });
    await jest.advanceTimersByTimeAsync(1990);
    await turn();
    expect(sentAt).toHaveLength(1); // held back: the server said 2 s
    await runClock(() => done, 1000, 10);
    await next;
    expect(sentAt[1]! - started).toBeGreaterThanOrEqual(2000);

    // Without a 429, nothing is held back: 20 calls at once go out at once.
    await Promise.all(Array.from({ length: 20 }, () => client.GET('/api/v4/tasks/{id}', byId)));
    expect(new Set(sentAt.slice(2)).size).toBe(1);
  });
});
