// OAuth: code exchange, proactive and 401-driven refresh, single flight, onTokens ordering,
// single-use refresh tokens, and no secret in any error.
import {
  AmoApiError, AmoMalformedResponseError, AmoUnauthorizedError, createAmoClient, exchangeCode, refreshTokens, type AmoTokens,
} from '../../src/index';
import { startFake, TOKEN } from './helpers';
import type { FakeAmoCrm } from './fake-amocrm';

const app = { clientId: 'client-1', clientSecret: 'client-secret-S3cr', redirectUri: 'https://example.com/oauth' };
const DAY = 86_400_000;

let fake: FakeAmoCrm;
beforeEach(async () => { fake = await startFake({ limit: 10_000 }); });
afterEach(() => fake.stop());

/** A stored pair as the fake issued it. */
function issued(expiresInMs = DAY): AmoTokens {
  const pair = fake.issuePair();
  return { accessToken: pair.access_token, refreshToken: pair.refresh_token, expiresAt: Date.now() + expiresInMs };
}

/** Waits, a macrotask at a time, until `done()` holds (at most 10 000 turns). */
async function until(done: () => boolean): Promise<void> {
  for (let turn = 0; !done(); turn += 1) {
    if (turn > 10_000) throw new Error('condition never met');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function oauthClient(tokens: AmoTokens, onTokens: (t: AmoTokens) => void | Promise<void> = () => undefined) {
  return createAmoClient({ baseUrl: fake.origin, rateLimit: false, retry: { baseDelayMs: 1 }, oauth: { ...app, tokens, onTokens } });
}

describe('token endpoint', () => {
  it('exchangeCode returns a pair with expiresAt from expires_in', async () => {
    const before = Date.now();
    const tokens = await exchangeCode({ baseUrl: fake.origin, ...app, code: 'good-code-Q1w2' });
    expect(tokens.accessToken).toMatch(/^access-/);
    expect(tokens.refreshToken).toMatch(/^refresh-/);
    expect(tokens.expiresAt).toBeGreaterThanOrEqual(before + DAY);
    const sent = fake.requests[0]!;
    expect(sent.authorization).toBeUndefined();
    expect(sent.body).toEqual({ client_id: 'client-1', client_secret: 'client-secret-S3cr', redirect_uri: app.redirectUri, grant_type: 'authorization_code', code: 'good-code-Q1w2' });
  });

  it('a bad code is an AmoUnauthorizedError with the hint, and no secret in it', async () => {
    const error = await exchangeCode({ baseUrl: fake.origin, ...app, code: 'bad-code-Zz99' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoUnauthorizedError);
    expect((error as AmoApiError).detail).toBe('В запросе отсутствует ряд параметров или параметры невалидны');
    expect((error as AmoApiError).problem?.hint).toBe('Authorization code has expired');
    const text = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
    expect(text).not.toContain('client-secret-S3cr');
    expect(text).not.toContain('bad-code-Zz99');
  });

  it('refreshTokens spends the refresh token: the second use is refused', async () => {
    const { refreshToken } = issued();
    await refreshTokens({ baseUrl: fake.origin, ...app, refreshToken });
    const error = await refreshTokens({ baseUrl: fake.origin, ...app, refreshToken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoUnauthorizedError);
    expect((error as AmoApiError).problem?.hint).toBe('Token has been revoked');
    expect(JSON.stringify(error)).not.toContain(refreshToken);
  });
});

describe('refresh inside the client', () => {
  it('refreshes shortly before expiry, stores the pair, then uses the new token', async () => {
    const stored: AmoTokens[] = [];
    const client = oauthClient(issued(60_000), (t) => { stored.push(t); });
    await client.GET('/api/v4/tasks');
    expect(fake.stats.refreshCalls).toBe(1);
    expect(stored).toHaveLength(1);
    const get = fake.requests.find((r) => r.path === '/api/v4/tasks')!;
    expect(get.authorization).toBe(`Bearer ${stored[0]!.accessToken}`);
    await client.GET('/api/v4/tasks');
    expect(fake.stats.refreshCalls).toBe(1);
  });

  it('100 concurrent requests hitting a 401 cause exactly one refresh, and all succeed', async () => {
    fake.seedTasks(1);
    const tokens = issued();
    fake.accessTokens.delete(tokens.accessToken); // revoked server-side; the client does not know yet
    let storedAt = 0;
    const onTokens = jest.fn(async () => {
      await new Promise((r) => setTimeout(r, 50));
      storedAt = Date.now();
    });
    const client = oauthClient(tokens, onTokens);
    const results = await Promise.all(Array.from({ length: 100 }, () => client.GET('/api/v4/tasks/{id}', { params: { path: { id: 1 } } })));
    expect(results.every((r) => r.data?.id === 1)).toBe(true);
    expect(fake.stats.refreshCalls).toBe(1);
    expect(onTokens).toHaveBeenCalledTimes(1);
    const fresh = (onTokens.mock.calls[0] as unknown as [AmoTokens])[0].accessToken;
    // onTokens was awaited before the new access token was first used.
    expect(fake.firstUse.get(fresh)!).toBeGreaterThanOrEqual(storedAt);
    expect(fake.requests.filter((r) => r.authorization === `Bearer ${fresh}`)).toHaveLength(100);
  });

  it('retries once after the refresh; a second 401 is thrown', async () => {
    const tokens = issued();
    fake.accessTokens.clear();
    const originalIssue = fake.issuePair.bind(fake);
    fake.issuePair = () => { const p = originalIssue(); fake.accessTokens.delete(p.access_token); return p; };
    const error = await oauthClient(tokens).GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoUnauthorizedError);
    expect(fake.stats.refreshCalls).toBe(1);
    expect(fake.countOf('GET', '/api/v4/tasks')).toBe(2);
  });

  it('never sends a refresh token twice, even when the refresh answer was lost', async () => {
    const tokens = issued();
    fake.accessTokens.delete(tokens.accessToken);
    fake.fault = (r) => (r.path === '/oauth2/access_token' ? 'reset' : undefined);
    const client = oauthClient(tokens);
    await expect(client.GET('/api/v4/tasks')).rejects.toBeInstanceOf(AmoApiError);
    fake.fault = undefined;
    const error = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoUnauthorizedError);
    expect((error as Error).message).toMatch(/sent once and its answer was lost/);
    const sent = fake.requests.filter((r) => (r.body as { refresh_token?: string } | undefined)?.refresh_token === tokens.refreshToken);
    expect(sent).toHaveLength(1);
  });

  it('when onTokens fails, the request fails, no second refresh happens, and onTokens is retried with the same pair', async () => {
    const tokens = issued(1000);
    const seen: AmoTokens[] = [];
    let fail = true;
    const client = oauthClient(tokens, (t) => {
      seen.push(t);
      if (fail) throw new Error('disk full');
    });
    await expect(client.GET('/api/v4/tasks')).rejects.toThrow('disk full');
    expect(fake.countOf('GET', '/api/v4/tasks')).toBe(0); // the new token was not used unstored
    fail = false;
    await client.GET('/api/v4/tasks');
    expect(fake.stats.refreshCalls).toBe(1);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
  });

  it('a caller that aborts during the shared refresh stops waiting; the others get the new pair, refreshed once', async () => {
    fake.seedTasks(1);
    const tokens = issued(1000); // inside the refresh margin: the first call refreshes
    let open = () => {};
    const gate = new Promise<void>((resolve) => { open = resolve; });
    let tokenCalls = 0;
    const gated = (async (request: Request) => {
      if (new URL(request.url).pathname === '/oauth2/access_token') {
        tokenCalls += 1;
        await gate; // the token endpoint answers only when the test says so
      }
      return fetch(request);
    }) as typeof fetch;
    const stored: AmoTokens[] = [];
    const client = createAmoClient({
      baseUrl: fake.origin, rateLimit: false, fetch: gated, oauth: { ...app, tokens, onTokens: (t) => { stored.push(t); } },
    });
    const controller = new AbortController();
    const byId = { params: { path: { id: 1 } } };
    let firstError: unknown;
    const first = client.GET('/api/v4/tasks/{id}', { ...byId, signal: controller.signal }).catch((e: unknown) => { firstError = e; });
    const second = client.GET('/api/v4/tasks/{id}', byId);
    try {
      await until(() => tokenCalls === 1);
      controller.abort(new Error('caller gave up'));
      await until(() => firstError !== undefined); // stopped waiting while the refresh is still out
      expect(firstError).toEqual(new Error('caller gave up'));
    } finally {
      open();
    }
    await first;
    expect((await second).data.id).toBe(1);
    expect(fake.stats.refreshCalls).toBe(1);
    expect(stored).toHaveLength(1);
    // The session holds the new pair: the next call sends it without refreshing again.
    await client.GET('/api/v4/tasks/{id}', byId);
    expect(fake.stats.refreshCalls).toBe(1);
    expect(fake.requests.at(-1)!.authorization).toBe(`Bearer ${stored[0]!.accessToken}`);
  });

  it('a refused refresh (400 invalid_grant) is reported as refused on every later call, never as lost', async () => {
    const tokens = issued(1000);
    fake.refreshTokens.delete(tokens.refreshToken); // revoked on amoCRM's side
    const client = oauthClient(tokens);
    const first = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(first).toBeInstanceOf(AmoUnauthorizedError);
    expect((first as AmoApiError).status).toBe(400);
    const later = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(later).toBeInstanceOf(AmoUnauthorizedError);
    expect((later as Error).message).toMatch(/refused/);
    expect((later as Error).message).toMatch(/Token has been revoked/);
    expect((later as Error).message).not.toMatch(/lost/);
    expect(fake.refreshTokensPresented).toEqual([tokens.refreshToken]); // not sent again
  });

  it('a token answer that is JSON is used whatever its Content-Type says', async () => {
    fake.seedTasks(1);
    fake.tokenContentType = 'text/html; charset=UTF-8';
    const stored: AmoTokens[] = [];
    const client = oauthClient(issued(1000), (t) => { stored.push(t); });
    const { data } = await client.GET('/api/v4/tasks/{id}', { params: { path: { id: 1 } } });
    expect(data.id).toBe(1);
    expect(stored).toHaveLength(1);
    expect(fake.requests.at(-1)!.authorization).toBe(`Bearer ${stored[0]!.accessToken}`);
  });

  it('a long-lived token is never refreshed: a 401 is thrown', async () => {
    const client = createAmoClient({ baseUrl: fake.origin, token: 'revoked-long-lived-Tk1', rateLimit: false });
    await expect(client.GET('/api/v4/tasks')).rejects.toBeInstanceOf(AmoUnauthorizedError);
    expect(fake.stats.refreshCalls).toBe(0);
    expect(fake.countOf('POST', '/oauth2/access_token')).toBe(0);
  });
});

describe('no token in any error', () => {
  function leaks(error: unknown, secrets: string[]) {
    const text = [String(error), (error as Error).message, (error as Error).stack, JSON.stringify(error)].join('\n');
    return secrets.filter((s) => text.includes(s));
  }

  it('a server echoing the Authorization header: the long-lived token is redacted', async () => {
    fake.fault = () => 'echo-secrets';
    const client = createAmoClient({ baseUrl: fake.origin, token: TOKEN, rateLimit: false, retry: false });
    const error = await client.GET('/api/v4/tasks', { params: { query: { limit: 5 } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoApiError);
    expect(fake.requests[0]!.authorization).toBe(`Bearer ${TOKEN}`); // the fake did see it...
    expect(leaks(error, [TOKEN])).toEqual([]); // ...and the error does not carry it
    expect((error as AmoApiError).detail).toContain('[redacted]');
  });

  it('a token endpoint echoing the body: client secret and both refresh tokens are redacted', async () => {
    const tokens = issued(1000);
    fake.fault = (r) => (r.path === '/oauth2/access_token' ? 'echo-secrets' : undefined);
    const error = await oauthClient(tokens).GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoApiError);
    expect(leaks(error, [app.clientSecret, tokens.refreshToken, tokens.accessToken])).toEqual([]);
  });

  it('a 2xx HTML page echoing the request: the token is not in the error (rawText included)', async () => {
    fake.fault = () => 'echo-html-200';
    const client = createAmoClient({ baseUrl: fake.origin, token: TOKEN, rateLimit: false, retry: false });
    const error = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoMalformedResponseError);
    expect((error as AmoMalformedResponseError).rawText).toContain('[redacted]');
    expect(leaks(error, [TOKEN])).toEqual([]);
  });

  it('after a refresh, errors carry neither the old nor the new pair nor the client secret', async () => {
    const tokens = issued(1000);
    const stored: AmoTokens[] = [];
    const client = oauthClient(tokens, (t) => { stored.push(t); });
    fake.fault = (r) => (r.path === '/api/v4/tasks' ? 'echo-html-200' : undefined);
    const error = await client.GET('/api/v4/tasks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoMalformedResponseError);
    expect(stored).toHaveLength(1);
    expect(leaks(error, [app.clientSecret, tokens.accessToken, tokens.refreshToken, stored[0]!.accessToken, stored[0]!.refreshToken])).toEqual([]);
  });

  it('every kind of error, serialised, lacks the token and the query string', async () => {
    const client = createAmoClient({ baseUrl: fake.origin, token: TOKEN, rateLimit: false, retry: false });
    const errors: unknown[] = [];
    for (const fault of ['reset', '503', 'malformed', 'html403', '429'] as const) {
      fake.fault = () => fault;
      errors.push(await client.GET('/api/v4/tasks', { params: { query: { access_token: TOKEN } as never } }).catch((e: unknown) => e));
    }
    for (const error of errors) {
      expect(error).toBeInstanceOf(AmoApiError);
      expect(leaks(error, [TOKEN])).toEqual([]);
      expect((error as AmoApiError).path).toBe('/api/v4/tasks');
    }
  });
});
