// Conventions every section inherits from openapi/shared/ (see the introduction of the reference).
import { deref, loadBundledSpec, operationsOf, type JsonObject } from '../helpers/spec';

const spec = loadBundledSpec();
const paths = spec.paths as Record<string, JsonObject>;
const apiOperations = operationsOf(spec).filter((o) => o.path.startsWith('/api/'));

const parametersOf = (path: string, operation: JsonObject) =>
  [...((paths[path]!.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])]
    .map((p) => deref<JsonObject>(spec, p));

describe('shared conventions', () => {
  it.each(apiOperations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o]))(
    '%s accepts the optional X-Context-User-ID header (oauth/scopes.md)', (_name, { path, operation }) => {
      const header = parametersOf(path, operation).find((p) => p.name === 'X-Context-User-ID');
      expect(header).toMatchObject({ in: 'header', required: false });
    });

  it('a 403 declares the HTML block page beside problem+json', () => {
    const forbidden = (spec.components as Record<string, Record<string, JsonObject>>).responses!.Forbidden!;
    expect(Object.keys(forbidden.content as JsonObject).sort()).toEqual(['application/problem+json', 'text/html']);
  });
});
