// Every components.schemas entry compiles in Ajv's JSON Schema 2020-12 mode with `strict: true`
// (unknown keywords, keywords without their type, `required` naming undeclared properties, ...),
// with OpenAPI's own schema keywords registered and nothing else allowed (issue 21). The one
// option beyond strict is `allowUnionTypes`: OpenAPI 3.1 writes alternatives of type as
// `type: [string, number]`, which is valid JSON Schema that Ajv only asks to be allowed.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { loadBundledSpec, type JsonObject } from '../helpers/spec';

const spec = loadBundledSpec();
const schemas = (spec.components as { schemas: Record<string, JsonObject> }).schemas;

/** The schema keywords OpenAPI 3.1 adds to JSON Schema (§4.8.24 Schema Object, fixed fields). */
const OPENAPI_KEYWORDS = ['discriminator', 'xml', 'externalDocs', 'example'];

/** The `x-` extensions the schemas use (OpenAPI allows them anywhere). */
function extensionsOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => extensionsOf(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) found.add(key);
      extensionsOf(value, found);
    }
  }
  return found;
}

describe('Ajv 2020-12 strict mode', () => {
  const complaints: string[] = [];
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    allErrors: true,
    logger: { log: () => {}, warn: (...args: unknown[]) => complaints.push(args.join(' ')), error: (...args: unknown[]) => complaints.push(args.join(' ')) },
  });
  addFormats(ajv);
  for (const keyword of [...OPENAPI_KEYWORDS, ...extensionsOf(schemas)]) ajv.addKeyword(keyword);
  // The references of the bundle are `#/components/schemas/…`: one document holds them all.
  // `components` is the document's container, not a schema keyword.
  ajv.addKeyword('components');
  ajv.addSchema({ $id: 'https://amocrm-openapi.invalid/openapi.json', components: { schemas } });

  it('has schemas to compile', () => {
    expect(Object.keys(schemas).length).toBeGreaterThan(100);
  });

  it.each(Object.keys(schemas))('%s compiles with no complaint', (name) => {
    complaints.length = 0;
    let thrown = '';
    try {
      ajv.compile({ $ref: `https://amocrm-openapi.invalid/openapi.json#/components/schemas/${name}` });
    } catch (error) {
      thrown = (error as Error).message;
    }
    expect({ thrown, complaints }).toEqual({ thrown: '', complaints: [] });
  });

  it('strict mode does catch what the rules forbid (the check is not vacuous)', () => {
    const probe = new Ajv2020({ strict: true, allowUnionTypes: true });
    expect(() => probe.compile({ allOf: [{ type: 'object', properties: { a: {} } }], required: ['a'] })).toThrow(/strict mode/);
    expect(() => probe.compile({ properties: { a: {} }, unevaluatedProperties: false })).toThrow(/strict mode/);
  });
});
