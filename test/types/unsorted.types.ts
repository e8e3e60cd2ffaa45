// Compile-time tests for Incoming leads (unsorted-api.md), through the package's client; checked by
// `tsc --noEmit`, never executed. Each @ts-expect-error line is an assertion: the build fails if
// that wrong call or value type-checks.
import { createAmoClient, paginate, type components } from '../../src';

type Schemas = components['schemas'];
type Unsorted = Schemas['Unsorted'];

/** `category` narrows `metadata`: a call has its phone, a form its page, a chat its client, a mail its sender. */
export function whoFrom(item: Unsorted): string | number | undefined {
  switch (item.category) {
    case 'sip': {
      const duration: number | string | undefined = item.metadata.duration;
      void duration;
      return item.metadata.phone;
    }
    case 'forms':
      return item.metadata.form_page;
    case 'chats':
      return item.metadata.client?.name;
    case 'mail':
      return item.metadata.from?.email;
    default: {
      const never: never = item;
      return never;
    }
  }
}

export function formsOnly(item: Unsorted) {
  if (item.category === 'forms') {
    // @ts-expect-error a form's metadata has no phone
    void item.metadata.phone;
  }
}

export const formLead: Unsorted = {
  uid: 'aa40', source_uid: 'my_unique_uid', source_name: 'Сайт', category: 'forms', pipeline_id: 3166396,
  created_at: 1588840852, account_id: 28805383, metadata: { form_id: 'f', form_sent_at: '1570178452' },
};
// @ts-expect-error a mail Incoming lead's sender is an object
export const badMail: Unsorted = { ...formLead, category: 'mail', metadata: { from: 'client@example.com' } };
// @ts-expect-error an Incoming lead always has its uid
export const noUid: Unsorted = { source_uid: null, source_name: 'x', category: 'sip', pipeline_id: 1, created_at: 1, account_id: 1, metadata: {} };

// Request bodies are closed. (Through the client, openapi-fetch infers the init generically, so
// TypeScript's excess-property check applies to the schema types, not to the call.)
// @ts-expect-error a forms entry has no call metadata
export const formsWithPhone: Schemas['UnsortedFormsMetadataWrite'] = { phone: '1' };
// @ts-expect-error the embedded lead is the lead create model: no unknown keys
export const leadWithTitle: Schemas['UnsortedLeadCreate'] = { title: 'x' };
export const leadWithVisitor: Schemas['UnsortedLeadCreate'] = { name: 'x', visitor_uid: 'v', status_id: 1 };

export async function typedUnsortedCalls() {
  const amo = createAmoClient({ subdomain: 'example', token: 'token' });

  const { data: list } = await amo.GET('/api/v4/leads/unsorted', {
    params: { query: { filter: { category: ['sip', 'forms'], pipeline_id: 2194576, uid: ['a', 'b'] }, order: { created_at: 'desc' }, limit: 250 } },
  });
  const first: Unsorted | undefined = list?._embedded.unsorted[0];
  for await (const item of paginate(amo, '/api/v4/leads/unsorted', {})) void whoFrom(item);

  const { data: one } = await amo.GET('/api/v4/leads/unsorted/{uid}', { params: { path: { uid: 'aa40' } } });
  const leadId: number | undefined = one?._embedded?.leads?.[0]?.id;

  // The create models of leads, contacts and companies are embedded as they are.
  const { data: created } = await amo.POST('/api/v4/leads/unsorted/forms', {
    body: [{
      source_uid: 'a1fe', source_name: 'Сайт', request_id: 'r1',
      metadata: { form_id: 'contact', form_name: 'Обратная связь', form_sent_at: 1590830520, ip: '192.0.2.1' },
      _embedded: {
        leads: [{ name: 'Заявка', price: 5000, visitor_uid: '5692210d', _embedded: { tags: [{ name: 'Сайт' }] } }],
        contacts: [{ first_name: 'Иван', custom_fields_values: [{ field_code: 'PHONE', values: [{ value: '+79123' }] }] }],
        companies: [{ name: 'ООО Ромашка' }],
      },
    }],
  });
  const uid: string | undefined = created?._embedded.unsorted[0]?.uid;
  await amo.POST('/api/v4/leads/unsorted/sip', {
    body: [{
      source_uid: 'pbx', source_name: 'АТС', _embedded: { leads: [{ name: 'Звонок' }] },
      metadata: { phone: 79998888888, called_at: 1510261200, duration: 54, is_call_event_needed: true, service_code: 'pbx' },
    }],
  });

  const { data: accepted } = await amo.POST('/api/v4/leads/unsorted/{uid}/accept', { params: { path: { uid: 'aa40' } }, body: { user_id: 1, status_id: 2 } });
  const acceptedCategory: 'sip' | 'forms' | 'chats' | 'mail' | undefined = accepted?.category;
  // The decline is a DELETE with a body, answering 200 with a body.
  const { data: declined } = await amo.DELETE('/api/v4/leads/unsorted/{uid}/decline', { params: { path: { uid: 'aa40' } }, body: { user_id: 1 } });
  const trashedLead: number | undefined = declined?._embedded.leads?.[0]?.id;
  await amo.POST('/api/v4/leads/unsorted/{uid}/link', {
    params: { path: { uid: 'aa40' } }, body: { link: { entity_id: 93144801, entity_type: 'customers', metadata: { contact_id: 1 } } },
  });
  const { data: summary } = await amo.GET('/api/v4/leads/unsorted/summary', { params: { query: { filter: { created_at: { from: 1, to: 2 } } } } });
  const chats: number | undefined = summary?.categories.chats?.total;

  // @ts-expect-error a forms entry needs its metadata
  await amo.POST('/api/v4/leads/unsorted/forms', { body: [{ source_uid: 'a', source_name: 'b' }] });
  // @ts-expect-error the category filter takes the four categories only
  await amo.GET('/api/v4/leads/unsorted', { params: { query: { filter: { category: ['calls'] } } } });
  // @ts-expect-error a link goes to a lead or a customer
  await amo.POST('/api/v4/leads/unsorted/{uid}/link', { params: { path: { uid: 'a' } }, body: { link: { entity_id: 1, entity_type: 'contacts' } } });
  // @ts-expect-error the list sorts by created_at or updated_at only
  await amo.GET('/api/v4/leads/unsorted', { params: { query: { order: { id: 'asc' } } } });

  return [first, leadId, uid, acceptedCategory, trashedLead, chats];
}
