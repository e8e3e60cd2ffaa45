// The mock (`npm run mock`) as a developer meets it: documented examples, the empty-list 204,
// 400 problem+json for an invalid body, 401 without a token. Generic over the spec where it can be.
// What the layer in front of Prism adds is tested in layer.test.ts.
import {
  deref, errorMediaType, firstExample, loadBundledSpec, operationsOf, requiredHeaders, successResponse, type JsonObject,
} from '../helpers/spec';
import { startMock, type RunningMock } from '../helpers/mock';
import { pathValuesOf, unexpectedDifferences } from '../helpers/mock-answer';

const spec = loadBundledSpec();
const operations = operationsOf(spec);
const gets = operations.filter((o) => o.method === 'get');
/** The bearer, plus the headers an operation requires (the Chats API's signing headers, at their examples). */
const headersFor = (o: (typeof operations)[number]) => ({ ...(byRefreshToken(o) ? { 'X-Refresh-Token': 'any' } : AUTH), ...requiredHeaders(spec, o.path, o.operation) });
/** The account-domain lookup takes the refresh token (X-Refresh-Token) instead of a bearer. */
const byRefreshToken = (o: (typeof operations)[number]) => (o.operation.security as JsonObject[] | undefined)?.some((r) => 'refreshToken' in r) ?? false;
/** Operations behind the bearer token: not the Chats API, whose requests are signed instead. */
const withToken = (o: (typeof operations)[number]) => ((o.operation.security ?? spec.security) as object[])
  .some((requirement) => Object.keys(requirement).length > 0);
const AUTH = { Authorization: 'Bearer any' };

/** The URL of an operation's curl sample (built from its examples), moved onto the mock. */
function sampleUrl(operation: JsonObject, baseUrl: string): string {
  const curl = (operation['x-codeSamples'] as Array<{ label: string; source: string }>).find((s) => s.label === 'curl')!;
  // HTTPSnippet's `--url …`, or the Chats API's own signed curl (`curl 'https://amojo…'`).
  const found = /--url '?(https?:\/\/[^'\s]+)/.exec(curl.source) ?? /^curl [^\n']*'(https?:\/\/[^']+)'/m.exec(curl.source);
  const url = new URL(found![1]!);
  return `${baseUrl}${url.pathname}${url.search}`;
}

describe('the mock (Prism, static, behind the layer)', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(async () => {
    await mock?.stop();
  });

  it.each(gets.map((o) => [`GET ${o.path}`, o] as const))('%s answers its documented example (links on the mock, the path echoed)', async (_name, o) => {
    const success = successResponse(spec, o.operation)!;
    const [mediaType, media] = Object.entries(success.response.content as Record<string, JsonObject>)[0]!;
    const url = sampleUrl(o.operation, mock.baseUrl);
    const res = await fetch(url, { headers: headersFor(o) });
    expect(res.status).toBe(success.status);
    expect(res.headers.get('content-type')).toContain(mediaType);
    const { pathname } = new URL(url);
    expect(unexpectedDifferences(firstExample(spec, media).value, await res.json(), mock.baseUrl, pathname,
      pathValuesOf(o.path, pathname))).toEqual([]);
  });

  const lists = operations.filter((o) => deref(spec, (o.operation.responses as JsonObject)['204']) !== undefined
    && o.method === 'get');
  it.each(lists.map((o) => [`GET ${o.path}`, o] as const))('%s answers 204 with no body for Prefer: code=204', async (_name, o) => {
    const res = await fetch(sampleUrl(o.operation, mock.baseUrl), { headers: { ...headersFor(o), Prefer: 'code=204' } });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });

  it.each(gets.filter(withToken).map((o) => [`GET ${o.path}`, o] as const))('%s answers 401 (problem+json on the account\'s host) without a bearer token', async (_name, o) => {
    const res = await fetch(sampleUrl(o.operation, mock.baseUrl));
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain(errorMediaType(spec, o.operation, 401));
  });

  it('answers 400 problem+json to an invalid task body, naming the violations', async () => {
    const res = await fetch(`${mock.baseUrl}/api/v4/tasks`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify([{ text: 42 }]), // text must be a string; complete_till is missing
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const violations = JSON.parse(res.headers.get('sl-violations') ?? '[]') as Array<{ message: string }>;
    expect(violations.map((v) => v.message).join('\n')).toMatch(/complete_till/);
    expect((await res.json() as JsonObject).status).toBe(400);
  });

  it('accepts the documented task body (the 400 above is about the body, not the route)', async () => {
    const post = operations.find((o) => o.path === '/api/v4/tasks' && o.method === 'post')!;
    const media = (deref(spec, post.operation.requestBody).content as Record<string, JsonObject>)['application/json']!;
    const res = await fetch(`${mock.baseUrl}/api/v4/tasks`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify(firstExample(spec, media).value),
    });
    expect(res.status).toBe(200);
  });
});
