// createChatsClient: an openapi-fetch client typed by the Chats API part of the spec, on the amojo
// host, whose every request is signed with the channel's secret (signature.ts). No access token
// is involved; the secret never leaves the signing step.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { CHATS_CONTENT_TYPE, rfc2822, signChatsRequest } from './signature.js';

/** The headers the client signs and sets itself: the operations' types leave them out. */
type SignedHeader = 'Date' | 'Content-MD5' | 'X-Signature';
type WithoutSigned<P> = P extends { header: infer H }
  ? Omit<P, 'header'> & (keyof Omit<H, SignedHeader> extends never ? { header?: never } : { header: Omit<H, SignedHeader> })
  : P;
type Unsigned<Op> = Op extends { parameters: infer P } ? Omit<Op, 'parameters'> & { parameters: WithoutSigned<P> } : Op;

type ChatsPathKey = Extract<keyof paths, `/v2/origin/custom/${string}`>;
/** The Chats API's paths, with the signing headers left to the client. */
export type ChatsPaths = { [K in ChatsPathKey]: { [M in keyof paths[K]]: Unsigned<paths[K][M]> } };

export type ChatsDomain = 'amocrm.ru' | 'kommo.com';

export interface ChatsClientOptions {
  /** The channel's secret, given with the channel ID when amoCRM registered the channel. */
  secret: string;
  /** `amocrm.ru` (default: `https://amojo.amocrm.ru`) or `kommo.com` (`https://amojo.kommo.com`). */
  domain?: ChatsDomain;
  /** Instead of `domain`: the origin to send to (a proxy, a test server). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** The clock for the `Date` header (a signature is valid for 15 minutes from it). */
  now?: () => Date;
  /** Sent as `User-Agent` where the platform allows it. */
  userAgent?: string;
}

export type ChatsClient = Client<ChatsPaths>;

export function chatsBaseUrl({ domain = 'amocrm.ru', baseUrl }: Pick<ChatsClientOptions, 'domain' | 'baseUrl'>): string {
  if (baseUrl !== undefined) {
    const url = new URL(baseUrl);
    if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
      throw new TypeError('baseUrl must be an http(s) URL without credentials, query or fragment');
    }
    return url.href.replace(/\/+$/, '');
  }
  if (domain !== 'amocrm.ru' && domain !== 'kommo.com') throw new TypeError('domain must be amocrm.ru or kommo.com');
  return `https://amojo.${domain}`;
}

/**
 * A fetch that signs each request before sending it with `send`. The path signed is the one the
 * Chats API sees: the URL's path less `baseUrl`'s own path (a proxy prefix), without the query.
 */
export function signingFetch(secret: string, baseUrl: string, options: Pick<ChatsClientOptions, 'fetch' | 'now'> = {}): (request: Request) => Promise<Response> {
  if (typeof secret !== 'string' || secret.length === 0) throw new TypeError('the channel secret must be a non-empty string');
  const prefix = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  return async (request) => {
    const body = new Uint8Array(await request.clone().arrayBuffer());
    const url = new URL(request.url);
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) || '/' : url.pathname;
    const headers = new Headers(request.headers);
    const signed = await signChatsRequest({ secret, method: request.method, path, body, date: rfc2822(now()), contentType: CHATS_CONTENT_TYPE });
    for (const [name, value] of Object.entries(signed)) headers.set(name, value);
    const send = options.fetch ?? globalThis.fetch;
    return send(request.url, {
      method: request.method, headers, body: body.length > 0 ? body : undefined, signal: request.signal, redirect: 'manual',
    });
  };
}

/**
 * The Chats API client: `chats.POST('/v2/origin/custom/{scope_id}', { params: { path: { scope_id } }, body })`.
 * Results are openapi-fetch's `{ data, error, response }`; errors are `application/json`.
 */
export function createChatsClient(options: ChatsClientOptions): ChatsClient {
  const baseUrl = chatsBaseUrl(options);
  return createClient<ChatsPaths>({
    baseUrl,
    fetch: signingFetch(options.secret, baseUrl, options),
    headers: options.userAgent ? { 'User-Agent': options.userAgent } : undefined,
  });
}
