// The disconnect hook's signature (oauth/step-by-step.md): `signature` is the hex HMAC-SHA256 of
// `{client_uuid}|{account_id}` keyed with the integration's client secret. Web Crypto, so it runs in
// browsers, Node 20+, Deno and workers alike.
import { toHex } from '../hex.js';

type Subtle = {
  importKey(format: 'raw', key: Uint8Array, algorithm: { name: 'HMAC'; hash: 'SHA-256' }, extractable: false, usages: ['sign']): Promise<unknown>;
  sign(algorithm: 'HMAC', key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
};

/** The query of a disconnect hook: `new URL(request.url).searchParams`, or its values. */
export type DisconnectHookQuery = URLSearchParams | { client_uuid?: unknown; account_id?: unknown; signature?: unknown };

export interface DisconnectHookKeys {
  clientId: string;
  clientSecret: string;
}

const read = (query: DisconnectHookQuery, name: 'client_uuid' | 'account_id' | 'signature') => {
  const value = query instanceof URLSearchParams ? query.get(name) : query[name];
  return typeof value === 'string' ? value : undefined;
};

function subtle(): Subtle {
  const found = (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
  if (!found) throw new Error('verifyDisconnectSignature needs Web Crypto (globalThis.crypto.subtle): Node 20+, a browser or a worker.');
  return found;
}

/** Compares without stopping at the first difference, so the time taken says nothing about the expected value. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/**
 * Whether a disconnect hook really comes from amoCRM for this integration: `client_uuid` is
 * `clientId` and `signature` the HMAC-SHA256 of `{client_uuid}|{account_id}` keyed with
 * `clientSecret`. False for a missing or malformed parameter. The account ID is read as PHP's
 * `(int)` cast in the docs' check reads it: digits only, leading zeros dropped.
 */
export async function verifyDisconnectSignature(query: DisconnectHookQuery, keys: DisconnectHookKeys): Promise<boolean> {
  const clientUuid = read(query, 'client_uuid');
  const accountId = read(query, 'account_id');
  const signature = read(query, 'signature');
  if (!clientUuid || !accountId || !signature || !/^[0-9]+$/.test(accountId)) return false;
  if (!sameText(clientUuid, keys.clientId)) return false;
  const encoder = new TextEncoder();
  const crypto = subtle();
  const key = await crypto.importKey('raw', encoder.encode(keys.clientSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const expected = toHex(new Uint8Array(await crypto.sign('HMAC', key, encoder.encode(`${keys.clientId}|${BigInt(accountId).toString()}`))));
  return sameText(signature.toLowerCase(), expected);
}
