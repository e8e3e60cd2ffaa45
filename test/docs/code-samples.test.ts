// The code-sample decorator (scripts/redocly/code-samples.cjs) on a small in-memory description,
// and its output in the committed bundle.
import {
  codeSamples, exampleRequest, phpQueryPairs, serverUrl, type Resolve,
} from '../../scripts/redocly/code-samples.cjs';
import { loadBundledSpec, operationsOf, type JsonObject } from '../helpers/spec';

const doc = {
  servers: [{ url: 'https://{subdomain}.{domain}', variables: { subdomain: { default: 'example' }, domain: { default: 'amocrm.ru' } } }],
  security: [{ longLivedToken: [] }],
  components: {
    parameters: {
      NoteId: { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, example: 42 },
      Page: { name: 'page', in: 'query', schema: { type: 'integer', default: 1 }, example: 1 },
      Filter: {
        name: 'filter', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' },
        examples: {
          byType: { value: { note_type: [4, 5], updated_at: { from: 1575364000 } } },
          other: { value: { id: 1 } },
        },
      },
      With: { name: 'with', in: 'query', explode: false, schema: { type: 'array' }, example: ['contacts', 'leads'] },
    },
    examples: {
      NoteRequest: { summary: 'A note', value: { text: "It's done", params: { 'x-y': 'Встреча' } } },
    },
  },
};

// Follows local `#/components/...` refs in the in-memory description.
const resolve: Resolve = (node, from) => {
  const ref = (node as { $ref?: string } | undefined)?.$ref;
  if (!ref) return { node, from };
  const target = ref.replace(/^#\//, '').split('/').reduce<any>((at, key) => at?.[key], doc);
  return { node: target, from };
};

const pathItem = { parameters: [{ $ref: '#/components/parameters/NoteId' }] };
const operation = {
  parameters: [
    { $ref: '#/components/parameters/Page' },
    { $ref: '#/components/parameters/Filter' },
    { $ref: '#/components/parameters/With' },
  ],
  requestBody: {
    content: {
      'application/json': {
        schema: { type: 'object' },
        examples: { first: { $ref: '#/components/examples/NoteRequest' }, second: { value: { text: 'no' } } },
      },
    },
  },
};

describe('code samples (x-codeSamples decorator)', () => {
  const request = exampleRequest({ method: 'PATCH', path: '/api/v4/notes/{id}', operation, pathItem, root: doc, resolve });
  const [curl, ts, php, python] = codeSamples(request);

  it('takes the URL from the first server with its variables\' defaults', () => {
    expect(request.baseUrl).toBe('https://example.amocrm.ru');
    expect(serverUrl([{ url: 'https://www.amocrm.ru/' }])).toBe('https://www.amocrm.ru');
  });

  it('uses path parameters from their examples, and the first named example of each query parameter', () => {
    expect(request.parameters).toEqual([
      { name: 'id', in: 'path', explode: undefined, value: 42 },
      { name: 'filter', in: 'query', explode: true, value: { note_type: [4, 5], updated_at: { from: 1575364000 } } },
      { name: 'with', in: 'query', explode: false, value: ['contacts', 'leads'] },
    ]); // `page` is left out: its example is its default
  });

  it('serialises filters PHP-style', () => {
    expect(phpQueryPairs('filter', { id: [5, 6], updated_at: { from: 1 } })).toEqual([
      ['filter[id][]', '5'], ['filter[id][]', '6'], ['filter[updated_at][from]', '1'],
    ]);
  });

  it('writes a curl command (HTTPSnippet) with literal brackets, the bearer from the environment and the first named request example', () => {
    expect(curl!.label).toBe('curl');
    expect(curl!.lang).toBe('Shell');
    const lines = curl!.source.split(' \\\n  ');
    expect(lines[0]).toBe('curl --request PATCH');
    expect(lines).toContain('--globoff');
    expect(lines).toContain("--url 'https://example.amocrm.ru/api/v4/notes/42?filter[note_type][]=4&filter[note_type][]=5"
      + "&filter[updated_at][from]=1575364000&with=contacts,leads'");
    expect(lines).toContain('--header "Authorization: Bearer $AMOCRM_TOKEN"');
    expect(lines).toContain("--header 'Content-Type: application/json'");
    // the body is the example's, as JSON
    const body = /--data @- <<EOF\n([\s\S]*)\nEOF$/.exec(curl!.source)![1]!;
    expect(JSON.parse(body)).toEqual({ text: "It's done", params: { 'x-y': 'Встреча' } });
  });

  it('writes PHP (Guzzle) and Python (requests) for the same request, the token read from the environment', () => {
    expect([php!.lang, php!.label, python!.lang, python!.label]).toEqual(['PHP', 'PHP', 'Python', 'Python']);
    const encoded = 'https://example.amocrm.ru/api/v4/notes/42?filter%5Bnote_type%5D%5B%5D=4&filter%5Bnote_type%5D%5B%5D=5'
      + '&filter%5Bupdated_at%5D%5Bfrom%5D=1575364000&with=contacts%2Cleads';
    expect(php!.source).toContain(`$client->request('PATCH', '${encoded}', [`);
    expect(php!.source).toContain("'Authorization' => 'Bearer ' . getenv('AMOCRM_TOKEN'),");
    expect(php!.source).toContain(`'body' => '{"text":"It\\'s done","params":{"x-y":"Встреча"}}',`);
    expect(python!.source).toMatch(/^import os\nimport requests\n/);
    expect(python!.source).toContain(`url = "${encoded}"`);
    expect(python!.source).toContain('"Authorization": "Bearer " + os.environ["AMOCRM_TOKEN"],');
    expect(python!.source).toContain('response = requests.patch(url, json=payload, headers=headers)');
    for (const sample of [curl, php, python]) expect(sample!.source).not.toMatch(/PLACEHOLDER/);
  });

  it('writes a TypeScript client call with the same parameters and body', () => {
    expect(ts!.lang).toBe('TypeScript');
    expect(ts!.source).toContain("import { createAmoClient } from 'amocrm-openapi';");
    expect(ts!.source).toContain("const amo = createAmoClient({ subdomain: 'example', token: process.env.AMOCRM_TOKEN! });");
    expect(ts!.source).toContain("const { data } = await amo.PATCH('/api/v4/notes/{id}', {");
    expect(ts!.source).toContain('path: { id: 42 },');
    expect(ts!.source).toContain("filter: { note_type: [4, 5], updated_at: { from: 1575364000 } },");
    expect(ts!.source).toContain("body: { text: 'It\\'s done', params: { 'x-y': 'Встреча' } },");
  });

  it('sends no Authorization header where the operation needs no security', () => {
    const open = exampleRequest({ method: 'get', path: '/oauth2/info', operation: { security: [] }, root: doc, resolve });
    const [openCurl, openTs, openPhp, openPython] = codeSamples(open);
    expect(openCurl!.source).toBe('curl --request GET \\\n  --url https://example.amocrm.ru/oauth2/info');
    expect(openPhp!.source).not.toMatch(/Authorization/);
    expect(openPython!.source).not.toMatch(/Authorization|import os/);
    expect(openTs!.source).toMatch(/await amo\.GET\('\/oauth2\/info'\);$/);
  });

  it('sends a header scheme (X-Refresh-Token) as its header, not as a bearer, on the operation\'s own server', () => {
    const root = { ...doc, components: { ...doc.components, securitySchemes: { refreshToken: { type: 'apiKey', in: 'header', name: 'X-Refresh-Token' } } } };
    const request = exampleRequest({
      method: 'get', path: '/oauth2/whoami', operation: { security: [{ refreshToken: [] }] },
      pathItem: { servers: [{ url: 'https://{api_domain}', variables: { api_domain: { default: 'api-a.amocrm.ru' } } }] }, root, resolve,
    });
    const [curl, ts] = codeSamples(request);
    expect(curl!.source).toContain('https://api-a.amocrm.ru/oauth2/whoami');
    expect(curl!.source).toContain('"X-Refresh-Token: $AMOCRM_REFRESH_TOKEN"');
    expect(curl!.source).not.toContain('Authorization');
    expect(ts!.source).toContain("createAmoClient({ baseUrl: 'https://api-a.amocrm.ru',");
  });
});

describe('the bundle carries the samples', () => {
  const bundled = loadBundledSpec();
  const operations = operationsOf(bundled);

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))('%s has curl, TypeScript, PHP and Python samples', (_name, o) => {
    const samples = o.operation['x-codeSamples'] as Array<{ label: string; source: string }>;
    // The Chats API (signed with the channel secret) and a drive part (sent to a URL the drive gives)
    // have their own curl and the package's helpers, no PHP or Python.
    const ownSamples = o.path.startsWith('/v2/origin/custom/') || o.operation.operationId === 'uploadDriveFilePart';
    expect(samples.map((s) => s.label)).toEqual(ownSamples ? ['curl', 'TypeScript client'] : ['curl', 'TypeScript client', 'PHP', 'Python']);
    // The token endpoint has no bearer: its sample uses the package's own functions instead.
    // The OAuth calls without a bearer use the package's own functions; no secret from an example.
    const functions: Record<string, RegExp> = {
      createAccessToken: /await exchangeCode\(\{[\s\S]*await refreshTokens\(\{/,
      exchangeApiKey: /await exchangeApiKey\(\{/,
      getAccountSubdomain: /await getAccountSubdomain\(\{/,
    };
    const own = functions[o.operation.operationId as string];
    if (own) {
      expect(samples[1]!.source).toMatch(own);
      expect(samples[1]!.source).not.toMatch(/client_secret|clientSecret: '|apiKey: '|refreshToken: '/);
    }
    // On the operation's own server where it has one (the account-domain lookups), else the account's.
    const host = serverUrl((bundled.paths as Record<string, JsonObject>)[o.path]!.servers).replace(/\./g, '\\.');
    const urlPath = o.path.replace(/\{[^}]+\}/g, '[^/?\']+');
    // HTTPSnippet's curl: the method, then the URL on the operation's host (brackets kept literal).
    const snippetCurl = (h: string) => new RegExp(`^curl --request ${o.method.toUpperCase()} \\\\\\n(  --globoff \\\\\\n)?  --url '?${h}${urlPath}([?' \\n]|$)`);
    if (o.path.startsWith('/v2/origin/custom/')) {
      // The Chats API: its own host, no token, the signing client; curl computes the signature.
      expect(samples[1]!.source).toContain(`chats.${o.method.toUpperCase()}('${o.path}'`);
      expect(samples[1]!.source).not.toMatch(/X-Signature'?:/);
      expect(samples[0]!.source).toMatch(new RegExp(`^curl .*'https://amojo\\.amocrm\\.ru${urlPath}[?']`, 'm'));
      expect(samples[0]!.source).toContain('openssl dgst -sha1 -hmac "$AMOJO_CHANNEL_SECRET"');
      expect(samples[0]!.source).not.toContain('Authorization');
    } else if (o.operation.operationId === 'uploadDriveFilePart') {
      // A part goes to the absolute URL the previous answer gave: the sample is the upload helper.
      expect(samples[1]!.source).toMatch(/await uploadDriveFile\(files, /);
      expect(samples[0]!.source).toContain('curl -X POST "$UPLOAD_URL"');
    } else if (o.path.startsWith('/v1.0/')) {
      // The Files API: the account's drive host.
      expect(samples[1]!.source).toContain(`files.${o.method.toUpperCase()}('${o.path}'`);
      expect(samples[0]!.source).toMatch(snippetCurl('https://drive-b\\.amocrm\\.ru'));
    } else {
      if (!own) expect(samples[1]!.source).toContain(`amo.${o.method.toUpperCase()}('${o.path}'`);
      expect(samples[0]!.source).toMatch(snippetCurl(host));
    }
  });
});
