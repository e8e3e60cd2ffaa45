// Redocly decorator: writes `x-codeSamples` (curl, the TypeScript client, PHP and Python) into every operation
// at bundle time, from the operation's method, path, parameter examples and request example.
// An operation that already carries hand-written `x-codeSamples` keeps them.
'use strict';

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const TOKEN_ENV = 'AMOCRM_TOKEN';

/** The first example a parameter, media type or schema shows: `example`, then the first of `examples`. */
function firstExample(node, resolve, from) {
  if (!node) return { found: false };
  if (node.example !== undefined) return { found: true, value: node.example };
  const named = node.examples && typeof node.examples === 'object' ? Object.values(node.examples) : [];
  if (Array.isArray(node.examples) && node.examples.length > 0) return { found: true, value: node.examples[0] };
  for (const entry of named) {
    const { node: example } = resolve(entry, from);
    if (example && example.value !== undefined) return { found: true, value: example.value };
  }
  return { found: false };
}

/** `https://{subdomain}.{domain}` with each variable's default: `https://example.amocrm.ru`. */
function serverUrl(servers) {
  const server = (servers || [])[0];
  if (!server || !server.url) return 'https://example.amocrm.ru';
  return server.url.replace(/\{([^}]+)\}/g, (whole, name) => {
    const variable = server.variables && server.variables[name];
    return variable && variable.default !== undefined ? String(variable.default) : whole;
  }).replace(/\/$/, '');
}

/**
 * amoCRM reads query strings PHP-style: `filter[task_type][]=2&filter[updated_at][from]=1`; an
 * array of objects is indexed (`[0][pipeline_id]`), as the client sends it, since PHP starts a new
 * element at every `[]`.
 */
function phpQueryPairs(name, value) {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    const indexed = value.some((item) => item !== null && typeof item === 'object');
    return value.flatMap((item, index) => phpQueryPairs(`${name}[${indexed ? index : ''}]`, item));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => phpQueryPairs(`${name}[${key}]`, item));
  }
  return [[name, value === null ? '' : String(value)]];
}

// The Chats API's curl sample writes its URL itself (it signs it): brackets and commas stay literal.
const encode = (text) => encodeURIComponent(text).replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%2C/g, ',');

function queryString(parameters) {
  const pairs = parameters.flatMap((p) => {
    if (Array.isArray(p.value) && p.explode === false) return [[p.name, p.value.join(',')]];
    return phpQueryPairs(p.name, p.value);
  });
  return pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
}

const shellQuote = (text) => `'${String(text).replace(/'/g, `'\\''`)}'`;

const isJson = (mediaType) => /[/+]json\b/.test(mediaType);

/**
 * The concrete request an operation's examples describe. `resolve(node, from)` follows a `$ref`
 * (returning `{ node, from }` with the base of the file it landed in); in-memory callers may
 * return the node as is.
 */
function exampleRequest({ method, path, operation, pathItem = {}, root = {}, resolve, from, rootFrom = from }) {
  const byKey = new Map();
  for (const list of [pathItem.parameters, operation.parameters]) {
    for (const entry of list || []) {
      const { node: parameter, from: paramFrom } = resolve(entry, from);
      if (parameter && parameter.name && parameter.in) {
        byKey.set(`${parameter.in}:${parameter.name}`, { parameter, from: paramFrom });
      }
    }
  }
  const parameters = [];
  for (const { parameter, from: paramFrom } of byKey.values()) {
    let example = firstExample(parameter, resolve, paramFrom);
    const { node: schema } = resolve(parameter.schema, paramFrom);
    if (!example.found && parameter.required) example = firstExample(schema, resolve, paramFrom);
    if (!example.found) continue;
    // An optional parameter shown at its default value only adds noise to the sample.
    if (!parameter.required && schema && schema.default !== undefined
      && JSON.stringify(schema.default) === JSON.stringify(example.value)) continue;
    parameters.push({ name: parameter.name, in: parameter.in, explode: parameter.explode, value: example.value });
  }

  let body;
  const { node: requestBody, from: bodyFrom } = resolve(operation.requestBody, from);
  if (requestBody && requestBody.content) {
    const [mediaType, media] = Object.entries(requestBody.content)[0] || [];
    if (mediaType) {
      const example = firstExample(media, resolve, bodyFrom);
      if (example.found) body = { mediaType, value: example.value };
    }
  }

  const security = operation.security !== undefined ? operation.security : root.security;
  const requirement = Array.isArray(security) ? security.find((r) => Object.keys(r).length > 0) : undefined;
  // A scheme that is a header of its own (`X-Refresh-Token`) is sent as that header, not as a bearer.
  const schemeName = requirement && Object.keys(requirement)[0];
  const schemes = (root.components && root.components.securitySchemes) || {};
  const scheme = schemeName ? resolve(schemes[schemeName], rootFrom).node : undefined;
  const apiKeyHeader = scheme && scheme.type === 'apiKey' && scheme.in === 'header'
    ? { name: scheme.name, env: `AMOCRM_${schemeName.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}` } : undefined;
  const authenticated = Boolean(requirement) && !apiKeyHeader;
  const servers = operation.servers || pathItem.servers || root.servers;
  return {
    method: method.toLowerCase(), path, operationId: operation.operationId, baseUrl: serverUrl(servers), parameters, body, authenticated,
    ...(apiKeyHeader ? { apiKeyHeader } : {}),
  };
}

// curl, PHP and Python come from HTTPSnippet (the snippet generator ReadMe maintains) fed the HAR
// request the examples describe; only the token is ours: each language reads it from the
// environment, and the generator is given a placeholder that is swapped for that read.
const TOKEN_PLACEHOLDER = 'AMOCRM_TOKEN_PLACEHOLDER_5f0c';
// A scheme that is a header of its own (X-Refresh-Token) gets its own placeholder, read the same way.
const KEY_PLACEHOLDER = 'AMOCRM_KEY_PLACEHOLDER_7d2e';

function pathWithValues(request) {
  return request.path.replace(/\{([^}]+)\}/g, (whole, name) => {
    const p = request.parameters.find((x) => x.in === 'path' && x.name === name);
    return p ? encodeURIComponent(String(p.value)) : whole;
  });
}

function queryPairs(parameters) {
  return parameters.filter((p) => p.in === 'query').flatMap((p) => {
    if (Array.isArray(p.value) && p.explode === false) return [[p.name, p.value.join(',')]];
    return phpQueryPairs(p.name, p.value);
  });
}

/** The request as a HAR entry (what HTTPSnippet reads). */
function harRequest(request) {
  const { method, baseUrl, parameters, body, authenticated, apiKeyHeader } = request;
  const headers = [];
  if (authenticated) headers.push({ name: 'Authorization', value: `Bearer ${TOKEN_PLACEHOLDER}` });
  if (apiKeyHeader) headers.push({ name: apiKeyHeader.name, value: KEY_PLACEHOLDER });
  for (const p of parameters.filter((x) => x.in === 'header')) headers.push({ name: p.name, value: String(p.value) });
  let postData;
  if (body) {
    headers.push({ name: 'Content-Type', value: body.mediaType });
    if (isJson(body.mediaType)) {
      postData = { mimeType: body.mediaType, text: JSON.stringify(body.value) };
    } else if (body.value !== null && typeof body.value === 'object') {
      const params = phpQueryPairs('', body.value).map(([k, v]) => ({ name: k.replace(/^\[([^\]]*)\]/, '$1'), value: v }));
      postData = { mimeType: body.mediaType, params };
    } else {
      postData = { mimeType: body.mediaType, text: String(body.value) };
    }
  }
  return {
    method: method.toUpperCase(),
    url: baseUrl + pathWithValues(request),
    httpVersion: 'HTTP/1.1',
    queryString: queryPairs(parameters).map(([name, value]) => ({ name, value })),
    headers,
    cookies: [],
    headersSize: -1,
    bodySize: -1,
    ...(postData ? { postData } : {}),
  };
}

function snippet(request, target, client, options, token) {
  const { HTTPSnippet } = require('@readme/httpsnippet');
  const [source] = new HTTPSnippet(harRequest(request)).convert(target, client, options);
  const out = token(source);
  if (out.includes(TOKEN_PLACEHOLDER) || out.includes(KEY_PLACEHOLDER)) throw new Error(`code samples: the ${target} token placeholder was not replaced in ${request.path}`);
  return out;
}

// Brackets in filter names stay literal in the URL (that is what amoCRM's own URLs look like),
// hence --globoff; the token is read from the shell's environment, so in double quotes.
function curlSample(request) {
  const literalBrackets = queryPairs(request.parameters).length > 0;
  return snippet(request, 'shell', 'curl', { indent: '  ', globOff: literalBrackets, prettifyJson: true }, (source) => source
    .replace(`'Authorization: Bearer ${TOKEN_PLACEHOLDER}'`, `"Authorization: Bearer $${TOKEN_ENV}"`)
    .replace(`'${request.apiKeyHeader?.name}: ${KEY_PLACEHOLDER}'`, `"${request.apiKeyHeader?.name}: $${request.apiKeyHeader?.env}"`));
}

function phpSample(request) {
  return snippet(request, 'php', 'guzzle', { indent: '  ' }, (source) => source
    .replace(`'Bearer ${TOKEN_PLACEHOLDER}'`, `'Bearer ' . getenv('${TOKEN_ENV}')`)
    .replace(`'${KEY_PLACEHOLDER}'`, `getenv('${request.apiKeyHeader?.env}')`));
}

function pythonSample(request) {
  return snippet(request, 'python', 'requests', { indent: '    ' }, (source) => {
    const out = source.replace(`"Bearer ${TOKEN_PLACEHOLDER}"`, `"Bearer " + os.environ["${TOKEN_ENV}"]`)
      .replace(`"${KEY_PLACEHOLDER}"`, `os.environ["${request.apiKeyHeader?.env}"]`);
    return out === source ? out : `import os\n${out}`;
  });
}

const tsKey = (k) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : tsString(k));
const tsString = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** A JavaScript literal on one line: `{ path: { id: 56981 } }`. */
function tsInline(value) {
  if (Array.isArray(value)) return `[${value.map(tsInline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? `{ ${entries.map(([k, v]) => `${tsKey(k)}: ${tsInline(v)}`).join(', ')} }` : '{}';
  }
  return typeof value === 'string' ? tsString(value) : String(value);
}

/** A JavaScript literal for an example value: on one line where it fits, else one entry a line. */
function tsLiteral(value, indent = '') {
  const inline = tsInline(value);
  if (indent.length + inline.length <= 72 || value === null || typeof value !== 'object') return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  const entries = Object.entries(value).map(([k, v]) => `${inner}${tsKey(k)}: ${tsLiteral(v, inner)},`);
  return `{\n${entries.join('\n')}\n${indent}}`;
}

function typescriptSample(request) {
  return [
    "import { createAmoClient } from 'amocrm-openapi';",
    '',
    // An operation on a host of its own (the promo site) says so; every other is on the account's.
    request.baseUrl === 'https://example.amocrm.ru'
      ? `const amo = createAmoClient({ subdomain: 'example', token: process.env.${TOKEN_ENV}! });`
      : `const amo = createAmoClient({ baseUrl: ${tsString(request.baseUrl)}, token: process.env.${TOKEN_ENV}! });`,
    // The client throws typed errors (AmoApiError and subclasses) instead of returning `error`.
    `const { data } = await ${clientCall('amo', request)};`,
  ].join('\n');
}

// The token endpoint has no bearer, so the typed client cannot call it: the package wraps it in
// functions of their own. The secret comes from the environment, never from the example.
function tokenEndpointSample(request) {
  const body = (request.body && request.body.value) || {};
  const app = `clientId: ${tsLiteral(body.client_id)}, clientSecret: process.env.AMOCRM_CLIENT_SECRET!, redirectUri: ${tsLiteral(body.redirect_uri)}`;
  return [
    "import { exchangeCode, refreshTokens } from 'amocrm-openapi';",
    '',
    '// The first pair, for the code amoCRM sent to the redirect URI:',
    `const tokens = await exchangeCode({ subdomain: 'example', ${app}, code: ${tsLiteral(body.code ?? 'CODE')} });`,
    '// Later: a new pair. The refresh token sent is revoked, so store the new pair before using it.',
    `const next = await refreshTokens({ subdomain: 'example', ${app}, refreshToken: tokens.refreshToken });`,
    '// A client made with `oauth: { …, tokens, onTokens }` refreshes by itself.',
  ].join('\n');
}

function exchangeApiKeySample(request) {
  const body = (request.body && request.body.value) || {};
  return [
    "import { exchangeApiKey } from 'amocrm-openapi';",
    '',
    '// amoCRM sends the authorization code to the redirect URI (with from_exchange=1); 429 if called again within 5 minutes.',
    `await exchangeApiKey({ subdomain: 'example', login: ${tsLiteral(body.login)}, apiKey: process.env.AMOCRM_API_KEY!, clientUuid: ${tsLiteral(body.client_uuid)}, clientSecret: process.env.AMOCRM_CLIENT_SECRET! });`,
    '// Then, in the redirect URI handler: exchangeCode({ subdomain, clientId, clientSecret, redirectUri, code }).',
  ].join('\n');
}

function accountSubdomainSample() {
  return [
    "import { getAccountSubdomain } from 'amocrm-openapi';",
    '',
    "// Sent to the access token's api_domain host, with the refresh token (which stays valid).",
    'const account = await getAccountSubdomain({ accessToken: process.env.AMOCRM_TOKEN!, refreshToken: process.env.AMOCRM_REFRESH_TOKEN! });',
    'console.log(account.subdomain, account.domain);',
  ].join('\n');
}

const CLIENT_FUNCTION_SAMPLES = {
  createAccessToken: tokenEndpointSample, exchangeApiKey: exchangeApiKeySample, getAccountSubdomain: accountSubdomainSample,
};

// The Chats API (amojo host): no token, every request signed with the channel's secret. The TS
// sample uses the signing client; curl computes the four headers with md5sum and openssl.
const CHATS_PREFIX = '/v2/origin/custom/';
const SECRET_ENV = 'AMOJO_CHANNEL_SECRET';
const SIGNED_HEADERS = new Set(['Date', 'Content-MD5', 'X-Signature']);

function withoutSignedHeaders(request) {
  return { ...request, parameters: request.parameters.filter((p) => !(p.in === 'header' && SIGNED_HEADERS.has(p.name))) };
}

function clientCall(name, request) {
  const { method, path, parameters, body } = request;
  const init = {};
  const params = {};
  for (const where of ['path', 'query', 'header']) {
    const list = parameters.filter((p) => p.in === where);
    if (list.length) params[where] = Object.fromEntries(list.map((p) => [p.name, p.value]));
  }
  if (Object.keys(params).length) init.params = params;
  if (body) init.body = body.value;
  const args = Object.keys(init).length ? `${tsLiteral(path)}, ${tsLiteral(init)}` : tsLiteral(path);
  return `${name}.${method.toUpperCase()}(${args})`;
}

function chatsTypescriptSample(request) {
  return [
    "import { createChatsClient } from 'amocrm-openapi/chats';",
    '',
    '// Signs every request (Date, Content-MD5, X-Signature) with the channel\'s secret.',
    `const chats = createChatsClient({ secret: process.env.${SECRET_ENV}! });`,
    '// openapi-fetch\'s result: `data` on success, the JSON `error` otherwise.',
    `const { data, error } = await ${clientCall('chats', withoutSignedHeaders(request))};`,
  ].join('\n');
}

function chatsCurlSample(request) {
  const unsigned = withoutSignedHeaders(request);
  const { method, path, parameters, body } = unsigned;
  const url = path.replace(/\{([^}]+)\}/g, (whole, name) => {
    const p = parameters.find((x) => x.in === 'path' && x.name === name);
    return p ? encodeURIComponent(String(p.value)) : whole;
  });
  const query = queryString(parameters.filter((p) => p.in === 'query'));
  const lines = [];
  lines.push(`BODY=${shellQuote(body ? JSON.stringify(body.value) : '')}`);
  lines.push("DATE=$(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S +0000')");
  lines.push('MD5=$(printf \'%s\' "$BODY" | md5sum | cut -d\' \' -f1)');
  lines.push(`SIGNATURE=$(printf '%s\\n%s\\n%s\\n%s\\n%s' ${method.toUpperCase()} "$MD5" application/json "$DATE" ${shellQuote(url)} \\\n  | openssl dgst -sha1 -hmac "$${SECRET_ENV}" | sed 's/^.* //')`);
  const curl = [`curl${query ? ' -g' : ''}${method === 'get' ? '' : ` -X ${method.toUpperCase()}`} ${shellQuote(request.baseUrl + url + (query ? `?${query}` : ''))}`,
    '-H "Date: $DATE"', "-H 'Content-Type: application/json'", '-H "Content-MD5: $MD5"', '-H "X-Signature: $SIGNATURE"'];
  if (body) curl.push('--data-binary "$BODY"');
  return [...lines, curl.join(' \\\n  ')].join('\n');
}

// The Files API (the account's drive host): the main client's token, pointed at drive_url.
const DRIVE_PREFIX = '/v1.0/';

function driveTypescriptSample(request) {
  return [
    "import { createFilesClient } from 'amocrm-openapi/drive';",
    '',
    '// The account\'s drive host: drive_url of GET /api/v4/account?with=drive_url (getDriveUrl).',
    `const files = createFilesClient({ driveUrl: ${tsLiteral(request.baseUrl)}, token: process.env.${TOKEN_ENV}! });`,
    `const { data } = await ${clientCall('files', request)};`,
  ].join('\n');
}

/** The samples every operation gets, in tab order: `lang` is a language id Redoc knows, `label` the tab. */
const SAMPLE_LANGUAGES = [
  { lang: 'Shell', label: 'curl' },
  { lang: 'TypeScript', label: 'TypeScript client' },
  { lang: 'PHP', label: 'PHP' },
  { lang: 'Python', label: 'Python' },
];

function codeSamples(request) {
  if (request.path.startsWith(CHATS_PREFIX)) {
    return [
      { lang: 'Shell', label: 'curl', source: chatsCurlSample(request) },
      { lang: 'TypeScript', label: 'TypeScript client', source: chatsTypescriptSample(request) },
    ];
  }
  const typescript = CLIENT_FUNCTION_SAMPLES[request.operationId]
    || (request.path.startsWith(DRIVE_PREFIX) ? driveTypescriptSample : typescriptSample);
  return [
    { lang: 'Shell', label: 'curl', source: curlSample(request) },
    { lang: 'TypeScript', label: 'TypeScript client', source: typescript(request) },
    { lang: 'PHP', label: 'PHP', source: phpSample(request) },
    { lang: 'Python', label: 'Python', source: pythonSample(request) },
  ];
}

function CodeSamplesDecorator() {
  let root = {};
  let pathItem = {};
  let path;
  let rootFrom;
  return {
    Root: {
      enter(node, ctx) {
        root = node;
        rootFrom = ctx.location.source.absoluteRef;
      },
    },
    PathItem: {
      enter(node, ctx) {
        pathItem = node;
        path = typeof ctx.key === 'string' && ctx.key.startsWith('/') ? ctx.key : undefined;
      },
    },
    Operation: {
      enter(operation, ctx) {
        const method = String(ctx.key).toLowerCase();
        if (!path || !HTTP_METHODS.has(method) || operation['x-codeSamples']) return;
        const resolve = (node, from) => {
          if (!node || typeof node.$ref !== 'string') return { node, from };
          const resolved = ctx.resolve(node, from);
          return { node: resolved.node, from: resolved.location ? resolved.location.source.absoluteRef : from };
        };
        const request = exampleRequest({
          method, path, operation, pathItem, root, resolve, from: ctx.location.source.absoluteRef, rootFrom,
        });
        operation['x-codeSamples'] = codeSamples(request);
      },
    },
  };
}

module.exports = {
  CodeSamplesDecorator, exampleRequest, codeSamples, curlSample, typescriptSample, phpSample, pythonSample, harRequest,
  SAMPLE_LANGUAGES, phpQueryPairs, serverUrl,
};
