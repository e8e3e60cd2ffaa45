// Compile-time tests for the generated notes, events, links and tags types; checked by
// `tsc --noEmit`, never executed. Each @ts-expect-error line is an assertion: the build fails if
// that wrong code type-checks.
import createClient from 'openapi-fetch';
import type { components, paths } from '../../generated/schema';
import { paginate, type AmoClient } from '../../src';

type Note = components['schemas']['Note'];
type KnownNote = components['schemas']['KnownNote'];
type EventValue = components['schemas']['EventValue'];
type NoteType = components['schemas']['NoteType'];

const NOTE_TYPES: readonly NoteType[] = ['common', 'call_in', 'call_out', 'service_message', 'extended_service_message',
  'message_cashier', 'geolocation', 'sms_in', 'sms_out', 'attachment'];
const isKnownNote = (note: Note): note is KnownNote => (NOTE_TYPES as readonly string[]).includes(note.note_type);

export function callParams(note: Note) {
  if (isKnownNote(note) && note.note_type === 'call_in') {
    const seconds: number | undefined = note.params.duration;
    const who: string | number | undefined = note.params.call_responsible;
    // @ts-expect-error a call note has no address
    note.params.address;
    return { seconds, who };
  }
  if (isKnownNote(note) && note.note_type === 'common') {
    const text: string = note.params.text;
    return { text };
  }
  return undefined;
}

// A system note type the documentation does not list still type-checks as a Note.
export const targeting: Note = {
  id: 1, entity_id: 2, created_by: 3, updated_by: 3, created_at: 0, updated_at: 0, responsible_user_id: 3,
  group_id: 0, account_id: 4, note_type: 'targeting_in', params: { anything: true },
  _links: { self: { href: 'https://example.amocrm.ru/api/v4/leads/2/notes/1' } },
};

export function stageOf(value: EventValue) {
  if ('lead_status' in value && value.lead_status) {
    const pipeline: number = value.lead_status.pipeline_id;
    return pipeline;
  }
  if ('custom_field_value' in value && value.custom_field_value) {
    const fieldType: number = value.custom_field_value.field_type;
    return fieldType;
  }
  return undefined;
}

export async function timelineCalls() {
  const client = createClient<paths>({ baseUrl: 'https://example.amocrm.ru' });

  const { data: events } = await client.GET('/api/v4/events', {
    params: { query: { limit: 100, filter: { type: 'lead_status_changed', entity: 'lead', created_at: { from: 1575364000 } } } },
  });
  const firstId: string | undefined = events?._embedded.events[0]?.id;
  await client.GET('/api/v4/events', { params: { query: { filter: { type: 'custom_field_57832_value_changed' } } } });
  await client.GET('/api/v4/events', { params: { query: { with: ['lead_name', 'contact_name'] } } });

  await client.POST('/api/v4/leads/notes', {
    body: [{ entity_id: 167353, note_type: 'call_in', params: { uniq: 'x', duration: 60, source: 'pbx', phone: '+79999999999' } }],
  });
  await client.POST('/api/v4/leads/{entity_id}/notes', {
    params: { path: { entity_id: 167353 } },
    body: [{ note_type: 'common', params: { text: 'Called back' } }],
  });
  await client.POST('/api/v4/contacts/{entity_id}/link', {
    params: { path: { entity_id: 457282 } },
    body: [{ to_entity_id: 11271229, to_entity_type: 'companies' }],
  });
  await client.POST('/api/v4/leads/tags', { body: [{ name: 'VIP', color: 'DDEBB5' }] });

  // @ts-expect-error events have at most 100 per page only at run time, but a limit is a number
  await client.GET('/api/v4/events', { params: { query: { limit: '100' } } });
  // @ts-expect-error adding through /leads/notes names the lead in entity_id
  await client.POST('/api/v4/leads/notes', { body: [{ note_type: 'common', params: { text: 'Which lead?' } }] });
  // @ts-expect-error a common note's params need text
  await client.POST('/api/v4/leads/{entity_id}/notes', { params: { path: { entity_id: 1 } }, body: [{ note_type: 'common', params: {} }] });
  // @ts-expect-error a note type outside the ten cannot be written
  await client.POST('/api/v4/leads/{entity_id}/notes', { params: { path: { entity_id: 1 } }, body: [{ note_type: 'targeting_in', params: {} }] });
  // @ts-expect-error a lead links contacts, companies and catalog elements, not customers
  await client.POST('/api/v4/leads/{entity_id}/link', { params: { path: { entity_id: 1 } }, body: [{ to_entity_id: 2, to_entity_type: 'customers' }] });
  // @ts-expect-error the mass link list needs filter[entity_id]
  await client.GET('/api/v4/leads/links', { params: { query: {} } });
  // @ts-expect-error tag colours come from the palette, without '#'
  await client.POST('/api/v4/leads/tags', { body: [{ name: 'VIP', color: '#DDEBB5' }] });

  return firstId;
}

// paginate() walks the event feed (at most 100 a page) and yields typed events.
export async function eventFeed(amo: AmoClient) {
  for await (const event of paginate(amo, '/api/v4/events', { params: { query: { limit: 100, filter: { entity: 'lead' } } } })) {
    const id: string = event.id;
    return id;
  }
  return undefined;
}
