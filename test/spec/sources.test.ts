// "Every statement has a source" (issue 11) for the shared answers and shared pieces: each status
// code every operation declares, and each limit or default of the shared parameters, either names
// the documentation page it comes from or is not in the spec. Walks every operation of the bundle.
import { deref, loadBundledSpec, operationsOf, type JsonObject } from '../helpers/spec';

const spec = loadBundledSpec();
const components = spec.components as Record<string, Record<string, JsonObject>>;
const operations = operationsOf(spec);
const citesPage = (text: unknown) => typeof text === 'string' && /\b[a-z0-9_-]+\.md\b/.test(text);

describe('every statement has a source', () => {
  it('no operation declares a 504: no page of the documentation lists one', () => {
    const with504 = operations.filter(({ operation }) => '504' in (operation.responses as JsonObject))
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(with504).toEqual([]);
  });

  it.each(['PaymentRequired', 'Forbidden', 'TooManyRequests', 'InternalServerError'])(
    'the shared %s answer names the page it comes from', (name) => {
      expect(citesPage(components.responses?.[name]?.description)).toBe(true);
    });

  it('the 429 answer promises no body field and no header the documentation does not give', () => {
    const tooMany = components.responses!.TooManyRequests!;
    expect(tooMany.headers).toBeUndefined();
    const problem = deref(spec, components.schemas!.RateLimitProblem);
    expect(JSON.stringify(problem)).not.toMatch(/retry_after/);
  });

  it('`limit` has no default (none documented) and its maximum names the page', () => {
    const limit = components.parameters!.Limit!;
    expect((limit.schema as JsonObject).default).toBeUndefined();
    expect((limit.schema as JsonObject).minimum).toBeUndefined();
    expect(citesPage(limit.description)).toBe(true);
  });

  it('no ID in a path carries a minimum or minLength the documentation does not state', () => {
    const bounded = operations.flatMap(({ path, operation }) => {
      const item = (spec.paths as Record<string, JsonObject>)[path]!;
      return [...((item.parameters ?? []) as unknown[]), ...((operation.parameters ?? []) as unknown[])]
        .map((p) => deref(spec, p))
        .filter((p) => p.in === 'path' && !citesPage(p.description))
        .filter((p) => ['minimum', 'minLength'].some((k) => k in ((p.schema ?? {}) as JsonObject)))
        .map((p) => `${path} ${String(p.name)}`);
    });
    expect([...new Set(bounded)]).toEqual([]);
  });
});
