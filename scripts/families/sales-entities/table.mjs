// The operations leads, contacts, companies and customers share (leads-api.md, contacts-api.md,
// companies-api.md, customers-api.md): list, get by ID, batch create, batch edit and single edit, 5
// per entity. They differ only by entity, so they come from this one table; leads.mjs, contacts.mjs,
// companies.mjs and customers.mjs each hand one entity's paths to scripts/generate-paths.mjs (a family
// writes into one section). What a page documents differently (no sort order, other required keys,
// other codes) is a key of its row; a row without it gets the leads page's reading.
// The calls that exist for one entity only (complex add, contact chats) are hand-written path files.
import { BY_RIGHTS, blocks, refFrom } from '../lib.mjs';

const ERRORS_FROM = '402, 403 and 429 are answers every call can get (error-codes.md, "Другие ответы"); 500 is one that catalog.md\'s request examples handle.';

export const ENTITIES = {
  leads: {
    One: 'Lead', Many: 'Leads', one: 'lead', many: 'leads', ru: { many: 'сделки', one: 'сделки' },
    order: '`created_at`, `updated_at` and `id`',
    filterExtra: 'the price (`filter[price][from|to]`), the pipelines, the statuses (`filter[statuses][0][pipeline_id]` and `[status_id]`) and the closing date',
    withNote: 'Properties that need `with`: `source_id`, `is_price_modified_by_robot` and, in `_embedded`, `contacts`, `loss_reason`, `catalog_elements` and `source`; `with=only_deleted` lists the deleted leads still in the trash instead.',
    createNote: 'Existing contacts and a company are linked by ID in `_embedded`; to create them with the lead, use the complex add (`POST /api/v4/leads/complex`).',
  },
  contacts: {
    One: 'Contact', Many: 'Contacts', one: 'contact', many: 'contacts', ru: { many: 'контакты', one: 'контакта' },
    order: '`updated_at` and `id`',
    withNote: 'Properties that need `with`: `_embedded.leads`, `_embedded.customers` and `_embedded.catalog_elements`.',
    createNote: '`_embedded` carries tags only.',
  },
  companies: {
    One: 'Company', Many: 'Companies', one: 'company', many: 'companies', ru: { many: 'компании', one: 'компании' },
    order: '`updated_at` and `id`',
    withNote: 'Properties that need `with`: `_embedded.contacts`, `_embedded.leads`, `_embedded.customers` and `_embedded.catalog_elements`.',
    createNote: '`_embedded` carries tags only.',
  },
  customers: {
    One: 'Customer', Many: 'Customers', one: 'customer', many: 'customers', ru: { many: 'покупатели', one: 'покупателя' },
    // customers-api.md documents no `order` for the list, and filters-api.md none for customers.
    order: null,
    filterExtra: 'the expected price and date of the next purchase (`filter[next_price][from|to]`, `filter[next_date][from|to]`), the statuses (`filter[status_id]`)',
    withNote: 'Properties that need `with`: in `_embedded`, `contacts`, `companies` and `catalog_elements`.',
    createRequired: '`name` is required, and `next_date` too when the account\'s customers are in the periodicity mode (режим периодичности).',
    createNote: '`_embedded` carries tags and segments (`_embedded.segments`, by ID: the example sends it, the table does not list it).',
    listCodes: '200 and 401',
    before: 'Customers must be switched on (`PATCH /api/v4/customers/mode`); what the calls answer while they are off the page does not say.',
  },
};

const TAGS_NOTE = 'Tags: `tags_to_add` and `tags_to_delete` add and remove single tags and keep the others; `_embedded.tags` **replaces the whole list** (null removes every tag).';

/** The two path items of one entity kind, from `section`'s paths/ folder. */
export function entityPaths(key) {
  const e = ENTITIES[key];
  const ref = refFrom(key);
  const { responses, hal, jsonBody, batch } = blocks(ref);
  const tags = [e.Many];
  const collection = {
    parameters: [ref('parameters', 'XContextUserId')],
    get: {
      operationId: `list${e.Many}`,
      summary: `List ${e.many}`,
      description: [
        `Returns the account's ${e.many} (список: ${e.ru.many}), a page at a time (\`limit\` at most 250), searched by \`query\`, filtered${e.order ? ' and sorted' : ''}.`,
        `${BY_RIGHTS}${e.before ? ` ${e.before}` : ''}`,
        '',
        e.order ? `${e.withNote} Sortable by ${e.order} (\`order[updated_at]=asc\`).` : `${e.withNote} The page documents no sort order.`,
        '',
        `**Filters** (filters-api.md): ID, name, the creating, changing and responsible users, the creation, change and closest-task dates, ${e.filterExtra ? `${e.filterExtra}, ` : ''}and custom field values.`,
        'The API filtering is **a paid option** of the account (Альфа-фильтрация, switched on in "Settings → Billing"); `GET /api/v4/account?with=is_api_filter_enabled` tells whether it is on.',
        '',
        'When nothing matches, or past the last page, the answer is **204 with an empty body** (error-codes.md, code 2002).',
        e.listCodes ? `The page lists ${e.listCodes}; ${ERRORS_FROM}` : `The page lists 200, 401 and 402; ${ERRORS_FROM.replace('402, ', '')}`,
      ].join('\n'),
      tags,
      parameters: [ref('parameters', `${e.Many}With`), ref('parameters', 'Page'), ref('parameters', 'Limit'),
        ref('parameters', 'EntitySearchQuery'), ref('parameters', `${e.Many}Filter`), ...(e.order ? [ref('parameters', `${e.Many}Order`)] : [])],
      responses: responses([204, 401, 402, 403, 429, 500], {
        200: hal(`A page of ${e.many}.`, `${e.One}Collection`, [`${e.Many}ListResponse`]),
      }),
    },
    post: {
      operationId: `create${e.Many}`,
      summary: `Create ${e.many}`,
      description: [
        `Creates ${e.many} in a batch (добавление: ${e.ru.many}); ${e.createRequired ?? 'nothing is required.'} ${e.createNote}`,
        `Send a \`request_id\` with an item to find it in the answer. ${BY_RIGHTS}`,
        '',
        `The page lists 200, 400 and 401; ${ERRORS_FROM}`,
      ].join('\n'),
      tags,
      requestBody: jsonBody(batch(`${e.One}Create`), [`${e.Many}CreateRequest`]),
      responses: responses([400, 401, 402, 403, 429, 500], {
        200: hal(`The ${e.many} were created, in the order sent.`, `${e.One}CreatedCollection`, [`${e.Many}CreateResponse`]),
      }),
    },
    patch: {
      operationId: `update${e.Many}`,
      summary: `Edit ${e.many}`,
      description: [
        `Changes ${e.many} in a batch (редактирование: ${e.ru.many}): an array of items, each naming its ${e.one} by \`id\` and carrying only what changes.`,
        `To change one ${e.one}, \`PATCH /api/v4/${e.many}/{id}\` with the ${e.one} model alone. ${TAGS_NOTE}`,
        `The answer returns \`id\` and \`updated_at\` of each. ${BY_RIGHTS}`,
        '',
        `The page lists 200, 400 and 401; ${ERRORS_FROM}`,
      ].join('\n'),
      tags,
      requestBody: jsonBody(batch(`${e.One}BatchUpdate`), [`${e.Many}UpdateRequest`]),
      responses: responses([400, 401, 402, 403, 429, 500], {
        200: hal(`The ${e.many} were changed, in the order sent.`, `${e.One}UpdatedCollection`, [`${e.Many}UpdateResponse`]),
      }),
    },
  };
  const item = {
    parameters: [ref('parameters', 'XContextUserId'), ref('parameters', `${e.One}Id`)],
    get: {
      operationId: `get${e.One}`,
      summary: `Get a ${e.one} by ID`,
      description: [
        `Returns one ${e.one} (получение ${e.ru.one} по ID). ${BY_RIGHTS}`,
        '',
        `**A ${e.one} that does not exist answers 204 with an empty body**, not 404. ${e.withNote}`,
        '',
        `The page lists 200, 204 and 401; ${ERRORS_FROM}`,
      ].join('\n'),
      tags,
      parameters: [ref('parameters', `${e.Many}With`)],
      responses: responses([204, 401, 402, 403, 429, 500], {
        200: hal(`The ${e.one}.`, e.One, [`${e.One}GetResponse`]),
      }),
    },
    patch: {
      operationId: `update${e.One}`,
      summary: `Edit a ${e.one}`,
      description: [
        `Changes one ${e.one}: the body is the ${e.one} model itself, not an array, and carries only what changes.`,
        `The page describes this call only in a sentence of the batch edit ("также вы можете добавить ID … в метод"); the body is the batch edit's item, the answer one item of the batch answer.`,
        `${TAGS_NOTE} ${BY_RIGHTS}`,
        '',
        `400 and 401 as for the batch edit; ${ERRORS_FROM}`,
      ].join('\n'),
      tags,
      requestBody: jsonBody(ref('schemas', `${e.One}Update`), [`${e.One}UpdateRequest`]),
      responses: responses([400, 401, 402, 403, 429, 500], {
        200: hal(`The ${e.one} was changed.`, 'EntityUpdated', [`${e.One}UpdateResponse`]),
      }),
    },
  };
  return [
    [`/api/v4/${e.many}`, collection],
    [`/api/v4/${e.many}/{id}`, item],
  ];
}
