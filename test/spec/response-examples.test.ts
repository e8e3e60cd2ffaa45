// Every success answer with a body shows an example, so the reference shows real data and the mock
// answers something a screen can be built on (Prism's static mode returns the first example).
import { deref, firstExample, loadBundledSpec, operationsOf, type JsonObject } from '../helpers/spec';

const spec = loadBundledSpec();

const cases = operationsOf(spec).flatMap(({ path, method, operation }) =>
  Object.entries(operation.responses as JsonObject)
    .filter(([status]) => /^2/.test(status))
    .flatMap(([status, response]) => Object.entries((deref(spec, response).content ?? {}) as Record<string, JsonObject>)
      .map(([mediaType, media]) => [`${method.toUpperCase()} ${path} ${status} ${mediaType}`, media] as const)));

describe('every 2xx response with a body has an example', () => {
  it('finds responses to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(operationsOf(spec).filter((o) => o.method === 'get').length);
  });

  it.each(cases)('%s', (_name, media) => {
    const example = firstExample(spec, media);
    expect(example.found).toBe(true); // add a named example (components/examples/) to this response
    expect(example.value).not.toEqual({});
  });
});
