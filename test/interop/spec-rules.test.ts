// The spec-wide rules that keep the bundle readable by other generators (issue 21, "Known
// causes"). Each walks every schema of generated/openapi.json, so a section added later is held
// to them too. A failure lists the JSON pointers that break the rule.
import { isDeepStrictEqual } from 'node:util';
import { loadBundledSpec, type JsonObject } from '../helpers/spec';
import { allSchemas, resolveSchema, typesOf } from '../helpers/schemas';

const spec = loadBundledSpec();
const components = spec.components as Record<string, JsonObject>;
const schemas = allSchemas(spec);
const objects = schemas.filter((s): s is typeof s & { schema: JsonObject } => typeof s.schema === 'object');
const resolve = (schema: unknown) => resolveSchema(spec, schema);
const has = (schema: JsonObject, key: string) => Object.prototype.hasOwnProperty.call(schema, key);

describe('spec-wide rules for other generators (every schema of generated/openapi.json)', () => {
  it('walks the whole bundle', () => {
    // Not vacuous: the walk reaches component schemas and the inline schemas of operations.
    expect(objects.length).toBeGreaterThan(1000);
    expect(objects.some((s) => s.pointer.startsWith('#/paths/'))).toBe(true);
    expect(objects.some((s) => s.pointer.startsWith('#/components/parameters/'))).toBe(true);
  });

  it('every `const` has a `type` and a one-value `enum` beside it (typed-openapi, openapi-zod-client)', () => {
    const broken = objects.filter(({ schema }) => has(schema, 'const')
      && (typesOf(schema).length === 0 || !isDeepStrictEqual(schema.enum, [schema.const])));
    expect(broken.map((s) => s.pointer)).toEqual([]);
  });

  it('`required` lists only properties declared in the same schema object', () => {
    const broken = objects.flatMap(({ pointer, schema }) => {
      if (!Array.isArray(schema.required)) return [];
      const declared = (schema.properties ?? {}) as JsonObject;
      return (schema.required as string[]).filter((name) => !has(declared, name)).map((name) => `${pointer} requires ${name}`);
    });
    expect(broken).toEqual([]);
  });

  it('a nullable enum is anyOf [{enum}, {type: null}], never `null` inside `enum`', () => {
    const broken = objects.filter(({ schema }) => Array.isArray(schema.enum) && (schema.enum as unknown[]).includes(null));
    expect(broken.map((s) => s.pointer)).toEqual([]);
  });

  it('no `discriminator` over variants built with `allOf`', () => {
    const broken = objects.flatMap(({ pointer, schema }) => {
      if (!has(schema, 'discriminator')) return [];
      const variants = [...((schema.oneOf ?? []) as unknown[]), ...((schema.anyOf ?? []) as unknown[])];
      const viaAllOf = variants.map(resolve).some((v) => typeof v === 'object' && has(v, 'allOf'));
      return viaAllOf || has(schema, 'allOf') ? [pointer] : [];
    });
    expect(broken).toEqual([]);
  });

  it('a union whose members are exclusive only through `not` is an anyOf, not a oneOf', () => {
    const usesNot = (schema: unknown): boolean => {
      const s = resolve(schema);
      return typeof s === 'object' && (has(s, 'not') || ((s.allOf ?? []) as unknown[]).some(usesNot));
    };
    const broken = objects.filter(({ schema }) => Array.isArray(schema.oneOf) && (schema.oneOf as unknown[]).some(usesNot));
    expect(broken.map((s) => s.pointer)).toEqual([]);
  });

  it('no boolean schemas (orval crashes on them); `additionalProperties`/`unevaluatedProperties` may be true or false', () => {
    const broken = schemas.filter((s) => typeof s.schema === 'boolean'
      && s.keyword !== 'additionalProperties' && s.keyword !== 'unevaluatedProperties');
    expect(broken.map((s) => `${s.pointer} = ${String(s.schema)}`)).toEqual([]);
  });

  it('`type: object` wherever required, properties, additionalProperties or unevaluatedProperties appear', () => {
    const keys = ['required', 'properties', 'additionalProperties', 'unevaluatedProperties', 'patternProperties'];
    const broken = objects.filter(({ schema }) => keys.some((k) => has(schema, k)) && !typesOf(schema).includes('object'));
    expect(broken.map((s) => s.pointer)).toEqual([]);
  });

  it('every array has `items`', () => {
    const broken = objects.filter(({ schema }) => typesOf(schema).includes('array') && !has(schema, 'items') && !has(schema, 'prefixItems'));
    expect(broken.map((s) => s.pointer)).toEqual([]);
  });

  it('no `title` names another component (generators name the type after the title)', () => {
    const names = new Set(Object.values(components).flatMap((kind) => Object.keys(kind ?? {})));
    const broken = objects.filter(({ pointer, schema }) => typeof schema.title === 'string' && names.has(schema.title)
      && pointer !== `#/components/schemas/${schema.title}`);
    expect(broken.map((s) => `${s.pointer}: ${String(s.schema.title)}`)).toEqual([]);
  });

  it('no name is both a schema and a parameter (generators emit one type per name)', () => {
    const parameters = new Set(Object.keys(components.parameters ?? {}));
    expect(Object.keys(components.schemas ?? {}).filter((name) => parameters.has(name))).toEqual([]);
  });
});
