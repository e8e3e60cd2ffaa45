// Subscribers (subscriptions-api.md): the subscribers of one lead or customer, 1 operation x 2
// kinds (only leads and customers have subscribers).
import { blocks, refFrom } from './lib.mjs';
import { ENTITY_KINDS } from './entity-kinds.mjs';

export const section = 'subscriptions';
const ref = refFrom(section);
const { responses, hal } = blocks(ref);
const KINDS = ENTITY_KINDS.filter((k) => k.path === 'leads' || k.path === 'customers');

const item = (kind) => [`/api/v4/${kind.path}/{id}/subscriptions`, {
  parameters: [ref('parameters', 'XContextUserId'), ref('parameters', 'SubscribedEntityId')],
  get: {
    operationId: `list${kind.one}Subscriptions`,
    summary: `List the subscribers of a ${kind.noun}`,
    description: `Returns the users and groups subscribed to one ${kind.noun} (список подписчиков сущности), a page at a time. When there are none, the answer is **204 with an empty body**; 404 when the ${kind.noun} does not exist. **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.`,
    tags: ['Subscriptions'],
    parameters: [ref('parameters', 'Page'), ref('parameters', 'Limit')],
    responses: responses([204, 401, 402, 403, 404, 429], { 200: hal('The subscribers.', 'SubscriberCollection', [`${kind.one}SubscriptionsListResponse`]) }),
  },
}];

export const paths = () => KINDS.map(item);

export const examples = () => KINDS.map((kind) => [`${kind.one}SubscriptionsListResponse`, {
  summary: 'A user and a group',
  description: kind.path === 'leads' ? 'The documentation\'s example.' : 'The documentation\'s leads example, for customers.',
  value: {
    _total_items: 2, _page: 1, _page_count: 1,
    _links: { self: { href: `https://example.amocrm.ru/api/v4/${kind.path}/667999637/subscriptions?page=1&limit=50` } },
    _embedded: { subscriptions: [{ subscriber_id: 964291, type: 'user' }, { subscriber_id: 1150, type: 'group' }] },
  },
}]);
