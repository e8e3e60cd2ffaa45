// The typed client against the Prism mock: one call per operation of the spec, built from the
// operation's own examples (as its code sample is), answering the documented status and a body
// that validates against the response schema and equals the documented example, but for what the
// mock makes agree with the request (its links on the mock, the path's values echoed).
import { createAmoClient, type AmoClient } from '../../src';
import { createChatsClient, type ChatsClient } from '../../src/chats';
import { startMock, type RunningMock } from '../helpers/mock';
import { unexpectedDifferences } from '../helpers/mock-answer';
import { deref, firstExample, loadBundledSpec, operationsOf, successResponse, type JsonObject } from '../helpers/spec';
import { createSpecValidator, specPointer } from '../helpers/spec-validator';

const { exampleRequest } = require('../../scripts/redocly/code-samples.cjs') as {
  exampleRequest: (input: object) => {
    parameters: Array<{ name: string; in: string; value: unknown }>;
    body?: { mediaType: string; value: unknown };
    apiKeyHeader?: { name: string };
  };
};

const spec = loadBundledSpec();
const validator = createSpecValidator(spec);

const resolve = (node: unknown, from: unknown) => ({ node: deref(spec, node), from });

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
type LooseCall = (path: string, init: object) => Promise<{ data?: unknown; response: Response }>;

describe('createAmoClient against the mock: one call per operation', () => {
  let mock: RunningMock;
  let amo: AmoClient;
  // The Chats API's operations go through its own client, which signs them (the mock checks that
  // the signing headers are there and well-formed, not the signature: test/client/chats.test.ts does).
  let chats: ChatsClient;
  beforeAll(async () => {
    mock = await startMock();
    amo = createAmoClient({ baseUrl: mock.baseUrl, token: 'any', rateLimit: false });
    chats = createChatsClient({ baseUrl: mock.baseUrl, secret: 'any-channel-secret' });
  });
  afterAll(async () => {
    await mock?.stop();
  });

  const operations = operationsOf(spec);
  it('covers every operation of the spec', () => {
    // Tasks 5, custom fields and groups 56, widgets and bots 6, OAuth 1; account 1, leads 6,
    // contacts 7, companies 5, pipelines and statuses 10, users and roles 8.
    expect(operations.length).toBeGreaterThanOrEqual(105);
  });

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))('%s', async (_name, o) => {
    const pathItem = (spec.paths as Record<string, JsonObject>)[o.path]!;
    const request = exampleRequest({ method: o.method, path: o.path, operation: o.operation, pathItem, root: spec, resolve, from: '' });
    const chatsApi = o.path.startsWith('/v2/origin/custom/');
    const params: Record<string, Record<string, unknown>> = {};
    for (const p of request.parameters) {
      if (chatsApi && p.in === 'header') continue; // the signing headers: the client computes them
      (params[p.in] ??= {})[p.name] = p.value;
    }
    // A scheme of its own header (X-Refresh-Token) is sent as that header; the bearer goes too, unused.
    const headers = request.apiKeyHeader ? { headers: { [request.apiKeyHeader.name]: 'any' } } : {};
    const init: Record<string, unknown> = { params, ...headers, ...(request.body ? { body: request.body.value } : {}) };
    const requestTypes = o.operation.requestBody
      ? Object.keys(deref<JsonObject>(spec, o.operation.requestBody).content as JsonObject) : [];
    if (requestTypes[0] === 'application/octet-stream') {
      // A file part (the Files API's upload): raw bytes, no JSON.
      Object.assign(init, { body: new TextEncoder().encode('part bytes'), bodySerializer: (b: unknown) => b, headers: { 'Content-Type': 'application/octet-stream' } });
    }

    // The paths are literal and typed; this loop over all of them goes through one loose signature.
    const client = chatsApi ? chats : amo;
    const call = (client[o.method.toUpperCase() as Method] as unknown as LooseCall).bind(client);
    const { data, response } = await call(o.path, init);

    const success = successResponse(spec, o.operation)!;
    expect(response.status).toBe(success.status);
    const content = success.response.content as Record<string, JsonObject> | undefined;
    if (!content) {
      expect(data).toBeUndefined();
      return;
    }
    const [mediaType, media] = Object.entries(content)[0]!;
    const pathValues = Object.fromEntries(request.parameters.filter((p) => p.in === 'path').map((p) => [p.name, String(p.value)]));
    expect(unexpectedDifferences(firstExample(spec, media).value, data, mock.baseUrl, new URL(response.url).pathname, pathValues))
      .toEqual([]);
    const declared = (o.operation.responses as JsonObject)[String(success.status)] as JsonObject;
    const validate = validator.compile(typeof declared.$ref === 'string'
      ? `${declared.$ref}/content/${mediaType.replace(/\//g, '~1')}/schema`
      : specPointer('paths', o.path, o.method, 'responses', String(success.status), 'content', mediaType, 'schema'));
    expect(validate(data)).toBe(true);
  });
});
