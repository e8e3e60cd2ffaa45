// The Chats API's request signature (chats/chat-start.md): `Content-MD5` is the MD5 of the raw
// body, `X-Signature` the HMAC-SHA1, keyed with the channel's secret, of
// METHOD \n Content-MD5 \n Content-Type \n Date \n path. Hooks from amoCRM are signed over the body
// alone. HMAC through Web Crypto, so it runs in Node 20+, Deno, Bun, workers and browsers.
import { toHex } from '../hex.js';
import { md5Hex } from './md5.js';

/** The only content type the Chats API accepts. */
export const CHATS_CONTENT_TYPE = 'application/json';

export type BodyInput = string | Uint8Array | ArrayBuffer;

export interface ChatsSignatureInput {
  /** The channel's secret. Never part of a message, error or return value. */
  secret: string;
  method: string;
  /** The path as sent, without host and query string (`/v2/origin/custom/{scope_id}`). */
  path: string;
  /** The raw body bytes (a string is taken as UTF-8); none or empty for a GET. */
  body?: BodyInput;
  /** The `Date` header's value, RFC 2822. */
  date: string;
  /** Default `application/json`. */
  contentType?: string;
}

export interface ChatsSignedHeaders {
  Date: string;
  'Content-Type': string;
  'Content-MD5': string;
  'X-Signature': string;
}

const encoder = new TextEncoder();

export function bytesOf(body: BodyInput | undefined): Uint8Array {
  if (body === undefined) return new Uint8Array(0);
  if (typeof body === 'string') return encoder.encode(body);
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}

/** The lower-case hex MD5 of the body (of the empty string when there is none). */
export function contentMd5(body?: BodyInput): string {
  return md5Hex(bytesOf(body));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** A date as RFC 2822 in UTC, as PHP's `DATE_RFC2822` writes it: `Thu, 16 Dec 2021 12:58:40 +0000`. */
export function rfc2822(date: Date): string {
  return `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} `
    + `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

function subtle(): SubtleCrypto {
  const api = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!api) throw new TypeError('Web Crypto (crypto.subtle) is not available on this platform');
  return api;
}

// The key stays inside this module (no Web Crypto type in the published declarations, so that a
// Node-only project without the DOM library compiles them); the secret goes into Web Crypto and
// nowhere else.
async function hmacKey(secret: string, usage: 'sign' | 'verify') {
  if (typeof secret !== 'string' || secret.length === 0) throw new TypeError('the channel secret must be a non-empty string');
  return subtle().importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-1' }, false, [usage]);
}

/** The lower-case hex HMAC-SHA1 of `data` with `secret`. */
export async function hmacSha1Hex(secret: string, data: BodyInput): Promise<string> {
  const signature = await subtle().sign('HMAC', await hmacKey(secret, 'sign'), bytesOf(data) as BufferSource);
  return toHex(new Uint8Array(signature));
}

/** Whether `expected` is the HMAC-SHA1 of `data` with `secret`, compared in constant time by Web Crypto. */
export async function hmacSha1Verify(secret: string, data: BodyInput, expected: Uint8Array): Promise<boolean> {
  const key = await hmacKey(secret, 'verify');
  return subtle().verify('HMAC', key, expected as BufferSource, bytesOf(data) as BufferSource);
}

/** The string the signature is computed over: five lines joined by "\n". */
export function stringToSign({ method, path, body, date, contentType = CHATS_CONTENT_TYPE }: Omit<ChatsSignatureInput, 'secret'>): string {
  return [method.toUpperCase(), contentMd5(body), contentType, date, path].join('\n');
}

/** The four headers of a signed request. */
export async function signChatsRequest(input: ChatsSignatureInput): Promise<ChatsSignedHeaders> {
  const contentType = input.contentType ?? CHATS_CONTENT_TYPE;
  return {
    Date: input.date,
    'Content-Type': contentType,
    'Content-MD5': contentMd5(input.body),
    'X-Signature': await hmacSha1Hex(input.secret, stringToSign({ ...input, contentType })),
  };
}
