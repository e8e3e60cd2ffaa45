// Compile-time tests for the leads, contacts, companies, pipelines, users and account types, through
// the package's client; checked by `tsc --noEmit`, never executed. Each @ts-expect-error line is an
// assertion: the build fails if that wrong call or value type-checks.
import { createAmoClient, paginate, type components } from '../../src';

type Schemas = components['schemas'];
type Lead = Schemas['Lead'];
type KnownRead = Schemas['KnownCustomFieldValueRead'];
type ValueRead = Schemas['CustomFieldValueRead'];

const isKnown = (v: ValueRead): v is KnownRead => v.field_type !== undefined && [
  'text', 'numeric', 'checkbox', 'select', 'multiselect', 'multitext', 'date', 'url', 'date_time', 'textarea',
  'radiobutton', 'streetaddress', 'smart_address', 'birthday', 'legal_entity', 'price', 'category', 'items',
].includes(v.field_type);

/** The first phone of a lead: its multitext values narrow by field_type. */
export function firstPhone(lead: Lead): string | undefined {
  for (const field of lead.custom_fields_values ?? []) {
    if (isKnown(field) && field.field_type === 'multitext') {
      const kind: string | undefined = field.values[0]?.enum_code;
      void kind;
      return field.values[0]?.value;
    }
  }
  return undefined;
}

export const leadWithPhone: Lead = {
  id: 3912171, updated_at: 1590683337, updated_by: 504141, is_deleted: false, name: 'Example',
  custom_fields_values: [{
    field_id: 3, field_name: 'Телефон', field_code: 'PHONE', field_type: 'multitext',
    values: [{ value: '+79123', enum_id: 1, enum_code: 'WORK' }],
  }],
  _embedded: {
    tags: [],
    companies: [{ id: 10971463, _links: { self: { href: 'https://example.amocrm.ru/api/v4/companies/10971463' } } }],
    contacts: [{ id: 10971465, is_main: true, _links: { self: { href: 'https://example.amocrm.ru/api/v4/contacts/10971465' } } }],
  },
};
// @ts-expect-error a lead from a list with only_deleted still has its id, updated_at, updated_by and is_deleted
export const leadWithoutId: Lead = { updated_at: 1, updated_by: 1, is_deleted: true };

export async function typedSalesCalls() {
  const amo = createAmoClient({ subdomain: 'example', token: 'token' });

  const { data: list } = await amo.GET('/api/v4/leads', {
    params: {
      query: {
        with: ['contacts', 'loss_reason'],
        limit: 250,
        query: 'Иван',
        filter: {
          statuses: [{ pipeline_id: 3383152, status_id: 142 }],
          price: { from: 1000 },
          pipeline_id: [3383152],
          custom_fields_values: { '1286575': [2957741], '1286577': { from: 1608905348, to: 1609905348 } },
        },
        order: { created_at: 'desc' },
      },
    },
  });
  const first: Lead | undefined = list?._embedded.leads[0];
  const isMain: boolean | undefined = first?._embedded?.contacts?.[0]?.is_main;

  // 204 for a missing lead: no data, no exception.
  const { data: lead } = await amo.GET('/api/v4/leads/{id}', { params: { path: { id: 3912171 }, query: { with: ['source'] } } });
  const sourceName: string | undefined = lead?._embedded?.source?.name;

  await amo.POST('/api/v4/leads', {
    body: [{ name: 'Сделка', price: 20000, tags_to_add: [{ name: 'Первый тег' }, { id: 217261 }], _embedded: { contacts: [{ id: 1, is_main: true }] } }],
  });
  await amo.PATCH('/api/v4/leads', { body: [{ id: 54886, status_id: 143, tags_to_delete: [{ name: 'Первый тег' }], _embedded: { tags: null } }] });
  await amo.PATCH('/api/v4/leads/{id}', { params: { path: { id: 54886 } }, body: { price: 50000 } });

  // The complex add answers its typed bare array.
  const { data: complex } = await amo.POST('/api/v4/leads/complex', {
    body: [{
      name: 'Заявка', _embedded: {
        contacts: [{ first_name: 'Евгений', custom_fields_values: [{ field_code: 'PHONE', values: [{ value: '+79129876543', enum_code: 'WORK' }] }] }],
        companies: [{ name: 'ООО Рога и Копыта' }],
        metadata: { category: 'forms', form_id: 123, form_name: 'Форма на сайте', form_sent_at: 1608905348 },
      },
      request_id: 'a',
    }],
  });
  const results: Schemas['LeadComplexResult'][] | undefined = complex;
  const merged: boolean | undefined = results?.[0]?.merged;
  const requestIds: string[] | undefined = results?.[0]?.request_id;

  const { data: contacts } = await amo.GET('/api/v4/contacts', { params: { query: { with: ['leads'], order: { updated_at: 'asc' } } } });
  const contactLeads: number[] | undefined = contacts?._embedded.contacts[0]?._embedded?.leads?.map((l) => l.id);
  await amo.PATCH('/api/v4/contacts/{id}', { params: { path: { id: 3 } }, body: { first_name: 'Иван', tags_to_delete: [{ id: 145471 }] } });
  await amo.GET('/api/v4/contacts/chats', { params: { query: { contact_id: [3102959] } } });
  await amo.POST('/api/v4/contacts/chats', { body: [{ contact_id: 3102959, chat_id: '6cbab3d5-c4c1-46ff-b710-ad59ad10805f' }] });
  await amo.GET('/api/v4/companies/{id}', { params: { path: { id: 1 }, query: { with: ['contacts'] } } });
  for await (const company of paginate(amo, '/api/v4/companies', { params: { query: { limit: 250 } } })) void company.name;

  const { data: pipelines } = await amo.GET('/api/v4/leads/pipelines', {});
  const statusType: 0 | 1 | undefined = pipelines?._embedded.pipelines[0]?._embedded?.statuses?.[0]?.type;
  await amo.GET('/api/v4/leads/pipelines/{pipeline_id}/statuses', { params: { path: { pipeline_id: 3177727 }, query: { with: ['descriptions'] } } });
  await amo.POST('/api/v4/leads/pipelines/{pipeline_id}/statuses', {
    params: { path: { pipeline_id: 3177727 } },
    body: [{ name: 'Новый этап', sort: 100, color: '#fffeb2', descriptions: [{ level: 'newbie', description: 'Для новичка' }] }],
  });
  const { data: account } = await amo.GET('/api/v4/account', { params: { query: { with: ['task_types', 'is_api_filter_enabled'] } } });
  const filterPaid: boolean | undefined = account?.is_api_filter_enabled;
  const { data: users } = await amo.GET('/api/v4/users', { params: { query: { with: ['role', 'group'] } } });
  const right: 'A' | 'G' | 'M' | 'D' | undefined = users?._embedded.users[0]?.rights.leads?.view;
  await amo.POST('/api/v4/users', { body: [{ name: 'Иван', email: 'a@example.com', password: 'aBcde1@345', rights: { role_id: 3141 } }] });
  await amo.PATCH('/api/v4/roles/{id}', { params: { path: { id: 901 } }, body: { rights: { status_rights: null } } });

  // @ts-expect-error contacts sort by updated_at or id only
  await amo.GET('/api/v4/contacts', { params: { query: { order: { created_at: 'asc' } } } });
  // @ts-expect-error filter[statuses] is for leads only
  await amo.GET('/api/v4/companies', { params: { query: { filter: { statuses: [{ pipeline_id: 1, status_id: 2 }] } } } });
  // @ts-expect-error with takes the documented values only
  await amo.GET('/api/v4/leads', { params: { query: { with: ['tasks'] } } });
  // @ts-expect-error a batch edit names each lead by id
  await amo.PATCH('/api/v4/leads', { body: [{ price: 1 }] });
  // @ts-expect-error _embedded.contacts is an array (of at most one contact), not an object
  await amo.POST('/api/v4/leads/complex', { body: [{ _embedded: { contacts: { first_name: 'x' } } }] });
  // @ts-expect-error Incoming-lead metadata is forms or sip
  await amo.POST('/api/v4/leads/complex', { body: [{ _embedded: { metadata: { category: 'mail' } } }] });
  // @ts-expect-error a tag is named by id or name
  await amo.PATCH('/api/v4/leads/{id}', { params: { path: { id: 1 } }, body: { tags_to_add: [{}] } });
  // @ts-expect-error a status right is A or D
  await amo.POST('/api/v4/roles', { body: [{ name: 'r', rights: { status_rights: [{ entity_type: 'leads', pipeline_id: 1, status_id: 2, rights: { view: 'G' } }] } }] });
  // @ts-expect-error a status colour is one of the documented colours
  await amo.PATCH('/api/v4/leads/pipelines/{pipeline_id}/statuses/{id}', { params: { path: { pipeline_id: 1, id: 2 } }, body: { color: 'red' } });
  // @ts-expect-error a user needs a password
  await amo.POST('/api/v4/users', { body: [{ name: 'Иван', email: 'a@example.com' }] });

  return [isMain, sourceName, merged, requestIds, contactLeads, statusType, filterPaid, right];
}
