// Every schema of the bundle, wherever it sits (components, parameters, bodies, responses,
// headers, nested keywords), with its JSON pointer: the spec-wide rules walk all of them, so a
// section added later is checked without anyone listing it.
import type { JsonObject } from './spec';

export interface SchemaAt {
  /** JSON pointer of the schema in the bundle, e.g. `#/components/schemas/Task/properties/id`. */
  pointer: string;
  /** The schema itself: an object, or a boolean schema (`true`/`false`). */
  schema: JsonObject | boolean;
  /** The keyword that holds it (`properties`, `items`, `additionalProperties`, `schema`, ...). */
  keyword: string;
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Keywords whose value is one schema. */
const ONE = ['items', 'not', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'contains',
  'propertyNames', 'if', 'then', 'else', 'contentSchema'];
/** Keywords whose value is a list of schemas. */
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to schemas. */
const MAP = ['properties', 'patternProperties', 'dependentSchemas', '$defs'];

function walkSchema(schema: unknown, pointer: string, keyword: string, out: SchemaAt[]): void {
  if (typeof schema === 'boolean') {
    out.push({ pointer, schema, keyword });
    return;
  }
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
  const node = schema as JsonObject;
  out.push({ pointer, schema: node, keyword });
  for (const key of ONE) if (key in node) walkSchema(node[key], `${pointer}/${key}`, key, out);
  for (const key of LIST) {
    if (Array.isArray(node[key])) (node[key] as unknown[]).forEach((s, i) => walkSchema(s, `${pointer}/${key}/${i}`, key, out));
  }
  for (const key of MAP) {
    const map = node[key];
    if (map && typeof map === 'object') {
      for (const [name, s] of Object.entries(map as JsonObject)) walkSchema(s, `${pointer}/${key}/${escape(name)}`, key, out);
    }
  }
}

/** Every schema in an OpenAPI document (example values and `x-` extensions are not searched). */
export function allSchemas(spec: JsonObject): SchemaAt[] {
  const out: SchemaAt[] = [];
  const components = (spec.components ?? {}) as JsonObject;
  for (const [name, s] of Object.entries((components.schemas ?? {}) as JsonObject)) {
    walkSchema(s, `#/components/schemas/${escape(name)}`, 'schemas', out);
  }
  const visit = (node: unknown, pointer: string): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${pointer}/${i}`));
      return;
    }
    for (const [key, value] of Object.entries(node as JsonObject)) {
      if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
      const at = `${pointer}/${escape(key)}`;
      if (key === 'schema') walkSchema(value, at, 'schema', out);
      else visit(value, at);
    }
  };
  const { schemas: _schemas, ...rest } = components;
  visit(spec.paths, '#/paths');
  visit(spec.webhooks, '#/webhooks');
  visit(rest, '#/components');
  return out;
}

/** Follows local `#/...` references until a schema that is not a reference. */
export function resolveSchema(spec: JsonObject, schema: unknown): JsonObject | boolean | undefined {
  let at: unknown = schema;
  for (let hops = 0; hops < 50 && at && typeof at === 'object' && typeof (at as JsonObject).$ref === 'string'; hops += 1) {
    const ref = (at as JsonObject).$ref as string;
    if (!ref.startsWith('#/')) return undefined;
    at = ref.slice(2).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], spec);
  }
  return at as JsonObject | boolean | undefined;
}

/** The types a schema's `type` allows (`[]` if it has none). */
export function typesOf(schema: JsonObject): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  return Array.isArray(schema.type) ? (schema.type as string[]) : [];
}
