// The thin layer in front of Prism: Prism answers every request (examples, `Prefer`, security,
// validation); the layer only does what Prism cannot, for every operation of the spec alike:
// - reads PHP-style filters (`filter[task_type][]=2`) and checks them against their schema;
// - lets `Accept: application/json` reach the operation's `+json` answers instead of a 406;
// - turns a rejected request (and malformed JSON) into a problem+json naming what is wrong (sent as
//   application/json where the operation's errors are plain JSON: the Chats and Files APIs);
// - makes the fixed answer agree with the request (links, path values, pages: answer.mjs).
import { createServer, request as httpRequest } from 'node:http';
import { agreeWithRequest } from './answer.mjs';
import { parsePhpQuery, queryPairs } from './php-query.mjs';
import { validationProblem } from './problem.mjs';
import { indexSpec } from './spec-index.mjs';
import { createValidators, fromPrism, simplify } from './violations.mjs';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);
const isJson = (type) => /^[^;]*[/+]json\s*(;|$)/i.test(type ?? '');

const readAll = (stream) => new Promise((resolve, reject) => {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => resolve(Buffer.concat(chunks)));
  stream.on('error', reject);
});

/** `Accept: application/json` also accepts the operation's structured `+json` types (HAL, problem). */
function widenAccept(accept, operation) {
  if (!accept || !operation) return accept;
  const ranges = accept.split(',').map((r) => r.split(';')[0].trim().toLowerCase());
  if (!ranges.includes('application/json')) return accept;
  const extra = operation.responseJsonTypes.filter((t) => !ranges.includes(t.toLowerCase()));
  return extra.length ? `${accept}, ${extra.join(', ')}` : accept;
}

/** The layer's own checks of a request's query: the PHP-style parameters, against their schemas. */
function checkDeepObjects(operation, rawQuery, validators) {
  if (!operation.deepObjectParams.length) return [];
  const parsed = parsePhpQuery(rawQuery);
  return operation.deepObjectParams.flatMap(({ name, schema }) => {
    const value = parsed[name];
    if (value === undefined) return [];
    if (typeof value !== 'object') {
      return [{ in: 'query', at: [name], code: 'type', message: `must be sent PHP-style, as ${name}[key]=value` }];
    }
    return validators.query(name, schema, value);
  });
}

/** The query Prism gets: without the PHP-style parameters, which it would misread. */
function prismQuery(operation, rawQuery) {
  if (!operation?.deepObjectParams.length) return rawQuery;
  const names = new Set(operation.deepObjectParams.map((p) => p.name));
  return rawQuery.split('&').filter((pair) => pair && !names.has(queryPairs(pair)[0]?.[0].split('[')[0])).join('&');
}

function ask(upstream, { method, path, headers, body }) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: upstream.host, port: upstream.port, method, path, headers }, async (res) => {
      try { resolve({ status: res.statusCode, headers: res.headers, body: await readAll(res) }); } catch (e) { reject(e); }
    });
    req.on('error', reject);
    req.end(body);
  });
}

function send(res, status, headers, body) {
  const out = Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP_BY_HOP.has(k.toLowerCase())));
  if (body === undefined || status === 204 || status === 304) {
    delete out['content-type'];
    res.writeHead(status, out).end();
    return;
  }
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  res.writeHead(status, { ...out, 'content-length': bytes.length }).end(bytes);
}

const problemHeaders = (headers, type = 'application/problem+json') => ({ ...headers, 'content-type': type });

/** An HTTP server answering as the spec says, through Prism at `upstream` ({ host, port }). */
export function createMockLayer({ spec, upstream }) {
  const index = indexSpec(spec);
  const validators = createValidators(spec);

  async function handle(req, res) {
    const raw = await readAll(req);
    const [pathname, rawQuery = ''] = (req.url ?? '/').split(/\?(.*)/s);
    const found = index.match(req.method ?? 'GET', pathname);
    const operation = found?.operation;

    const own = [];
    let body;
    let malformed = false;
    if (operation && raw.length && isJson(req.headers['content-type'])) {
      try { body = JSON.parse(raw.toString('utf8')); } catch (error) {
        malformed = true;
        // The parser's message quotes the body, which may hold secrets: keep only the position.
        const position = /position (\d+)/.exec(String(error.message))?.[1];
        own.push({ in: 'body', at: [], code: 'invalid_json', message: `is not valid JSON${position ? ` (at character ${position})` : ''}` });
      }
    }
    if (operation) own.push(...checkDeepObjects(operation, rawQuery, validators));

    const headers = { ...req.headers, accept: widenAccept(req.headers.accept, operation) };
    if (headers.accept === undefined) delete headers.accept;
    const query = prismQuery(operation, rawQuery);
    // Malformed JSON is not forwarded: Prism would answer its own non-problem 400 before checking the token.
    if (malformed) {
      delete headers['content-type'];
      delete headers['content-length'];
    }
    const answer = await ask(upstream, {
      method: req.method, path: `${pathname}${query ? `?${query}` : ''}`, headers, body: malformed ? undefined : raw,
    });
    if (!operation || answer.status === 401) return send(res, answer.status, answer.headers, answer.body);

    // What Prism found wrong, plus the layer's own findings.
    let prismFound = [];
    const answerJson = isJson(answer.headers['content-type']) ? safeJson(answer.body) : undefined;
    const listed = answer.headers['sl-violations'] ? safeJson(Buffer.from(answer.headers['sl-violations']))
      : answer.status === 422 && answerJson?.validation;
    if (!malformed && answer.status >= 400) prismFound = fromPrism(listed);
    // The body is checked here too: ajv names the property Prism's prose leaves out, and enforces
    // what Prism lets through (`unevaluatedProperties`).
    if (!malformed && body !== undefined && operation.requestSchema) {
      const checked = validators.body(operation.requestSchema, body);
      if (checked.length) prismFound = [...prismFound.filter((v) => v.in !== 'body'), ...checked];
    }
    const violations = simplify([...own, ...prismFound]);
    if (violations.length) {
      const status = answer.status === 400 || answer.status === 422 ? answer.status : operation.invalidStatus;
      const out = problemHeaders(answer.headers, operation.errorMediaType);
      if (malformed) delete out['sl-violations']; // about the body Prism was not sent
      return send(res, status, out, JSON.stringify(validationProblem(status, violations, body)));
    }

    if (answerJson === undefined) return send(res, answer.status, answer.headers, answer.body);
    const host = req.headers.host ?? `${req.socket.localAddress}:${req.socket.localPort}`;
    const agreed = agreeWithRequest({
      spec, operation, pathValues: found.pathValues, serverOrigin: index.serverOrigin, origin: `http://${host}`,
      method: (req.method ?? 'GET').toLowerCase(), pathname, rawQuery, query: new URLSearchParams(rawQuery),
      status: answer.status, body: answerJson,
    });
    return send(res, agreed.status, answer.headers, agreed.body === undefined ? undefined : JSON.stringify(agreed.body));
  }

  return createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (res.headersSent) return res.destroy();
      send(res, 502, { 'content-type': 'application/problem+json' }, JSON.stringify({
        title: 'Bad Gateway', type: 'https://httpstatus.es/502', status: 502, detail: `The mock's Prism did not answer: ${error.code ?? error.message}`,
      }));
    });
  });
}

function safeJson(bytes) {
  try { return JSON.parse(bytes.toString('utf8')); } catch { return undefined; }
}
