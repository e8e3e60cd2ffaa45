// The subpath export `amocrm-openapi/webhooks`: reading the callbacks amoCRM sends (the spec's
// top-level `webhooks`) into their typed payloads, and checking the disconnect hook's signature.
// It depends on nothing but the platform (URLSearchParams, TextDecoder, Web Crypto).
export { parseWebhook, type WebhookBody } from './webhooks/parse.js';
export { AmoWebhookParseError, type WebhookParseFailure } from './webhooks/errors.js';
export { FORM_FAMILIES, type WebhookName } from './webhooks/families.js';
export type { KnownWebhook, ParsedWebhook, UnknownWebhook, WebhookPayload } from './webhooks/types.js';
export { verifyDisconnectSignature, type DisconnectHookKeys, type DisconnectHookQuery } from './webhooks/signature.js';
export { fromPairs as parsePhpForm } from './webhooks/php-form.js';
