// Compile-time tests for the generated custom field types; checked by `tsc --noEmit`, never executed.
// Each @ts-expect-error line is an assertion: the build fails if that wrong call type-checks.
import createClient from 'openapi-fetch';
import type { components, paths } from '../../generated/schema';

type CustomFieldType = components['schemas']['CustomFieldType'];
type ContactCustomField = components['schemas']['ContactCustomField'];

export async function typedCustomFieldCalls() {
  const client = createClient<paths>({ baseUrl: 'https://example.amocrm.ru' });

  const { data } = await client.GET('/api/v4/contacts/custom_fields', { params: { query: { page: 2, limit: 50 } } });
  const fields: ContactCustomField[] | undefined = data?._embedded.custom_fields;
  const first = fields?.[0];
  const deletable: boolean | undefined = first?.is_deletable;
  const entity: 'contacts' | undefined = first?.entity_type;
  // A type the spec does not know yet still arrives as a string.
  const type: CustomFieldType | string | undefined = first?.type;

  await client.POST('/api/v4/leads/custom_fields', {
    body: [{
      type: 'select',
      name: 'Источник',
      sort: 510,
      enums: [{ value: 'Сайт', sort: 1 }, { value: 'Рекомендация', sort: 2 }],
      required_statuses: [{ pipeline_id: 16056, status_id: 20540473 }],
      request_id: 'source',
    }],
  });

  const created = await client.POST('/api/v4/catalogs/{catalog_id}/custom_fields', {
    params: { path: { catalog_id: 1095 } },
    body: [{
      type: 'category',
      name: 'Раздел',
      is_required: true,
      nested: [{ value: 'Обувь', request_id: 'shoes' }, { value: 'Кроссовки', parent_request_id: 'shoes' }],
    }],
  });
  const catalogId: number | undefined = created.data?._embedded.custom_fields[0]?.catalog_id;

  await client.PATCH('/api/v4/customers/segments/custom_fields/{id}', {
    params: { path: { id: 4457601 } },
    body: { name: 'Скидка', sort: 1 },
  });
  await client.DELETE('/api/v4/leads/custom_fields/{id}', { params: { path: { id: 4439091 } } });
  await client.DELETE('/api/v4/catalogs/{catalog_id}/custom_fields/{id}', { params: { path: { catalog_id: 1095, id: 1278898087 } } });

  const groups = await client.GET('/api/v4/leads/custom_fields/groups', {});
  const groupId: string | undefined = groups.data?._embedded.custom_field_groups[0]?.id;
  await client.PATCH('/api/v4/leads/custom_fields/groups/{id}', { params: { path: { id: 'leads_2745' } }, body: { sort: 6 } });

  // The current page: filter[type] and order on lists, the 201 of edits, lead-only and per-type properties.
  const texts = await client.GET('/api/v4/leads/custom_fields', { params: { query: { filter: { type: ['text', 'select'] }, order: { sort: 'asc' } } } });
  const lead = texts.data?._embedded.custom_fields[0];
  if (lead) {
    // Keys every documented example carries are required.
    const id: number = lead.id;
    const name: string = lead.name;
    const sort: number = lead.sort;
    const computed: boolean | undefined = lead.is_computed;
    const hidden: number | undefined = lead.hidden_statuses?.[0]?.status_id;
    const chainedCatalog: number | undefined = lead.chained_lists?.[0]?.catalog_id;
    const callback: string | undefined = lead.tracking_callback;
    const currency: string | null | undefined = lead.currency;
    const deletable: boolean | undefined = lead.is_deletable;
    const enumCode: string | null | undefined = lead.enums?.[0]?.code;
    void [id, name, sort, computed, hidden, chainedCatalog, callback, currency, deletable, enumCode];
  }
  const edited = await client.PATCH('/api/v4/leads/custom_fields', {
    body: [{ id: 4457223, hidden_statuses: [{ status_id: 41221, pipeline_id: 3142 }], enums: [{ id: 1, value: 'Сайт', sort: 1, code: 'site' }] }],
  });
  const editedId: number | undefined = edited.data?._embedded.custom_fields[0]?.id;
  await client.POST('/api/v4/customers/custom_fields', {
    body: [{ type: 'chained_list', name: 'Оборудование', chained_lists: [{ title: null, catalog_id: 1001, parent_catalog_id: 1007 }] }],
  });
  await client.POST('/api/v4/contacts/custom_fields', { body: [{ type: 'monetary', name: 'Бюджет', currency: 'USD' }] });
  await client.POST('/api/v4/catalogs/{catalog_id}/custom_fields', {
    params: { path: { catalog_id: 1095 } },
    body: [{ type: 'linked_entity', name: 'Контакт', search_in: 'contacts_and_companies' }],
  });
  const catalogGroups = await client.GET('/api/v4/catalogs/{catalog_id}/custom_fields/groups', { params: { path: { catalog_id: 1095 } } });
  const catalogGroupType: string | undefined = catalogGroups.data?._embedded.custom_field_groups[0]?.type;
  await client.PATCH('/api/v4/catalogs/{catalog_id}/custom_fields/groups/{id}', {
    params: { path: { catalog_id: 1095, id: 'catalogs_1' } }, body: { sort: 6, fields: [14563, 12575] },
  });
  await client.DELETE('/api/v4/catalogs/{catalog_id}/custom_fields/groups/{id}', { params: { path: { catalog_id: 1095, id: 'catalogs_1' } } });

  // @ts-expect-error hidden_statuses is for lead fields only
  await client.POST('/api/v4/contacts/custom_fields', { body: [{ type: 'text', name: 'T', hidden_statuses: [] }] });
  // @ts-expect-error search_in is for catalog fields only
  await client.POST('/api/v4/leads/custom_fields', { body: [{ type: 'linked_entity', name: 'L', search_in: 'contacts' }] });
  // @ts-expect-error order takes sort or id only
  await client.GET('/api/v4/leads/custom_fields', { params: { query: { order: { name: 'asc' } } } });
  // @ts-expect-error a group's fields are field IDs
  await client.PATCH('/api/v4/leads/custom_fields/groups/{id}', { params: { path: { id: 'leads_2745' } }, body: { fields: ['14563'] } });
  // @ts-expect-error `deal_name` is not a field type
  await client.POST('/api/v4/leads/custom_fields', { body: [{ type: 'deal_name', name: 'Название' }] });
  // @ts-expect-error a field to create needs a name
  await client.POST('/api/v4/contacts/custom_fields', { body: [{ type: 'text' }] });
  // @ts-expect-error a catalog's fields need the catalog's ID
  await client.GET('/api/v4/catalogs/{catalog_id}/custom_fields', { params: { path: {} } });
  // @ts-expect-error catalog-only properties are not accepted for lead fields
  await client.POST('/api/v4/leads/custom_fields', { body: [{ type: 'text', name: 'Артикул', is_required: true }] });
  // @ts-expect-error enum sort is an integer (the documentation's request table says string)
  await client.POST('/api/v4/leads/custom_fields', { body: [{ type: 'select', name: 'S', enums: [{ value: 'a', sort: '1' }] }] });
  // @ts-expect-error a batch edit names each field by id
  await client.PATCH('/api/v4/companies/custom_fields', { body: [{ name: 'Which field?' }] });
  // @ts-expect-error group IDs are strings
  await client.GET('/api/v4/leads/custom_fields/groups/{id}', { params: { path: { id: 4521 } } });

  return { deletable, entity, type, catalogId, groupId, editedId, catalogGroupType };
}
