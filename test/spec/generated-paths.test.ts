// The custom fields and field groups sections: all 61 documented operations are in the spec, named
// by one scheme, and their path files are exactly what scripts/generate-paths.mjs writes.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadBundledSpec, operationsOf, ROOT, type JsonObject } from '../helpers/spec';

const spec = loadBundledSpec();
const paths = spec.paths as Record<string, Record<string, JsonObject>>;

// [path segment in the documentation, name in operationIds]
const FIELD_ENTITIES = [
  ['leads', 'Leads'], ['contacts', 'Contacts'], ['companies', 'Companies'], ['customers', 'Customers'],
  ['customers/segments', 'CustomersSegments'], ['catalogs/{catalog_id}', 'Catalog'],
] as const;
const GROUP_ENTITIES = [...FIELD_ENTITIES.slice(0, 4), FIELD_ENTITIES[5]];

const expected: Array<[string, string, string]> = [
  ...FIELD_ENTITIES.flatMap(([e, n]): Array<[string, string, string]> => [
    [`/api/v4/${e}/custom_fields`, 'get', `list${n}CustomFields`],
    [`/api/v4/${e}/custom_fields`, 'post', `create${n}CustomFields`],
    [`/api/v4/${e}/custom_fields`, 'patch', `update${n}CustomFields`],
    [`/api/v4/${e}/custom_fields/{id}`, 'get', `get${n}CustomField`],
    [`/api/v4/${e}/custom_fields/{id}`, 'patch', `update${n}CustomField`],
    [`/api/v4/${e}/custom_fields/{id}`, 'delete', `delete${n}CustomField`],
  ]),
  ...GROUP_ENTITIES.flatMap(([e, n]): Array<[string, string, string]> => [
    [`/api/v4/${e}/custom_fields/groups`, 'get', `list${n}CustomFieldGroups`],
    [`/api/v4/${e}/custom_fields/groups`, 'post', `create${n}CustomFieldGroups`],
    [`/api/v4/${e}/custom_fields/groups/{id}`, 'get', `get${n}CustomFieldGroup`],
    [`/api/v4/${e}/custom_fields/groups/{id}`, 'patch', `update${n}CustomFieldGroup`],
    [`/api/v4/${e}/custom_fields/groups/{id}`, 'delete', `delete${n}CustomFieldGroup`],
  ]),
];

describe('custom fields and field groups', () => {
  it('lists the 61 documented operations', () => expect(expected).toHaveLength(61));

  it.each(expected)('%s %s is %s', (path, method, operationId) => {
    expect(paths[path]?.[method]?.operationId).toBe(operationId);
  });

  it('has no other custom field operations', () => {
    const actual = operationsOf(spec).filter((o) => o.path.includes('/custom_fields'));
    expect(actual).toHaveLength(expected.length);
  });

  it('declares 201 for every field edit, batch and single, as the documentation lists', () => {
    for (const [e] of FIELD_ENTITIES) {
      for (const path of [`/api/v4/${e}/custom_fields`, `/api/v4/${e}/custom_fields/{id}`]) {
        const responses = paths[path]!.patch!.responses as JsonObject;
        expect({ path, success: Object.keys(responses).filter((c) => c.startsWith('2')) }).toEqual({ path, success: ['201'] });
        expect(paths[path]!.patch!.description).toMatch(/201/);
      }
    }
  });

  it('every field list takes page, limit, filter[type] and order', () => {
    const components = (spec.components as Record<string, Record<string, JsonObject>>).parameters!;
    for (const [e] of FIELD_ENTITIES) {
      const names = (paths[`/api/v4/${e}/custom_fields`]!.get!.parameters as unknown as JsonObject[])
        .map((p) => components[(p.$ref as string).split('/').pop()!]!.name);
      expect(names).toEqual(['page', 'limit', 'filter', 'order']);
    }
  });

  it('a catalog call needs the catalog ID, a group call a string ID', () => {
    const components = (spec.components as Record<string, Record<string, JsonObject>>).parameters!;
    const resolve = (p: JsonObject) => (typeof p.$ref === 'string' ? components[p.$ref.split('/').pop()!]! : p);
    const params = (path: string) => (paths[path]!.parameters as unknown as JsonObject[])
      .map(resolve).filter((p) => p.in === 'path').map((p) => [p.name, (p.schema as JsonObject).type]);
    expect(params('/api/v4/catalogs/{catalog_id}/custom_fields/{id}')).toEqual([['catalog_id', 'integer'], ['id', 'integer']]);
    expect(params('/api/v4/leads/custom_fields/groups/{id}')).toEqual([['id', 'string']]);
    expect(params('/api/v4/catalogs/{catalog_id}/custom_fields/groups/{id}')).toEqual([['catalog_id', 'integer'], ['id', 'string']]);
  });

  it('the path files are what the generator writes, and are routed', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'generate-paths.mjs'), '--check'], {
      cwd: ROOT, encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
