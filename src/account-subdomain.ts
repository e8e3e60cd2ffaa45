// Where an account lives now: GET /oauth2/account/current/subdomain, sent with the refresh token
// to the host the access token's `api_domain` claim names (not the account's own host).
import type { components } from '../generated/schema.js';
import { resolveBaseUrl } from './base-url.js';
import { createCallClient } from './call.js';
import { AmoApiError, AmoMalformedResponseError } from './errors.js';
import { fromFetch } from './fetch-like.js';
import { withTypedErrors } from './response-errors.js';

export type AccountSubdomain = components['schemas']['AccountSubdomain'];

export interface AccountSubdomainOptions {
  /** The integration's current refresh token; reading the domain does not spend it. */
  refreshToken: string;
  /** An access token of the account (expired is fine): its `api_domain` claim names the host. */
  accessToken?: string;
  /** Instead of `accessToken`: the `api_domain` claim itself (`api-a.amocrm.ru`). */
  apiDomain?: string;
  /** Instead of both: the full origin (a proxy, a mock, a test server). */
  baseUrl?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

// The refresh token goes to this host: only amoCRM's own domains are accepted from a token.
const API_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:amocrm\.ru|amocrm\.com|kommo\.com)$/;

/**
 * The `api_domain` claim of an access token (a JWT), as a host. The documentation writes it both as
 * a full host and as `{api_domain}.amocrm.ru`, so a claim without a dot gets `.amocrm.ru`. The
 * signature is not checked: the host is only accepted under amoCRM's domains. Throws a TypeError
 * that does not quote the token.
 */
export function apiDomainOf(accessToken: string): string {
  let claim: unknown;
  try {
    const payload = accessToken.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, '='));
    claim = (JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as Record<string, unknown>).api_domain;
  } catch {
    throw new TypeError('the access token is not a JWT with a readable payload');
  }
  if (typeof claim !== 'string' || claim === '') throw new TypeError('the access token has no api_domain claim');
  return claim.includes('.') ? claim.toLowerCase() : `${claim.toLowerCase()}.amocrm.ru`;
}

function originOf({ baseUrl, apiDomain, accessToken }: AccountSubdomainOptions): string {
  if (baseUrl !== undefined) return resolveBaseUrl({ baseUrl });
  const host = apiDomain?.toLowerCase() ?? (accessToken !== undefined ? apiDomainOf(accessToken) : undefined);
  if (host === undefined) throw new TypeError('accessToken, apiDomain or baseUrl is required');
  if (!API_HOST.test(host)) throw new TypeError('api_domain must be a host under amocrm.ru, amocrm.com or kommo.com');
  return `https://${host}`;
}

/**
 * The account's ID, subdomain, domain and top-level domain, found with the refresh token: how an
 * integration follows an account whose subdomain changed. Errors are scrubbed of both tokens.
 */
export async function getAccountSubdomain(options: AccountSubdomainOptions): Promise<AccountSubdomain> {
  const { refreshToken, accessToken } = options;
  const secrets = [refreshToken, accessToken];
  try {
    const client = createCallClient(withTypedErrors(fromFetch(options.fetch)), { baseUrl: originOf(options) }, { secrets: () => secrets as string[] });
    const { data } = await client.GET('/oauth2/account/current/subdomain', {
      headers: { 'X-Refresh-Token': refreshToken }, signal: options.signal,
    });
    if (!data || typeof data.id !== 'number' || typeof data.subdomain !== 'string' || typeof data.domain !== 'string') {
      throw new AmoMalformedResponseError({ method: 'GET', url: '/oauth2/account/current/subdomain', status: 200,
        reason: 'the answer lacks id, subdomain or domain' });
    }
    return data;
  } catch (error) {
    if (error instanceof AmoApiError) error.redact(secrets);
    throw error;
  }
}
