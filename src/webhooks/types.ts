// The payload types, straight from the spec's `webhooks` entries (generated/schema.d.ts): a POST
// callback's request body, a GET callback's query.
import type { webhooks } from '../../generated/schema.js';
import type { WebhookName } from './families.js';

type BodyOf<Op> = Op extends { requestBody?: { content: infer C } } ? C[keyof C] : never;
type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** What the `webhooks` entry `N` of the spec describes: its decoded body, or for a redirect its query. */
export type WebhookPayload<N extends WebhookName> = webhooks[N] extends { post: infer Op }
  ? BodyOf<Op>
  : webhooks[N] extends { get: infer Op } ? QueryOf<Op> : never;

/** A body read by `parseWebhook`: which entry it is, and its payload typed by that entry. */
export type KnownWebhook = {
  [N in WebhookName]: {
    name: N;
    payload: WebhookPayload<N>;
    /** Every entry the body holds; more than one when a hook subscribed to several events sent them together. */
    families: WebhookName[];
  };
}[WebhookName];

/** A body that decodes but is none of the spec's entries (a family amoCRM added since, say). */
export type UnknownWebhook = {
  name: 'unknown';
  payload: { [key: string]: unknown };
  families: [];
};

export type ParsedWebhook = KnownWebhook | UnknownWebhook;
