// Every example in the bundled spec validates against its schema, checked with ajv (JSON Schema
// 2020-12, formats on) independently of Redocly's own example rules.
import { loadBundledSpec, operationsOf, type JsonObject } from '../helpers/spec';
import { createSpecValidator, specPointer as pointer } from '../helpers/spec-validator';

const spec = loadBundledSpec();
const { ajv } = createSpecValidator(spec);

function exampleValue(example: unknown): unknown {
  const ex = example as JsonObject;
  if (typeof ex.$ref === 'string') {
    const name = ex.$ref.replace('#/components/examples/', '');
    return ((spec.components as JsonObject).examples as Record<string, JsonObject>)[name]!.value;
  }
  return ex.value;
}

interface Case { where: string; schemaRef: string; value: unknown }

function collectCases(): Case[] {
  const cases: Case[] = [];
  const fromMediaTypes = (content: JsonObject | undefined, base: string[], where: string) => {
    for (const [mediaType, media] of Object.entries((content ?? {}) as Record<string, JsonObject>)) {
      if (!media.schema) continue;
      const schemaRef = pointer(...base, 'content', mediaType, 'schema');
      if (media.example !== undefined) cases.push({ where: `${where} ${mediaType} example`, schemaRef, value: media.example });
      for (const [name, ex] of Object.entries((media.examples ?? {}) as JsonObject)) {
        cases.push({ where: `${where} ${mediaType} examples.${name}`, schemaRef, value: exampleValue(ex) });
      }
    }
  };
  for (const { path, method, operation } of operationsOf(spec)) {
    const op = `${method.toUpperCase()} ${path}`;
    const body = operation.requestBody as JsonObject | undefined;
    if (body && !body.$ref) fromMediaTypes(body.content as JsonObject, ['paths', path, method, 'requestBody'], `${op} request`);
    for (const [status, response] of Object.entries(operation.responses as Record<string, JsonObject>)) {
      if (response.$ref) continue; // shared responses are checked once, below
      fromMediaTypes(response.content as JsonObject, ['paths', path, method, 'responses', status], `${op} ${status}`);
    }
  }
  const components = spec.components as Record<string, Record<string, JsonObject>>;
  for (const [name, response] of Object.entries(components.responses ?? {})) {
    fromMediaTypes(response.content as JsonObject, ['components', 'responses', name], `response ${name}`);
  }
  for (const [name, parameter] of Object.entries(components.parameters ?? {})) {
    const schemaRef = pointer('components', 'parameters', name, 'schema');
    if (parameter.example !== undefined) cases.push({ where: `parameter ${name} example`, schemaRef, value: parameter.example });
    for (const [exName, ex] of Object.entries((parameter.examples ?? {}) as JsonObject)) {
      cases.push({ where: `parameter ${name} examples.${exName}`, schemaRef, value: exampleValue(ex) });
    }
  }
  for (const [name, schema] of Object.entries(components.schemas ?? {})) {
    if (schema.example !== undefined) {
      cases.push({ where: `schema ${name} example`, schemaRef: pointer('components', 'schemas', name), value: schema.example });
    }
  }
  return cases;
}

const cases = collectCases();

describe('examples validate against their schemas (ajv, 2020-12)', () => {
  it('finds examples to check', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [c.where, c] as const))('%s', (_where, c) => {
    const validate = ajv.getSchema(c.schemaRef);
    expect(validate).toBeDefined();
    const valid = validate!(c.value);
    expect(validate!.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects an example that breaks its schema (the check itself works)', () => {
    const validate = ajv.getSchema(pointer('components', 'schemas', 'Task'))!;
    expect(validate({ id: 'seven' })).toBe(false);
  });
});
