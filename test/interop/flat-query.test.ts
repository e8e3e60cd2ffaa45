// The flat-query decorator (scripts/redocly/flat-query.cjs) works from the schema alone: any
// deepObject parameter of any operation, whatever filter shapes the sections add. Here on the
// shapes amoCRM's filters use (filters-api.md, events, leads), in a bundle-shaped document.
import { flattenQueryParameters } from '../../scripts/redocly/flat-query.cjs';

type Json = Record<string, unknown>;
interface Parameter { name: string; in: string; style?: string; explode?: boolean; required?: boolean; schema: Json; description?: string }

const ref = (name: string, kind = 'schemas') => ({ $ref: `#/components/${kind}/${name}` });

function bundle(): Json {
  return {
    openapi: '3.1.0',
    paths: {
      '/api/v4/leads': {
        parameters: [ref('XContextUserId', 'parameters')],
        get: {
          operationId: 'listLeads',
          description: 'Lists leads.',
          parameters: [ref('Page', 'parameters'), ref('LeadsFilterParameter', 'parameters'), {
            name: 'order', in: 'query', style: 'deepObject', explode: true,
            schema: { type: 'object', properties: { id: ref('SortDirection'), updated_at: ref('SortDirection') } },
          }],
          responses: { 204: { description: 'Nothing.' } },
        },
      },
      '/api/v4/events': {
        // A path-level filter applies to every operation of the path.
        parameters: [ref('XContextUserId', 'parameters'), {
          name: 'filter', in: 'query', style: 'deepObject', explode: true, required: true,
          schema: {
            type: 'object',
            required: ['entity'],
            properties: {
              entity: { type: 'string', enum: ['lead', 'contact'], example: 'lead' },
              value_after: {
                type: 'object',
                properties: {
                  leads_statuses: {
                    type: 'array', maxItems: 2,
                    items: { type: 'object', properties: { pipeline_id: { type: 'integer' }, status_id: { type: 'integer' } } },
                  },
                },
              },
            },
          },
        }],
        get: { operationId: 'listEvents', responses: { 204: { description: 'Nothing.' } } },
      },
    },
    components: {
      parameters: {
        XContextUserId: { name: 'X-Context-User-ID', in: 'header', schema: { type: 'integer' } },
        Page: { name: 'page', in: 'query', schema: { type: 'integer' } },
        LeadsFilterParameter: {
          name: 'filter', in: 'query', style: 'deepObject', explode: true,
          schema: ref('LeadsFilterFields'),
        },
      },
      schemas: {
        SortDirection: { type: 'string', enum: ['asc', 'desc'], example: 'asc' },
        IdOrIds: {
          description: 'One ID or several.',
          oneOf: [{ type: 'integer', example: 5 }, { type: 'array', items: { type: 'integer', example: 5 }, minItems: 1 }],
        },
        TimestampRange: {
          oneOf: [
            { type: 'integer', description: 'After this time.' },
            { type: 'object', properties: { from: { type: 'integer', description: 'Lower bound.' }, to: { type: 'integer' } } },
          ],
        },
        // Still used by a response below: must survive the clean-up.
        LeadName: { type: 'string', example: 'Deal' },
        LeadsFilterFields: {
          type: 'object',
          description: 'Filters of the lead list.',
          additionalProperties: false,
          properties: {
            id: { ...ref('IdOrIds'), description: 'The lead ID, or several.' },
            name: { anyOf: [ref('LeadName'), { type: 'integer', example: 1 }] },
            price: { allOf: [ref('TimestampRange')] },
            statuses: {
              type: 'array',
              items: { type: 'object', properties: { pipeline_id: { type: 'integer' }, status_id: { type: 'integer' } } },
            },
            custom_fields_values: { type: 'object', additionalProperties: ref('IdOrIds') },
          },
        },
        Lead: { type: 'object', properties: { name: ref('LeadName') } },
      },
    },
  };
}

function flattened() {
  const root = bundle();
  // The response that keeps LeadName in use.
  ((root.paths as Json)['/api/v4/leads'] as { get: Json }).get.responses = {
    200: { description: 'Leads.', content: { 'application/json': { schema: ref('Lead') } } },
  };
  flattenQueryParameters(root);
  const paths = root.paths as Record<string, { parameters: Parameter[]; get: Json & { parameters?: Parameter[] } }>;
  return { root, leads: paths['/api/v4/leads']!, events: paths['/api/v4/events']! };
}

const names = (parameters: Parameter[] = []) => parameters.map((p) => p.name ?? (p as unknown as { $ref: string }).$ref);

describe('flat-query decorator', () => {
  it('gives each documented key its literal PHP name: [key] to any depth, [] for arrays of scalars, every union member', () => {
    const { leads } = flattened();
    expect(names(leads.get.parameters)).toEqual([
      '#/components/parameters/Page',
      'filter[id]', 'filter[id][]',
      'filter[name]',
      'filter[price]', 'filter[price][from]', 'filter[price][to]',
      ...[...Array(10).keys()].flatMap((i) => [`filter[statuses][${i}][pipeline_id]`, `filter[statuses][${i}][status_id]`]),
      'order[id]', 'order[updated_at]',
    ]);
    const byName = new Map(leads.get.parameters!.map((p) => [p.name, p]));
    expect(byName.get('filter[id][]')).toEqual({
      name: 'filter[id][]', in: 'query', style: 'form', explode: true,
      description: 'The lead ID, or several. One key of the PHP-style `filter` parameter.',
      schema: { type: 'array', minItems: 1, items: { type: 'integer', example: 5 } },
    });
    // Scalars carry no style: plain `name=value`.
    expect(byName.get('filter[price][from]')).toEqual({
      name: 'filter[price][from]', in: 'query',
      description: 'Lower bound. One key of the PHP-style `filter` parameter.',
      schema: { type: 'integer' },
    });
    // Two members under one name are one parameter; $refs are inlined.
    expect(byName.get('filter[name]')!.schema).toEqual({ anyOf: [{ type: 'string', example: 'Deal' }, { type: 'integer', example: 1 }] });
    expect(byName.get('order[id]')!.schema).toEqual({ type: 'string', enum: ['asc', 'desc'], example: 'asc' });
    expect(JSON.stringify(leads.get.parameters!.slice(1))).not.toContain('$ref');
  });

  it('lists keys chosen at run time (maps) as x-php-style-only and says so, since no literal name exists', () => {
    const { leads } = flattened();
    expect(leads.get['x-php-style-only']).toEqual(['filter[custom_fields_values][…]']);
    expect(leads.get.description).toMatch(/^Lists leads\.\n\nNot in this form .*`filter\[custom_fields_values\]\[…\]`/s);
    expect(names(leads.get.parameters).some((n) => n.startsWith('filter[custom_fields_values]'))).toBe(false);
  });

  it('moves a path-level filter into each operation, indexes arrays of objects up to maxItems, keeps required keys required', () => {
    const { events } = flattened();
    expect(events.parameters).toEqual([ref('XContextUserId', 'parameters')]);
    expect(events.get.parameters!.map((p) => [p.name, p.required === true])).toEqual([
      ['filter[entity]', true],
      ['filter[value_after][leads_statuses][0][pipeline_id]', false],
      ['filter[value_after][leads_statuses][0][status_id]', false],
      ['filter[value_after][leads_statuses][1][pipeline_id]', false],
      ['filter[value_after][leads_statuses][1][status_id]', false],
    ]);
  });

  it('lets an operation override a path-level filter by name, as OpenAPI does', () => {
    const root = bundle();
    const item = (root.paths as Record<string, { get: Json; post?: Json }>)['/api/v4/events']!;
    item.get.parameters = [{ name: 'filter', in: 'query', style: 'deepObject', schema: { type: 'object', properties: { uid: { type: 'string' } } } }];
    item.post = { operationId: 'createEvents', responses: { 204: { description: 'Nothing.' } } };
    flattenQueryParameters(root);
    expect(names(item.get.parameters as Parameter[])).toEqual(['filter[uid]']);
    expect(names(item.post.parameters as Parameter[])).toContain('filter[entity]');
  });

  it('removes the components only the rewritten parameters used, and keeps the rest', () => {
    const { root } = flattened();
    const components = root.components as Record<string, Json>;
    expect(Object.keys(components.parameters!)).toEqual(['XContextUserId', 'Page']);
    expect(Object.keys(components.schemas!)).toEqual(['LeadName', 'Lead']);
  });

  it('leaves a bundle without deepObject parameters as it was', () => {
    const root = bundle();
    const paths = root.paths as Record<string, Json>;
    delete paths['/api/v4/events'];
    (paths['/api/v4/leads'] as { get: Json }).get.parameters = [ref('Page', 'parameters')];
    const components = root.components as Record<string, Json>;
    delete components.parameters!.LeadsFilterParameter;
    const before = JSON.stringify(root);
    flattenQueryParameters(root);
    expect(JSON.stringify(root)).toBe(before);
  });

  it('refuses a recursive filter schema instead of looping', () => {
    const root = bundle();
    const schemas = (root.components as Record<string, Json>).schemas as Json;
    schemas.LeadsFilterFields = { type: 'object', properties: { and: ref('LeadsFilterFields') } };
    expect(() => flattenQueryParameters(root)).toThrow(/flat-query/);
  });
});
