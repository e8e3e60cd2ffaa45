// Compile-time tests for the chat templates types, through the package's client; checked by
// `tsc --noEmit`, never executed. Each @ts-expect-error line is an assertion: the build fails if
// that wrong call or value type-checks.
import { createAmoClient, paginate, type components } from '../../src';

type Schemas = components['schemas'];
type ChatTemplate = Schemas['ChatTemplate'];
type Button = Schemas['ChatTemplateButton'];

/** A button's link: only a `url` button has one, and the union narrows on `type`. */
export function buttonLink(button: Button): string | undefined {
  if (button.type === 'url') {
    const url: string = button.url;
    return url;
  }
  // @ts-expect-error an inline button has no url
  return button.url;
}

export const amocrmTemplate: ChatTemplate = {
  id: 7351, account_id: 29420107, name: 'My new name', content: 'Hello {{contact.name}}',
  created_at: 1640362536, updated_at: 1640363257, buttons: [{ type: 'inline', text: 'кнопка 1' }],
  attachment: null, is_editable: true, external_id: 'x', type: 'amocrm',
  waba_footer: '', waba_category: '', waba_language: '', waba_examples: [], waba_header: null, waba_header_type: null,
  _links: { self: { href: 'https://example.amocrm.ru/api/v4/chats/templates/7351' } },
};
// @ts-expect-error a template always has its waba_* keys, empty for an amocrm template
export const withoutWaba: ChatTemplate = { ...amocrmTemplate, waba_examples: undefined };
// @ts-expect-error a template is amocrm or waba
export const otherType: ChatTemplate = { ...amocrmTemplate, type: 'telegram' };

// @ts-expect-error the create body is closed: no undocumented key
export const unknownKey: Schemas['ChatTemplateCreate'] = { name: 'n', content: 'c', color: 'red' };

export async function typedChatTemplateCalls() {
  const amo = createAmoClient({ subdomain: 'example', token: 'token' });

  const { data: list } = await amo.GET('/api/v4/chats/templates', {
    params: { query: { limit: 50, with: ['reviews'], filter: { external_id: ['a', 'b'] } } },
  });
  const first: ChatTemplate | undefined = list?._embedded.chat_templates[0];
  // What with=reviews adds is optional.
  const reviewStatus: 'approved' | 'review' | 'paused' | 'rejected' | 'draft' | null | undefined = first?.review_status;
  const rejectReason: string | undefined = first?._embedded?.reviews?.[0]?.reject_reason;
  const fileKind: 'picture' | 'file' | 'document' | 'video' | undefined = first?.attachment?.type;
  for await (const template of paginate(amo, '/api/v4/chats/templates', { params: { query: { limit: 50 } } })) void template.name;

  const { data: one } = await amo.GET('/api/v4/chats/templates/{id}', { params: { path: { id: 7349 }, query: { with: ['reviews'] } } });
  const content: string | undefined = one?.content;

  const { data: created } = await amo.POST('/api/v4/chats/templates', {
    body: [{
      name: 'Hello template', content: 'Hello {{contact.name}}', type: 'waba', external_id: 'hello',
      buttons: [{ type: 'inline', text: 'button 1' }, { type: 'url', text: 'Site', url: 'https://example.com' }],
      attachment: { id: 'c2b77f70-d0d6-484a-8f6e-583f70a08cce', name: 'Picture', type: 'picture' },
      waba_category: 'UTILITY', waba_language: 'en', waba_examples: { '{{contact.name}}': 'My contact' },
      waba_header: null, waba_header_type: 'media', request_id: 'r1',
    }],
  });
  const requestId: string | undefined = created?._embedded.chat_templates[0]?.request_id;
  // Nothing but name and content is required: no key documented with a default becomes required.
  await amo.POST('/api/v4/chats/templates', { body: [{ name: 'n', content: 'c' }] });
  await amo.PATCH('/api/v4/chats/templates', { body: [{ id: 7351, name: 'My new name', is_editable: true }] });
  await amo.PATCH('/api/v4/chats/templates/{id}', { params: { path: { id: 7351 } }, body: { attachment: null } });
  await amo.DELETE('/api/v4/chats/templates', { body: [{ id: 7351 }] });
  await amo.DELETE('/api/v4/chats/templates/{id}', { params: { path: { id: 7351 } } });
  const { data: reviews } = await amo.POST('/api/v4/chats/templates/{id}/review', { params: { path: { id: 7349 } }, body: {} });
  const reviewId: number | undefined = reviews?._embedded.reviews[0]?.id;
  const { data: review } = await amo.POST('/api/v4/chats/templates/{id}/review/{review_id}', {
    params: { path: { id: 7349, review_id: 367 } }, body: { status: 'rejected', reject_reason: 'No' },
  });
  const newStatus: string | undefined = review?.status;

  // @ts-expect-error a template needs content
  await amo.POST('/api/v4/chats/templates', { body: [{ name: 'n' }] });
  // @ts-expect-error a url button needs its url
  await amo.POST('/api/v4/chats/templates', { body: [{ name: 'n', content: 'c', buttons: [{ type: 'url', text: 't' }] }] });
  // @ts-expect-error a button is inline or url
  await amo.POST('/api/v4/chats/templates', { body: [{ name: 'n', content: 'c', buttons: [{ type: 'reply', text: 't' }] }] });
  // @ts-expect-error a batch edit names each template by id
  await amo.PATCH('/api/v4/chats/templates', { body: [{ name: 'n' }] });
  // @ts-expect-error the batch delete names the templates by id
  await amo.DELETE('/api/v4/chats/templates', { body: [{ name: 'n' }] });
  // @ts-expect-error with takes reviews only
  await amo.GET('/api/v4/chats/templates', { params: { query: { with: ['contacts'] } } });
  // @ts-expect-error a review is set to approved, paused or rejected
  await amo.POST('/api/v4/chats/templates/{id}/review/{review_id}', { params: { path: { id: 1, review_id: 2 } }, body: { status: 'review' } });
  // @ts-expect-error the category is one of the three WhatsApp categories
  await amo.PATCH('/api/v4/chats/templates/{id}', { params: { path: { id: 1 } }, body: { waba_category: 'NEWS' } });

  return [reviewStatus, rejectReason, fileKind, content, requestId, reviewId, newStatus];
}
