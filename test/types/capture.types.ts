// Compile-time tests for webhook subscriptions, calls, sources, the CRM Plugin and short links,
// through the package's client; checked by `tsc --noEmit`, never executed. Each @ts-expect-error
// line is an assertion: the build fails if that wrong call or value type-checks.
import { createAmoClient, type components } from '../../src';

type Schemas = components['schemas'];
type WebhookEvent = Schemas['WebhookEvent'];

export const statusChanged: WebhookEvent = 'status_lead';
// @ts-expect-error the events are the 31 documented names
export const notAnEvent: WebhookEvent = 'status_contact';

// Request bodies are closed (asserted on the schema types: openapi-fetch infers a call's init
// generically, so TypeScript's excess-property check does not reach it).
// @ts-expect-error external_id cannot be changed
export const renameExternalId: Schemas['SourceUpdate'] = { external_id: 'x' };
// @ts-expect-error a webhook subscription has no other keys
export const hookWithFilter: Schemas['WebhookSubscribe'] = { destination: 'https://example.test', settings: ['add_lead'], disabled: true };

export async function typedCaptureCalls() {
  const amo = createAmoClient({ subdomain: 'example', token: 'token' });

  // Webhooks: subscribe (an upsert, 201), list, unsubscribe (a DELETE with a body, 204).
  const { data: hook } = await amo.POST('/api/v4/webhooks', { body: { destination: 'https://example.test', settings: ['add_lead', 'status_lead'] } });
  const disabled: boolean | undefined = hook?.disabled;
  const { data: hooks } = await amo.GET('/api/v4/webhooks', { params: { query: { filter: { destination: 'https://example.test' } } } });
  const events: WebhookEvent[] | undefined = hooks?._embedded.webhooks[0]?.settings;
  const { data: gone } = await amo.DELETE('/api/v4/webhooks', { body: { destination: 'https://example.test' } });
  const nothing: undefined = gone;
  // @ts-expect-error a subscription names its events
  await amo.POST('/api/v4/webhooks', { body: { destination: 'https://example.test' } });
  // @ts-expect-error an event is one of the documented names
  await amo.POST('/api/v4/webhooks', { body: { destination: 'https://example.test', settings: ['lead_added'] } });
  // @ts-expect-error unsubscribing names the destination
  await amo.DELETE('/api/v4/webhooks', { body: {} });

  // Calls: the answer's top-level `errors` is the only sign a call was not added.
  const { data: calls } = await amo.POST('/api/v4/calls', {
    body: [{ direction: 'inbound', duration: 10, source: 'pbx', phone: '+7 912 345-67-89', call_status: 4, call_responsible: 504141, request_id: 'c1' }],
  });
  const notAdded: number | undefined = calls?.errors.length;
  const addedTo: string | undefined = calls?._embedded.calls[0]?.entity_type;
  // @ts-expect-error call_status is 1 to 7
  await amo.POST('/api/v4/calls', { body: [{ direction: 'inbound', duration: 1, source: 's', phone: '1', call_status: 8 }] });
  // @ts-expect-error a call has a direction
  await amo.POST('/api/v4/calls', { body: [{ duration: 1, source: 's', phone: '1' }] });

  // Sources: batch and single writes.
  const { data: sources } = await amo.GET('/api/v4/sources', { params: { query: { filter: { external_id: ['a', 'b'] } } } });
  const pages = sources?._embedded.sources[0]?.services?.[0]?.pages?.map((p) => p.link);
  await amo.POST('/api/v4/sources', { body: [{ name: 'Лендинг', external_id: 'landing', services: [{ type: 'whatsapp', params: { waba: true }, pages: [{ id: '1', name: 'WA', link: '+1' }] }] }] });
  await amo.PATCH('/api/v4/sources', { body: [{ id: 9619, name: 'Новое имя' }] });
  const { data: one } = await amo.PATCH('/api/v4/sources/{id}', { params: { path: { id: 9619 } }, body: { pipeline_id: 1307 } });
  const pipelineId: number | undefined = one?.pipeline_id;
  await amo.DELETE('/api/v4/sources', { body: [{ id: 9619 }] });
  await amo.DELETE('/api/v4/sources/{id}', { params: { path: { id: 9619 } } });
  // @ts-expect-error a batch edit names each source by id
  await amo.PATCH('/api/v4/sources', { body: [{ name: 'x' }] });
  // @ts-expect-error a source is created with its name
  await amo.POST('/api/v4/sources', { body: [{ external_id: 'x' }] });

  // The CRM Plugin: asynchronous answers.
  const { data: made } = await amo.POST('/api/v4/website_buttons', { body: { pipeline_id: 806215, trusted_websites: ['example.com'] } });
  const sourceId: number | undefined = made?.source_id;
  const { data: buttons } = await amo.GET('/api/v4/website_buttons', { params: { query: { with: ['scripts'], limit: 250 } } });
  const status: 'created' | 'creation_pending' | undefined = buttons?._embedded.website_buttons[0]?.creation_status;
  await amo.PATCH('/api/v4/website_buttons/{source_id}', { params: { path: { source_id: 1 } }, body: { trusted_websites: { add: ['my-website.com'] } } });
  const { data: chat } = await amo.POST('/api/v4/website_buttons/{source_id}/online_chat', { params: { path: { source_id: 1 } } });
  const empty: undefined = chat;
  // @ts-expect-error a CRM Plugin is created for a pipeline
  await amo.POST('/api/v4/website_buttons', { body: { trusted_websites: ['example.com'] } });

  // Short links: for contacts only.
  const { data: links } = await amo.POST('/api/v4/short_links', { body: [{ url: 'https://example.com', metadata: { entity_type: 'contacts', entity_id: 1 } }] });
  const short: string | undefined = links?._embedded.short_links[0]?.url;
  // @ts-expect-error short links are made for contacts only
  await amo.POST('/api/v4/short_links', { body: [{ url: 'https://example.com', metadata: { entity_type: 'leads', entity_id: 1 } }] });

  return [disabled, events, nothing, notAdded, addedTo, pages, pipelineId, sourceId, status, empty, short];
}
