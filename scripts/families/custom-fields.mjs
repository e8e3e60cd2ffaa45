// The custom fields and field groups sections (custom-fields.md): 6 entities x 6 field operations
// + 5 entities x 5 group operations = 61 operations in 22 path files. The operations differ only
// by entity, so they come from the tables here (scripts/generate-paths.mjs writes the files).
import { ADMINS, ALL_USERS, blocks, refFrom } from './lib.mjs';

export const section = 'custom-fields';
const ref = refFrom(section);
const { responses, hal, jsonBody, batch } = blocks(ref);

// `name` goes into operationIds, `prefix` into schema and example names, `family` names the
// create/edit models (leads, contacts and companies accept the same bodies).
const FIELD_ENTITIES = [
  { path: 'leads', name: 'Leads', prefix: 'Lead', family: 'LeadCustomField', many: 'lead fields', one: 'lead field', ru: 'поля сделок' },
  { path: 'contacts', name: 'Contacts', prefix: 'Contact', family: 'CustomField', many: 'contact fields', one: 'contact field', ru: 'поля контактов' },
  { path: 'companies', name: 'Companies', prefix: 'Company', family: 'CustomField', many: 'company fields', one: 'company field', ru: 'поля компаний' },
  { path: 'customers', name: 'Customers', prefix: 'Customer', family: 'CustomerCustomField', many: 'customer fields', one: 'customer field', ru: 'поля покупателей' },
  {
    path: 'customers/segments', name: 'CustomersSegments', prefix: 'CustomerSegment', family: 'CustomerSegmentCustomField',
    many: 'fields of customer segments', one: 'field of customer segments', ru: 'поля сегментов покупателей',
  },
  {
    path: 'catalogs/{catalog_id}', name: 'Catalog', prefix: 'Catalog', family: 'CatalogCustomField',
    many: 'fields of a catalog', one: 'field of a catalog', ru: 'поля списка',
    pathParameters: ['CatalogId'], batchUpdateExample: 'CatalogCustomFieldsUpdateRequest',
  },
];

const GROUP_ENTITIES = [
  { path: 'leads', name: 'Leads', of: 'leads', ru: 'сделки' },
  { path: 'contacts', name: 'Contacts', of: 'contacts', ru: 'контакты' },
  { path: 'companies', name: 'Companies', of: 'companies', ru: 'компании' },
  { path: 'customers', name: 'Customers', of: 'customers', ru: 'покупатели' },
  // The page's group examples are of leads; a catalog's answers get examples of their own.
  {
    path: 'catalogs/{catalog_id}', name: 'Catalog', of: 'a catalog', ru: 'списки', pathParameters: ['CatalogId'],
    responseExamples: {
      list: 'CatalogCustomFieldGroupsListResponse', create: 'CatalogCustomFieldGroupsCreateResponse',
      get: 'CatalogCustomFieldGroupGetResponse', update: 'CatalogCustomFieldGroupUpdateResponse',
    },
  },
];

// custom-fields.md lists 201 as the success code of the batch edit, and its single-field edit
// (`PATCH …/custom_fields/{id}`, described in the same section) shares that table.
// custom-fields.md gives no 404 for a field (it does for groups: "Группа полей не найдена").
const FIELD_404_NOTE = [
  'custom-fields.md lists no 404 for a field ID that names no field (it lists one for groups);',
  'the spec declares 404 for it, the answer the same page gives for a missing group.',
].join(' ');

const EDIT_CODE_NOTE = [
  'The documentation lists **201** as the success code of an edit (the same as create), and this',
  'description declares what it says; a client should take any 2xx as success.',
].join(' ');

function fieldCollection(e) {
  const tags = ['Custom fields'];
  const collection = `${e.prefix}CustomFieldCollection`;
  return {
    parameters: ['XContextUserId', ...(e.pathParameters ?? [])].map((p) => ref('parameters', p)),
    get: {
      operationId: `list${e.name}CustomFields`,
      summary: `List ${e.many}`,
      description: [
        `Returns the ${e.many} (${e.ru}), a page at a time (список полей сущности).`,
        '`filter[type]` narrows the list to some field types; `order[sort]` or `order[id]` sorts it.',
        'The page says both that the call returns up to 50 fields a request and that `limit` goes up to 250;',
        'the spec reads 50 as the default page size and 250 as the largest `limit`.',
        'When there is nothing to list, the answer is **204 with an empty body**.',
        ALL_USERS,
      ].join(' '),
      tags,
      parameters: [ref('parameters', 'Page'), ref('parameters', 'Limit'), ref('parameters', 'CustomFieldsFilter'), ref('parameters', 'CustomFieldsOrder')],
      responses: responses([204, 400, 401, 402, 403, 422, 429, 500], {
        200: hal('A page of fields.', collection, [`${e.prefix}CustomFieldsListResponse`]),
      }),
    },
    post: {
      operationId: `create${e.name}CustomFields`,
      summary: `Create ${e.many}`,
      description: [
        `Creates ${e.many} (${e.ru}) in a batch (создание дополнительных полей).`,
        '`type` and `name` are required for each. Send a `request_id` with an item to find it in the answer.',
        ADMINS,
      ].join(' '),
      tags,
      requestBody: jsonBody(batch(`${e.family}Create`), [`${e.prefix}CustomFieldsCreateRequest`]),
      responses: responses([400, 401, 402, 403, 422, 429, 500], {
        201: hal('The fields were created, in the order sent.', collection, [`${e.prefix}CustomFieldsCreateResponse`]),
      }),
    },
    patch: {
      operationId: `update${e.name}CustomFields`,
      summary: `Edit ${e.many}`,
      description: [
        `Changes ${e.many} (${e.ru}) in a batch (редактирование дополнительных полей): an array of items,`,
        'each naming its field by `id` and carrying only what changes.',
        'To change one field, `PATCH` its own path with the field model alone.',
        EDIT_CODE_NOTE,
        ADMINS,
      ].join(' '),
      tags,
      requestBody: jsonBody(batch(`${e.family}BatchUpdate`), [e.batchUpdateExample ?? 'CustomFieldsUpdateRequest']),
      responses: responses([400, 401, 402, 403, 422, 429, 500], {
        201: hal('The fields were changed, in the order sent (201, as the documentation lists).', collection, [`${e.prefix}CustomFieldsUpdateResponse`]),
      }),
    },
  };
}

function fieldItem(e) {
  const tags = ['Custom fields'];
  const item = `${e.prefix}CustomField`;
  return {
    parameters: ['XContextUserId', ...(e.pathParameters ?? []), 'CustomFieldId'].map((p) => ref('parameters', p)),
    get: {
      operationId: `get${e.name}CustomField`,
      summary: `Get a ${e.one} by ID`,
      description: `Returns one ${e.one} (${e.ru}) by its ID (получение поля сущности по его ID). ${FIELD_404_NOTE} ${ALL_USERS}`,
      tags,
      responses: responses([401, 402, 403, 404, 422, 429, 500], {
        200: hal('The field.', item, [`${e.prefix}CustomFieldGetResponse`]),
      }),
    },
    patch: {
      operationId: `update${e.name}CustomField`,
      summary: `Edit a ${e.one}`,
      description: [
        `Changes one ${e.one} (${e.ru}): the body is the field model itself, not an array,`,
        `and carries only what changes. ${EDIT_CODE_NOTE} ${FIELD_404_NOTE} ${ADMINS}`,
      ].join(' '),
      tags,
      requestBody: jsonBody(ref('schemas', `${e.family}Update`), ['CustomFieldUpdateRequest']),
      responses: responses([400, 401, 402, 403, 404, 422, 429, 500], {
        201: hal('The field was changed (201, as the documentation lists for edits).', item, [`${e.prefix}CustomFieldUpdateResponse`]),
      }),
    },
    delete: {
      operationId: `delete${e.name}CustomField`,
      summary: `Delete a ${e.one}`,
      description: `Deletes one ${e.one} (${e.ru}; удаление дополнительного поля). **Its values are deleted with it.** ${FIELD_404_NOTE} ${ADMINS}`,
      tags,
      responses: responses([400, 401, 402, 403, 404, 429, 500], { 204: ref('responses', 'Deleted') }),
    },
  };
}

function groupCollection(g) {
  const tags = ['Custom field groups'];
  return {
    parameters: ['XContextUserId', ...(g.pathParameters ?? [])].map((p) => ref('parameters', p)),
    get: {
      operationId: `list${g.name}CustomFieldGroups`,
      summary: `List the field groups of ${g.of}`,
      description: [
        `Returns the field groups of ${g.of} (${g.ru}; список групп полей сущности).`,
        'The documentation\'s examples for this call and for "get a group by ID" look swapped',
        '(one group here, a collection there); this description puts each where it belongs.',
        ALL_USERS,
      ].join(' '),
      tags,
      responses: responses([204, 400, 401, 402, 403, 429, 500], {
        200: hal('The groups.', 'CustomFieldGroupCollection', [g.responseExamples?.list ?? 'CustomFieldGroupsListResponse']),
      }),
    },
    post: {
      operationId: `create${g.name}CustomFieldGroups`,
      summary: `Create field groups of ${g.of}`,
      description: `Adds field groups to ${g.of} (${g.ru}) in a batch (создание групп полей). \`name\` and \`sort\` are required for each. ${ADMINS}`,
      tags,
      requestBody: jsonBody(batch('CustomFieldGroupCreate'), ['CustomFieldGroupsCreateRequest']),
      responses: responses([400, 401, 402, 403, 429, 500], {
        201: hal('The groups were created.', 'CustomFieldGroupCollection', [g.responseExamples?.create ?? 'CustomFieldGroupsCreateResponse']),
      }),
    },
  };
}

function groupItem(g) {
  const tags = ['Custom field groups'];
  return {
    parameters: ['XContextUserId', ...(g.pathParameters ?? []), 'CustomFieldGroupId'].map((p) => ref('parameters', p)),
    get: {
      operationId: `get${g.name}CustomFieldGroup`,
      summary: `Get a field group of ${g.of} by ID`,
      description: `Returns one field group of ${g.of} (${g.ru}; получение группы полей по ID). ${ALL_USERS}`,
      tags,
      responses: responses([401, 402, 403, 404, 429, 500], {
        200: hal('The group.', 'CustomFieldGroup', [g.responseExamples?.get ?? 'CustomFieldGroupGetResponse']),
      }),
    },
    patch: {
      operationId: `update${g.name}CustomFieldGroup`,
      summary: `Edit a field group of ${g.of}`,
      description: `Changes a field group of ${g.of} (${g.ru}; редактирование группы полей). Send at least one of \`name\`, \`sort\` and \`fields\` (the IDs of fields to move into the group). ${ADMINS}`,
      tags,
      requestBody: jsonBody(ref('schemas', 'CustomFieldGroupUpdate'), ['CustomFieldGroupUpdateRequest', 'CustomFieldGroupMoveFieldsRequest']),
      responses: responses([400, 401, 402, 403, 404, 429, 500], {
        200: hal('The group was changed.', 'CustomFieldGroup', g.responseExamples ? [g.responseExamples.update] : ['CustomFieldGroupUpdateResponse', 'CustomFieldGroupMoveFieldsResponse']),
      }),
    },
    delete: {
      operationId: `delete${g.name}CustomFieldGroup`,
      summary: `Delete a field group of ${g.of}`,
      description: `Deletes a field group of ${g.of} (${g.ru}; удаление группы полей). Predefined groups (\`is_predefined: true\`) cannot be deleted. ${ADMINS}`,
      tags,
      responses: responses([400, 401, 402, 403, 404, 429, 500], { 204: ref('responses', 'Deleted') }),
    },
  };
}

/** Every path this family owns, with its path item. */
export function paths() {
  return [
    ...FIELD_ENTITIES.flatMap((e) => [
      [`/api/v4/${e.path}/custom_fields`, fieldCollection(e)],
      [`/api/v4/${e.path}/custom_fields/{id}`, fieldItem(e)],
    ]),
    ...GROUP_ENTITIES.flatMap((g) => [
      [`/api/v4/${g.path}/custom_fields/groups`, groupCollection(g)],
      [`/api/v4/${g.path}/custom_fields/groups/{id}`, groupItem(g)],
    ]),
  ];
}
