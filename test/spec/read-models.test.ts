// Read models, one rule across the spec (issue 11, "Read and write models"): a key the API always
// returns is `required`, so a generated type says `id: number`, not `id?: number`. "Always" means:
// every documented answer that holds an object of that schema has the key, and the schema says
// nothing conditional about it (no `with`, not "only" for some entities or accounts). The test
// walks every example of every 2xx answer of the bundle beside its schema, so a section added
// later is held to the rule too.
import { loadBundledSpec, operationsOf, type JsonObject } from '../helpers/spec';
import { resolveSchema, typesOf } from '../helpers/schemas';

const spec = loadBundledSpec();
const resolve = (schema: unknown) => resolveSchema(spec, schema);

interface Seen { schema: JsonObject; instances: JsonObject[]; }
/** Schema objects that declare properties, keyed by where they are, with the example objects that met them. */
const seen = new Map<string, Seen>();
/** Schema objects met by a request example as well: they are write models too, not judged here. */
const inRequests = new Set<string>();

/** Pairs an example value with its schema, recording each object value at each schema object with `properties`. */
function walk(schema: unknown, value: unknown, at: string, record: (at: string, schema: JsonObject, value: JsonObject) => void, depth = 0): void {
  if (depth > 40) return;
  let pointer = at;
  let node: unknown = schema;
  if (node && typeof node === 'object' && typeof (node as JsonObject).$ref === 'string') {
    pointer = (node as JsonObject).$ref as string;
    node = resolve(node);
  }
  if (!node || typeof node !== 'object') return;
  const s = node as JsonObject;
  for (const [i, member] of ((s.allOf ?? []) as unknown[]).entries()) walk(member, value, `${pointer}/allOf/${i}`, record, depth + 1);
  // A union is followed only where one member can hold the value: the others are null or another JSON type.
  for (const key of ['oneOf', 'anyOf']) {
    const members = (s[key] ?? []) as unknown[];
    const fits = members.map((m, i) => ({ m, i, r: resolve(m) }))
      .filter(({ r }) => typeof r === 'object' && fitsType(r, value));
    if (fits.length === 1) walk(fits[0]!.m, value, `${pointer}/${key}/${fits[0]!.i}`, record, depth + 1);
  }
  if (Array.isArray(value)) {
    if (s.items) value.forEach((item) => walk(s.items, item, `${pointer}/items`, record, depth + 1));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const object = value as JsonObject;
  const properties = s.properties as Record<string, unknown> | undefined;
  if (properties) {
    record(pointer, s, object);
    for (const [key, item] of Object.entries(object)) {
      if (properties[key] !== undefined) walk(properties[key], item, `${pointer}/properties/${key}`, record, depth + 1);
    }
  }
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    for (const [key, item] of Object.entries(object)) {
      if (!properties?.[key]) walk(s.additionalProperties, item, `${pointer}/additionalProperties`, record, depth + 1);
    }
  }
}

function fitsType(schema: JsonObject, value: unknown): boolean {
  const types = typesOf(schema);
  if (types.length === 0) {
    // An untyped member: a composition; it fits objects only if it builds one.
    return value !== null && typeof value === 'object' && !Array.isArray(value) && (schema.allOf !== undefined || schema.properties !== undefined);
  }
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object'
    : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  return types.includes(kind) || (kind === 'integer' && types.includes('number'));
}

const examplesOf = (media: JsonObject): unknown[] => [
  ...(media.example === undefined ? [] : [media.example]),
  ...Object.values((media.examples ?? {}) as JsonObject).map((e) => (resolve(e) as JsonObject | undefined)?.value),
].filter((v) => v !== undefined);

for (const { operation } of operationsOf(spec)) {
  const body = resolve(operation.requestBody) as JsonObject | undefined;
  for (const media of Object.values((body?.content ?? {}) as Record<string, JsonObject>)) {
    for (const value of examplesOf(media)) walk(media.schema, value, '#request', (at) => inRequests.add(at));
  }
  for (const [status, response] of Object.entries(operation.responses as JsonObject)) {
    if (!/^2/.test(status)) continue;
    for (const media of Object.values(((resolve(response) as JsonObject).content ?? {}) as Record<string, JsonObject>)) {
      for (const value of examplesOf(media)) {
        walk(media.schema, value, '#response', (at, schema, object) => {
          const entry = seen.get(at) ?? { schema, instances: [] };
          entry.instances.push(object);
          seen.set(at, entry);
        });
      }
    }
  }
}

/** What a property's description says about when it is present. */
const CONDITIONAL = /`with`|with=|\bwith `|\bonly\b|when |where |if |for some|absent|not always|may be missing|omitted/i;
/** What a schema's own description says when its keys depend on the entity kind or the account. */
const VARYING = /other kinds may carry|keys vary|differ by (entity|kind|account)|are marked required, because/i;
const conditional = (property: unknown): boolean => {
  const own = property as JsonObject;
  const target = resolve(property) as JsonObject | undefined;
  return [own?.description, target?.description].some((d) => typeof d === 'string' && CONDITIONAL.test(d));
};

describe('read models: keys the API always returns are required', () => {
  const judged = [...seen.entries()].filter(([at]) => !inRequests.has(at) && !at.startsWith('#request'));

  it('finds the read models of the answers (Task, Lead, Widget among them)', () => {
    const names = judged.map(([at]) => at);
    for (const name of ['Task', 'Lead', 'Widget']) expect(names).toContain(`#/components/schemas/${name}`);
  });

  it('every key in every documented answer, with nothing conditional said about it, is required', () => {
    const missing = judged.flatMap(([at, { schema, instances }]) => {
      const properties = schema.properties as Record<string, unknown>;
      const required = new Set((schema.required ?? []) as string[]);
      // A schema that says its keys vary by entity kind or account judges none of them by its examples.
      if (typeof schema.description === 'string' && VARYING.test(schema.description)) return [];
      return Object.keys(properties)
        .filter((key) => !required.has(key) && instances.every((o) => key in o) && !conditional(properties[key]))
        .map((key) => `${at}: ${key}`);
    });
    expect(missing).toEqual([]);
  });

  it('no key that needs `with` is required', () => {
    const needsWith = judged.flatMap(([at, { schema }]) => {
      const properties = schema.properties as Record<string, unknown>;
      return ((schema.required ?? []) as string[]).filter((key) => {
        const own = properties[key] as JsonObject | undefined;
        const target = resolve(own) as JsonObject | undefined;
        return [own?.description, target?.description].some((d) => typeof d === 'string' && /needs? `with/i.test(d));
      }).map((key) => `${at}: ${key}`);
    });
    expect(needsWith).toEqual([]);
  });
});
