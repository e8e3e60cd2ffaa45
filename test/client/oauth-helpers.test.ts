// The OAuth calls beside the token endpoint: the API-key exchange, the account-domain lookup by
// refresh token, and the authorization page's URL with the redirect's state check. Each call is
// answered by a fetch of the test's own (no network), which records what was sent.
import {
  AmoApiError, AmoAuthorizationRedirectError, AmoMalformedResponseError, AmoRateLimitError, AmoUnauthorizedError,
  apiDomainOf, authorizationUrl, exchangeApiKey, getAccountSubdomain, parseAuthorizationRedirect,
} from '../../src/index';

interface Sent { method: string; url: string; headers: Headers; body: string }

/** A fetch answering every request with `answer`, recording each. */
function fakeFetch(answer: (sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = (async (input: Request) => {
    const request = input instanceof Request ? input : new Request(input);
    const record = { method: request.method, url: request.url, headers: request.headers, body: await request.text() };
    sent.push(record);
    return answer(record);
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

const problem = (status: number, detail: string) => new Response(JSON.stringify({ title: 'Error', status, detail }), {
  status, headers: { 'Content-Type': 'application/problem+json' },
});

/** A JWT with the given payload; the signature is not checked by the client. */
const jwt = (payload: object) => ['e30', Buffer.from(JSON.stringify(payload)).toString('base64url'), 'c2ln'].join('.');

const keyExchange = {
  login: 'example@test.com', apiKey: 'api-key-Secret-42', clientUuid: '0eYY11a7-aXX3-403d-a758-XXc54e2XX6a3',
  clientSecret: 'client-secret-Zq9',
};

describe('exchangeApiKey', () => {
  it('posts the documented body to the account host, without a bearer, and resolves on 202', async () => {
    const { fetch, sent } = fakeFetch(() => new Response(null, { status: 202 }));
    await expect(exchangeApiKey({ subdomain: 'example', ...keyExchange, state: 'st-1', fetch })).resolves.toBeUndefined();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.url).toBe('https://example.amocrm.ru/oauth2/exchange_api_key');
    expect(sent[0]!.headers.get('authorization')).toBeNull();
    expect(JSON.parse(sent[0]!.body)).toEqual({
      login: 'example@test.com', api_key: 'api-key-Secret-42', client_uuid: keyExchange.clientUuid,
      client_secret: 'client-secret-Zq9', state: 'st-1',
    });
  });

  it('leaves state out when none is given', async () => {
    const { fetch, sent } = fakeFetch(() => new Response(null, { status: 202 }));
    await exchangeApiKey({ subdomain: 'example', ...keyExchange, fetch });
    expect(JSON.parse(sent[0]!.body)).not.toHaveProperty('state');
  });

  it('a 429 (once in 5 minutes) is thrown at once, never retried', async () => {
    const { fetch, sent } = fakeFetch(() => problem(429, 'Too many requests'));
    const error = await exchangeApiKey({ subdomain: 'example', ...keyExchange, fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoRateLimitError);
    expect(sent).toHaveLength(1);
  });

  it('an error echoing the body carries neither the API key nor the client secret', async () => {
    const { fetch } = fakeFetch((s) => problem(400, `bad request: ${s.body}`));
    const error = await exchangeApiKey({ subdomain: 'example', ...keyExchange, fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoApiError);
    expect((error as AmoApiError).status).toBe(400);
    const text = [String(error), (error as Error).stack, JSON.stringify(error)].join('\n');
    expect(text).not.toContain(keyExchange.apiKey);
    expect(text).not.toContain(keyExchange.clientSecret);
    expect(text).toContain('[redacted]');
  });
});

describe('getAccountSubdomain', () => {
  const domain = { id: 123456, subdomain: 'account_subdomain', domain: 'account_subdomain.amocrm.ru', top_level_domain: 'ru' };
  const ok = () => new Response(JSON.stringify(domain), { status: 200, headers: { 'Content-Type': 'application/json' } });
  const refreshToken = 'refresh-Token-Xy12';

  it('goes to the access token\'s api_domain with X-Refresh-Token and no bearer', async () => {
    const { fetch, sent } = fakeFetch(ok);
    const accessToken = jwt({ api_domain: 'api-a.amocrm.ru', exp: 1 });
    await expect(getAccountSubdomain({ accessToken, refreshToken, fetch })).resolves.toEqual(domain);
    expect(sent[0]!.url).toBe('https://api-a.amocrm.ru/oauth2/account/current/subdomain');
    expect(sent[0]!.headers.get('x-refresh-token')).toBe(refreshToken);
    expect(sent[0]!.headers.get('authorization')).toBeNull();
  });

  it('takes the api_domain itself, or a base URL', async () => {
    const { fetch, sent } = fakeFetch(ok);
    await getAccountSubdomain({ apiDomain: 'api-b.kommo.com', refreshToken, fetch });
    await getAccountSubdomain({ baseUrl: 'http://127.0.0.1:9', refreshToken, fetch });
    expect(sent.map((s) => s.url)).toEqual([
      'https://api-b.kommo.com/oauth2/account/current/subdomain', 'http://127.0.0.1:9/oauth2/account/current/subdomain',
    ]);
  });

  it('never sends the refresh token to a host outside amoCRM\'s domains', async () => {
    const { fetch, sent } = fakeFetch(ok);
    for (const api_domain of ['evil.example.com', 'amocrm.ru.evil.com', 'api-a.amocrm.ru/../x']) {
      await expect(getAccountSubdomain({ accessToken: jwt({ api_domain }), refreshToken, fetch })).rejects.toBeInstanceOf(TypeError);
    }
    await expect(getAccountSubdomain({ refreshToken, fetch })).rejects.toThrow(/accessToken, apiDomain or baseUrl/);
    expect(sent).toHaveLength(0);
  });

  it('a 401 is an AmoUnauthorizedError without the tokens in it', async () => {
    const { fetch } = fakeFetch((s) => problem(401, `unknown token ${s.headers.get('x-refresh-token')}`));
    const accessToken = jwt({ api_domain: 'api-a.amocrm.ru' });
    const error = await getAccountSubdomain({ accessToken, refreshToken, fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoUnauthorizedError);
    expect(JSON.stringify(error) + String(error)).not.toContain(refreshToken);
  });

  it('an answer without the domain is an AmoMalformedResponseError', async () => {
    const { fetch } = fakeFetch(() => new Response('{"id":1}', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await expect(getAccountSubdomain({ apiDomain: 'api-a.amocrm.ru', refreshToken, fetch })).rejects.toBeInstanceOf(AmoMalformedResponseError);
  });
});

describe('apiDomainOf', () => {
  it('reads the claim; one without a dot is under amocrm.ru, as the page also writes it', () => {
    expect(apiDomainOf(jwt({ api_domain: 'api-a.amocrm.ru' }))).toBe('api-a.amocrm.ru');
    expect(apiDomainOf(jwt({ api_domain: 'api-c' }))).toBe('api-c.amocrm.ru');
  });

  it('a token that is not a JWT, or has no claim, is a TypeError that does not quote it', () => {
    for (const token of ['not-a-jwt-Secret', jwt({ sub: 1 })]) {
      let error: unknown;
      try { apiDomainOf(token); } catch (e) { error = e; }
      expect(error).toBeInstanceOf(TypeError);
      expect(String(error)).not.toContain(token);
    }
  });
});

describe('authorizationUrl and parseAuthorizationRedirect', () => {
  it('builds the page URL with client_id, a fresh state and the mode', () => {
    const first = authorizationUrl({ clientId: 'client-1', mode: 'post_message' });
    const second = authorizationUrl({ clientId: 'client-1' });
    const url = new URL(first.url);
    expect(url.origin + url.pathname).toBe('https://www.amocrm.ru/oauth');
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: 'client-1', state: first.state, mode: 'post_message' });
    expect(first.state).toMatch(/^[0-9a-f]{32}$/);
    expect(second.state).not.toBe(first.state);
    expect(new URL(second.url).searchParams.has('mode')).toBe(false);
    expect(authorizationUrl({ clientId: 'c', state: 'mine', domain: 'kommo.com' }).url).toBe('https://www.kommo.com/oauth?client_id=c&state=mine');
  });

  it('reads the redirect when the state is the one sent', () => {
    const { state } = authorizationUrl({ clientId: 'client-1' });
    const redirect = `https://example.com/oauth?code=def502-Code&referer=example.amocrm.ru&state=${state}&platform=1`;
    expect(parseAuthorizationRedirect(redirect, state)).toEqual({
      code: 'def502-Code', referer: 'example.amocrm.ru', state, platform: 1, fromWidget: false, fromExchange: false,
    });
    expect(parseAuthorizationRedirect(new URLSearchParams('code=c&from_widget=1&platform=2'), null))
      .toMatchObject({ code: 'c', fromWidget: true, platform: 2, state: undefined });
    expect(parseAuthorizationRedirect('?code=c&from_exchange=1&state=s', 's').fromExchange).toBe(true);
  });

  it('refuses a foreign or missing state, a refusal and a redirect without code', () => {
    const refused = (redirect: string, expected: string | null) => {
      try {
        parseAuthorizationRedirect(redirect, expected);
      } catch (error) {
        expect(error).toBeInstanceOf(AmoAuthorizationRedirectError);
        expect(String(error)).not.toContain('Code-9');
        return (error as AmoAuthorizationRedirectError).problem;
      }
      return 'accepted';
    };
    expect(refused('?code=Code-9&state=forged', 'sent')).toBe('state-mismatch');
    expect(refused('?code=Code-9', 'sent')).toBe('state-mismatch');
    expect(refused('?code=Code-9&state=unexpected', null)).toBe('state-mismatch');
    expect(refused('?error=access_denied&state=sent', 'sent')).toBe('denied');
    expect(refused('?state=sent', 'sent')).toBe('no-code');
  });
});
