// parseWebhook: a received callback body (form-encoded or JSON), or a callback's query string, into
// the typed payload of the spec's `webhooks` entry it is. Values are left as sent: a form carries
// only strings (`"25399013"`), and they stay strings, as the spec types them; a JSON body keeps its
// JSON types. Nothing is converted, so nothing is lost (IDs beyond 2^53, `"0123"`).
import { AmoWebhookParseError } from './errors.js';
import { familiesOf } from './families.js';
import { asLists, formPairs, fromPairs } from './php-form.js';
import type { ParsedWebhook } from './types.js';

/** What `parseWebhook` reads: the raw body (text or bytes), the parsed form, or an already-decoded object. */
export type WebhookBody = string | Uint8Array | ArrayBuffer | URLSearchParams | { [key: string]: unknown };

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json$/;

const mediaType = (contentType: string | undefined) => contentType?.split(';')[0]!.trim().toLowerCase() || undefined;

function readJson(text: string, contentType: string | undefined): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AmoWebhookParseError('malformed-json', 'The body is not valid JSON.', contentType);
  }
}

function decodeText(body: Uint8Array | ArrayBuffer, contentType: string | undefined): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new AmoWebhookParseError(mediaType(contentType) === FORM ? 'malformed-form' : 'malformed-json',
      'The body is not valid UTF-8.', contentType);
  }
}

function decode(body: WebhookBody, contentType: string | undefined): unknown {
  if (body instanceof URLSearchParams) return fromPairs(body.entries());
  const text = typeof body === 'string' ? body
    : body instanceof Uint8Array || body instanceof ArrayBuffer ? decodeText(body, contentType)
      : undefined;
  // An object a framework already decoded (express with `extended: true`, a JSON body parser):
  // lists rebuilt the same way, since some decoders leave `0`…`n-1` keys as an object.
  if (text === undefined) return asLists(body);
  const type = mediaType(contentType);
  if (text.trim() === '') throw new AmoWebhookParseError('empty-body', 'The body is empty.', contentType);
  if (type === FORM) return fromPairs(formPairs(text.replace(/^\?/, ''), contentType));
  if (type !== undefined && JSON_TYPE.test(type)) return readJson(text, contentType);
  if (type !== undefined && type !== 'text/plain') {
    throw new AmoWebhookParseError('unsupported-content-type',
      `Content type ${type} is neither ${FORM} nor JSON.`, contentType);
  }
  // No content type (or text/plain): JSON if it looks like JSON, else a form.
  return /^\s*[{[]/.test(text) ? readJson(text, contentType) : fromPairs(formPairs(text.replace(/^\?/, ''), contentType));
}

/**
 * Reads a callback amoCRM sent. `body` is the raw body (string or bytes), a `URLSearchParams` (a
 * form, or `new URL(request.url).searchParams` for the OAuth redirect and disconnect hook), or an
 * object a framework already decoded; `contentType` is the request's Content-Type header, which
 * decides how a raw body is read (without it, a body that starts with `{` is JSON, anything else a form).
 *
 * Returns the entry's name (`status_lead`, `salesbot_widget_request`, …) with the payload typed by
 * it; a body that decodes but is no entry of the spec comes back as `name: 'unknown'`, never thrown.
 * Throws `AmoWebhookParseError` only for a body that cannot be read: empty, invalid JSON or
 * percent-encoding, not UTF-8, a content type that is neither, or JSON that is not an object.
 * A Digital Pipeline `leads[status]` hook is `dp_status` when its items carry only the DP keys
 * (`id`, `old_pipeline_id`, `pipeline_id`, `old_status_id`, `status_id`, with `old_pipeline_id`) and
 * the body has no `account`; otherwise `status_lead`.
 */
export function parseWebhook(body: WebhookBody, contentType?: string): ParsedWebhook {
  const data = decode(body, contentType);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AmoWebhookParseError('not-an-object', 'The body is not an object of named fields.', contentType);
  }
  const payload = data as { [key: string]: unknown };
  const families = familiesOf(payload);
  if (families.length === 0) return { name: 'unknown', payload, families: [] };
  return { name: families[0]!, payload, families } as ParsedWebhook;
}
