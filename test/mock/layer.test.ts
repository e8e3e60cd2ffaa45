// What the layer in front of Prism adds to the mock, each behaviour over every operation of the
// spec it concerns (found from the spec, as the layer finds them): lists page to the 204 end with
// links on the mock, `Accept: application/json` answers, invalid and malformed requests get a
// problem+json naming what is wrong, PHP-style filters are checked, and fixed answers echo the path
// they were asked for. `Prefer` and the 401 still come from Prism.
import { createAmoClient, paginate, serializeQuery, type AmoClient } from '../../src';
import { startMock, type RunningMock } from '../helpers/mock';
import {
  deref, errorMediaType, firstExample, loadBundledSpec, operationsOf, requiredHeaders, successResponse, type JsonObject, type OperationRef,
} from '../helpers/spec';
import { createSpecValidator, specPointer } from '../helpers/spec-validator';

const spec = loadBundledSpec();
const validator = createSpecValidator(spec);
const operations = operationsOf(spec);
const AUTH = { Authorization: 'Bearer any' };
const JSON_BODY = { ...AUTH, 'Content-Type': 'application/json' };

type Parameter = { name: string; in: string; style?: string; schema?: JsonObject; example?: unknown; examples?: Record<string, unknown> };
const parametersOf = (o: OperationRef): Parameter[] => {
  const item = (spec.paths as Record<string, JsonObject>)[o.path]!;
  return [...((item.parameters as unknown[]) ?? []), ...((o.operation.parameters as unknown[]) ?? [])].map((p) => deref<Parameter>(spec, p));
};
const label = (o: OperationRef) => `${o.method.toUpperCase()} ${o.path}`;
const statuses = (o: OperationRef) => Object.keys(o.operation.responses as JsonObject);
/** The status the mock refuses a request with: a documented 422, else a documented 400, else Prism's own 422. */
const refusal = (o: OperationRef) => (statuses(o).includes('422') ? 422 : statuses(o).includes('400') ? 400 : 422);
const exampleOf = (node: unknown) => {
  const p = node as Parameter;
  if (p.example !== undefined) return p.example;
  const first = Object.values(p.examples ?? {})[0];
  return first === undefined ? undefined : deref<{ value: unknown }>(spec, first).value;
};
/** A concrete path: each parameter at its example (or `probe` when given one). */
function pathFor(o: OperationRef, probe?: (p: Parameter) => string) {
  const values: Record<string, string> = {};
  const path = o.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const param = parametersOf(o).find((p) => p.in === 'path' && p.name === name)!;
    values[name] = probe ? probe(param) : String(exampleOf(param) ?? exampleOf(deref(spec, param.schema)) ?? '1');
    return encodeURIComponent(values[name]);
  });
  return { path, values };
}
const successBody = (o: OperationRef) => {
  const success = successResponse(spec, o.operation)!;
  const media = Object.values((success.response.content ?? {}) as Record<string, JsonObject>)[0];
  return media && (firstExample(spec, media).value as JsonObject | undefined);
};
const hrefsOf = (node: unknown, underLinks = false): string[] => {
  if (Array.isArray(node)) return node.flatMap((n) => hrefsOf(n, underLinks));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    (underLinks && k === 'href' && typeof v === 'string' ? [v] : hrefsOf(v, underLinks || k === '_links')));
};
/** The error schema a status of the operation documents, compiled. */
function errorValidator(o: OperationRef, status: number) {
  const declared = (o.operation.responses as JsonObject)[String(status)] as JsonObject | undefined;
  if (!declared) return undefined;
  const type = errorMediaType(spec, o.operation, status);
  return validator.compile(typeof declared.$ref === 'string'
    ? `${declared.$ref}/content/${type.replace('/', '~1')}/schema`
    : specPointer('paths', o.path, o.method, 'responses', String(status), 'content', type, 'schema'));
}
/** JSON_BODY plus the headers the operation requires (the Chats API's signing headers). */
const jsonBodyFor = (o: OperationRef) => ({ ...JSON_BODY, ...requiredHeaders(spec, o.path, o.operation) });

interface Problem { status: number; detail: string; 'validation-errors': Array<{ request_id?: string; errors: Array<{ code: string; path: string; detail: string }> }> }
async function expectProblem(o: OperationRef, res: Response): Promise<Problem> {
  expect(res.status).toBe(refusal(o));
  expect(res.headers.get('content-type')).toContain(errorMediaType(spec, o.operation, res.status));
  const problem = await res.json() as Problem;
  expect(problem.status).toBe(res.status);
  const validate = errorValidator(o, res.status);
  if (validate) expect(validate(problem)).toBe(true);
  expect(problem['validation-errors'].length).toBeGreaterThan(0);
  return problem;
}
const errorsOf = (problem: Problem) => problem['validation-errors'].flatMap((e) => e.errors.map((x) => ({ ...x, request_id: e.request_id })));

let mock: RunningMock;
let amo: AmoClient;
const requested: string[] = [];
beforeAll(async () => {
  mock = await startMock();
  const recording: typeof fetch = (input, init) => {
    requested.push(input instanceof Request ? input.url : String(input));
    return fetch(input, init);
  };
  amo = createAmoClient({ baseUrl: mock.baseUrl, token: 'any', rateLimit: false, retry: false, fetch: recording });
});
afterAll(async () => {
  await mock?.stop();
});

describe('lists page against the mock', () => {
  const lists = operations.filter((o) => o.method === 'get' && statuses(o).includes('204')
    && parametersOf(o).some((p) => p.in === 'query' && p.name === 'page'));

  it('finds the paged lists of the spec (tasks, widgets, custom fields)', () => {
    expect(lists.map((o) => o.path)).toEqual(expect.arrayContaining(['/api/v4/tasks', '/api/v4/widgets', '/api/v4/leads/custom_fields']));
  });

  /** As many pages as the example says: `_page_count`, the page of `last`, or one more than `_page` while `next` is there. */
  const pageCount = (example: JsonObject) => {
    const links = (example._links ?? {}) as Record<string, { href: string }>;
    if (typeof example._page_count === 'number') return example._page_count;
    if (links.last) return Number(/[?&]page=(\d+)/.exec(links.last.href)![1]);
    return ((example._page as number | undefined) ?? 1) + (links.next ? 1 : 0);
  };

  it.each(lists.map((o) => [label(o), o] as const))('%s: paginate reads every page to the end, following links on the mock', async (_name, o) => {
    const example = successBody(o)!;
    const items = Object.values(example._embedded as JsonObject).find(Array.isArray) as unknown[];
    const { values } = pathFor(o);
    const pathParams = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]));
    requested.length = 0;
    const seen: unknown[] = [];
    const walk = paginate as unknown as (client: AmoClient, path: string, init?: object) => AsyncGenerator<unknown>;
    for await (const item of walk(amo, o.path, { params: { path: pathParams } })) seen.push(item);
    const pages = pageCount(example);
    expect(seen).toHaveLength(items.length * pages);
    expect(requested).toHaveLength(pages);
    requested.slice(1).forEach((url, i) => {
      expect(url.startsWith(`${mock.baseUrl}/`)).toBe(true);
      expect(url).toMatch(new RegExp(`[?&]page=${i + 2}$`));
    });
  });

  it.each(lists.map((o) => [label(o), o] as const))('%s: page N answers page N, the page past the last the 204 end', async (_name, o) => {
    const pages = pageCount(successBody(o)!);
    const { path } = pathFor(o);
    for (let n = 1; n <= pages; n += 1) {
      const res = await fetch(`${mock.baseUrl}${path}?limit=2&page=${n}`, { headers: AUTH });
      expect(res.status).toBe(200);
      const body = await res.json() as JsonObject & { _links: Record<string, { href: string }> };
      if ('_page' in body) expect(body._page).toBe(n);
      expect(body._links.self!.href).toBe(`${mock.baseUrl}${path}?limit=2&page=${n}`);
      expect(body._links.next?.href).toBe(n < pages ? `${mock.baseUrl}${path}?limit=2&page=${n + 1}` : undefined);
      for (const href of hrefsOf(body)) expect(href.startsWith(`${mock.baseUrl}/`)).toBe(true);
    }
    const end = await fetch(`${mock.baseUrl}${path}?limit=2&page=${pages + 1}`, { headers: AUTH });
    expect(end.status).toBe(204);
    expect(await end.text()).toBe('');
  });

  it('a page holds at most `limit` items, and the links keep the caller\'s filters', async () => {
    const url = `${mock.baseUrl}/api/v4/tasks?filter[task_type][]=2&limit=1`;
    const body = await (await fetch(url, { headers: AUTH })).json() as { _embedded: { tasks: unknown[] }; _links: Record<string, { href: string }> };
    expect(body._embedded.tasks).toHaveLength(1);
    expect(body._links.next!.href).toBe(`${mock.baseUrl}/api/v4/tasks?filter[task_type][]=2&limit=1&page=2`);
  });

  it('Prefer: code=204 still gives the empty list on page 1', async () => {
    const res = await fetch(`${mock.baseUrl}/api/v4/tasks`, { headers: { ...AUTH, Prefer: 'code=204' } });
    expect(res.status).toBe(204);
  });
});

describe('Accept: application/json', () => {
  const gets = operations.filter((o) => o.method === 'get' && successBody(o) !== undefined);
  it.each(gets.map((o) => [label(o), o] as const))('%s answers its JSON, as without the header', async (_name, o) => {
    const url = `${mock.baseUrl}${pathFor(o).path}`;
    const plain = await fetch(url, { headers: AUTH });
    const res = await fetch(url, { headers: { ...AUTH, Accept: 'application/json' } });
    expect(res.status).toBe(plain.status);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(await res.json()).toEqual(await plain.json());
  });

  it('a request without a token still gets the 401 problem', async () => {
    const res = await fetch(`${mock.baseUrl}/api/v4/tasks`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('an invalid request gets a problem+json naming what is wrong', () => {
  const tasksCreate = operations.find((o) => o.path === '/api/v4/tasks' && o.method === 'post')!;

  it('POST /api/v4/tasks [{ text: 42 }]: `text` is not a string and `complete_till` is missing, in item 0', async () => {
    const res = await fetch(`${mock.baseUrl}/api/v4/tasks`, { method: 'POST', headers: JSON_BODY, body: JSON.stringify([{ text: 42 }]) });
    const problem = await expectProblem(tasksCreate, res);
    const errors = errorsOf(problem);
    expect(errors.map((e) => [e.request_id, e.path, e.code])).toEqual(expect.arrayContaining([['0', 'text', 'type'], ['0', 'complete_till', 'required']]));
    expect(errors.map((e) => e.path)).not.toContain('entity_type');
    expect(problem.detail).toMatch(/text must be string/);
  });

  it('a batch names the item by its request_id, and an unknown property by its name', async () => {
    const body = [{ text: 'Call', complete_till: 1588885140 }, { request_id: 'second', text: 'Call', complete_till: 1588885140, colour: 'red' }];
    const res = await fetch(`${mock.baseUrl}/api/v4/tasks`, { method: 'POST', headers: JSON_BODY, body: JSON.stringify(body) });
    const errors = errorsOf(await expectProblem(tasksCreate, res));
    expect(errors.map((e) => [e.request_id, e.path])).toEqual([['second', 'colour']]);
  });

  it('an invalid query parameter is named (`limit` above 250)', async () => {
    const list = operations.find((o) => o.path === '/api/v4/leads/custom_fields' && o.method === 'get')!;
    const res = await fetch(`${mock.baseUrl}/api/v4/leads/custom_fields?limit=500`, { headers: AUTH });
    expect(errorsOf(await expectProblem(list, res)).map((e) => [e.path, e.code])).toEqual([['limit', 'maximum']]);
  });

  const withBody = operations.filter((o) => o.operation.requestBody
    && Object.keys(deref<JsonObject>(spec, o.operation.requestBody).content as JsonObject).some((t) => /json/.test(t)));

  it.each(withBody.map((o) => [label(o), o] as const))('%s: a body of the wrong type is named', async (_name, o) => {
    const res = await fetch(`${mock.baseUrl}${pathFor(o).path}`, { method: o.method.toUpperCase(), headers: jsonBodyFor(o), body: '"not a body"' });
    const errors = errorsOf(await expectProblem(o, res));
    expect(errors.some((e) => e.path === '' && e.code === 'type' && /^the body must be/.test(e.detail))).toBe(true);
  });

  it.each(withBody.map((o) => [label(o), o] as const))('%s: malformed JSON gets a problem+json too (and the 401 first)', async (_name, o) => {
    const url = `${mock.baseUrl}${pathFor(o).path}`;
    const res = await fetch(url, { method: o.method.toUpperCase(), headers: jsonBodyFor(o), body: '[{"text": "secret-ish' });
    const errors = errorsOf(await expectProblem(o, res));
    expect(errors).toEqual([expect.objectContaining({ code: 'invalid_json', path: '' })]);
    expect(JSON.stringify(errors)).not.toContain('secret-ish');
    const security = (o.operation.security ?? spec.security) as object[] | undefined;
    if (!security?.some((requirement) => Object.keys(requirement).length > 0)) return; // the OAuth token call needs none
    const anonymous = await fetch(url, { method: o.method.toUpperCase(), headers: { 'Content-Type': 'application/json' }, body: '[{' });
    expect(anonymous.status).toBe(401);
  });
});

describe('PHP-style filters are checked', () => {
  const filtered = operations.filter((o) => parametersOf(o).some((p) => p.in === 'query' && p.style === 'deepObject'));
  const tasksList = operations.find((o) => o.path === '/api/v4/tasks' && o.method === 'get')!;

  it('finds them (the task list\'s filter and order)', () => {
    expect(filtered.map(label)).toContain('GET /api/v4/tasks');
  });

  it.each([
    ['filter[task_type][]=abc', 'filter[task_type][0]', 'type'],
    ['filter[task_type]=abc', 'filter[task_type]', 'type'],
    ['filter[is_completed]=2', 'filter[is_completed]', 'enum'],
    ['filter[updated_at][from]=yesterday', 'filter[updated_at][from]', 'type'],
    ['filter[colour]=red', 'filter[colour]', 'additionalProperties'],
    ['order[name]=asc', 'order[name]', 'additionalProperties'],
    ['order[id]=up', 'order[id]', 'enum'],
  ])('GET /api/v4/tasks?%s is refused, naming %s', async (query, path, code) => {
    const res = await fetch(`${mock.baseUrl}/api/v4/tasks?${query}`, { headers: AUTH });
    expect(errorsOf(await expectProblem(tasksList, res)).map((e) => [e.path, e.code])).toEqual([[path, code]]);
  });

  it('an unknown filter key is refused with the known ones listed', async () => {
    const res = await fetch(`${mock.baseUrl}/api/v4/tasks?filter[colour]=red`, { headers: AUTH });
    expect(errorsOf(await expectProblem(tasksList, res))[0]!.detail).toMatch(/known: .*task_type/);
  });

  const cases = filtered.flatMap((o) => parametersOf(o).filter((p) => p.in === 'query' && p.style === 'deepObject').flatMap((p) => {
    const examples = p.examples ? Object.entries(p.examples).map(([n, e]) => [n, deref<{ value: unknown }>(spec, e).value] as const)
      : p.example !== undefined ? [['example', p.example] as const] : [];
    return examples.map(([name, value]) => [`${label(o)} ${p.name} (${name})`, o, p, value] as const);
  }));

  it.each(cases)('%s: the documented value is accepted, an unknown key beside it refused', async (_name, o, p, value) => {
    const { path } = pathFor(o);
    const get = amo.GET as unknown as (path: string, init: object) => Promise<{ response: Response }>;
    const { response } = await get(o.path, { params: { path: pathFor(o).values, query: { [p.name]: value } } });
    expect(response.status).toBe(successResponse(spec, o.operation)!.status);
    // Beside the documented value, so that a filter with required keys (the mass link lists'
    // `filter[entity_id]`) blames only the unknown key.
    const documented = serializeQuery({ [p.name]: value });
    const res = await fetch(`${mock.baseUrl}${path}?${documented}&${p.name}[not_a_key]=1`, { headers: AUTH });
    expect(errorsOf(await expectProblem(o, res)).map((e) => e.path)).toEqual([`${p.name}[not_a_key]`]);
  });
});

describe('fixed answers agree with their request', () => {
  it('GET /api/v4/widgets/amo_asterisk answers amo_asterisk (the example is amo_dropbox), its self link too', async () => {
    const res = await fetch(`${mock.baseUrl}/api/v4/widgets/amo_asterisk`, { headers: AUTH });
    const body = await res.json() as { code: string; _links: { self: { href: string } } };
    expect(body.code).toBe('amo_asterisk');
    expect(body._links.self.href).toBe(`${mock.baseUrl}/api/v4/widgets/amo_asterisk`);
  });

  it('Prefer: example= still chooses the example, with the code asked for', async () => {
    const headers = { ...AUTH, Prefer: 'example=withOwnIntegrationKey' };
    const body = await (await fetch(`${mock.baseUrl}/api/v4/widgets/some_widget`, { headers })).json() as JsonObject;
    const media = (successResponse(spec, operations.find((o) => o.path === '/api/v4/widgets/{widget_code}' && o.method === 'get')!.operation)!
      .response.content as Record<string, JsonObject>)['application/hal+json']!;
    const chosen = deref<{ value: JsonObject }>(spec, (media.examples as JsonObject).withOwnIntegrationKey).value;
    expect(body).toEqual({ ...chosen, code: 'some_widget', _links: { self: { href: `${mock.baseUrl}/api/v4/widgets/some_widget` } } });
  });

  it('a list under a path parameter answers items of that parent (catalog 2000\'s fields)', async () => {
    const body = await (await fetch(`${mock.baseUrl}/api/v4/catalogs/2000/custom_fields`, { headers: AUTH })).json() as
      { _embedded: { custom_fields: Array<{ catalog_id: number; _links: { self: { href: string } } }> } };
    for (const field of body._embedded.custom_fields) {
      expect(field.catalog_id).toBe(2000);
      expect(field._links.self.href).toMatch(new RegExp(`^${mock.baseUrl}/api/v4/catalogs/2000/custom_fields/\\d+$`));
    }
  });

  // Values no example uses: the answer must carry them wherever it names the path's parameter.
  const probe = (p: Parameter) => ([deref<JsonObject>(spec, p.schema).type].flat().includes('integer') ? '770077' : 'probe_value');
  const items = operations.filter((o) => o.path.includes('{') && successBody(o) && !('_embedded' in successBody(o)!));

  it.each(items.map((o) => [label(o), o] as const))('%s echoes the path it was asked for', async (_name, o) => {
    const { path, values } = pathFor(o, probe);
    const init: RequestInit = { method: o.method.toUpperCase(), headers: jsonBodyFor(o) };
    const content = o.operation.requestBody ? deref<JsonObject>(spec, o.operation.requestBody).content as Record<string, JsonObject> : {};
    const media = content['application/json'];
    if (media) init.body = JSON.stringify(firstExample(spec, media).value);
    // A file part (the Files API's upload): raw bytes.
    if (content['application/octet-stream']) init.headers = { ...AUTH, 'Content-Type': 'application/octet-stream' };
    if (content['application/octet-stream']) init.body = 'part bytes';
    const res = await fetch(`${mock.baseUrl}${path}`, init);
    expect(res.status).toBe(successResponse(spec, o.operation)!.status);
    const body = await res.json() as JsonObject & { _links?: { self?: { href: string } } };
    const example = successBody(o)!;
    if (example._links) expect(body._links?.self?.href).toBe(`${mock.baseUrl}${path}`);
    for (const [name, value] of Object.entries(values)) {
      const last = o.path.endsWith(`{${name}}`);
      const property = name in example ? name : last && /_([a-z0-9]+)$/.exec(name)?.[1];
      if (property && property in example) expect(String(body[property])).toBe(value);
    }
  });
});
