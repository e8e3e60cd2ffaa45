// The OAuth 2.0 token endpoint, POST /oauth2/access_token: exchange a code, refresh a pair.
import type { paths } from '../generated/schema.js';
import { resolveBaseUrl, type AmoHostOptions } from './base-url.js';
import { AmoApiError, AmoMalformedResponseError } from './errors.js';
import { createCallClient, type CallOptions } from './call.js';
import { fromFetch, type FetchLike } from './fetch-like.js';
import { withTypedErrors } from './response-errors.js';
import { systemNow, type Now } from './sleep.js';

export type AccessTokenRequest = paths['/oauth2/access_token']['post']['requestBody']['content']['application/json'];

/** A token pair as the client keeps it: `expiresAt` is epoch milliseconds. */
export interface AmoTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

export interface OAuthAppCredentials {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface TokenEndpointOptions extends AmoHostOptions, OAuthAppCredentials {
  fetch?: typeof fetch;
  now?: Now;
  signal?: AbortSignal;
}

/** Exchanges the authorization code from the redirect for the first token pair. */
export function exchangeCode(options: TokenEndpointOptions & { code: string }): Promise<AmoTokens> {
  return standalone(options, { grant_type: 'authorization_code', code: options.code });
}

/**
 * Exchanges a refresh token for a new pair. The refresh token sent is revoked by amoCRM: store the
 * returned pair before anything else. (A client created with `oauth` refreshes by itself.)
 */
export function refreshTokens(options: TokenEndpointOptions & { refreshToken: string }): Promise<AmoTokens> {
  return standalone(options, { grant_type: 'refresh_token', refresh_token: options.refreshToken });
}

function standalone(options: TokenEndpointOptions, grant: Grant): Promise<AmoTokens> {
  return requestTokens(withTypedErrors(fromFetch(options.fetch)), resolveBaseUrl(options), options, grant, options.now, options.signal);
}

export type Grant = { grant_type: 'authorization_code'; code: string } | { grant_type: 'refresh_token'; refresh_token: string };

/**
 * Calls the token endpoint through `send`; every error is scrubbed of the secrets involved. A POST
 * is retried after 429 only (the default policy): amoCRM processed nothing, the code or refresh
 * token is unspent.
 */
export async function requestTokens(
  send: FetchLike, baseUrl: string, app: OAuthAppCredentials, grant: Grant, now: Now = systemNow, signal?: AbortSignal, call: CallOptions = {},
): Promise<AmoTokens> {
  const body: AccessTokenRequest = { client_id: app.clientId, client_secret: app.clientSecret, redirect_uri: app.redirectUri, ...grant };
  const secrets = [app.clientSecret, 'code' in grant ? grant.code : grant.refresh_token];
  try {
    const client = createCallClient(send, { baseUrl }, call);
    const { data } = await client.POST('/oauth2/access_token', { body, signal });
    const valid = data && typeof data.access_token === 'string' && typeof data.refresh_token === 'string'
      && typeof data.expires_in === 'number';
    if (!valid) {
      throw new AmoMalformedResponseError({ method: 'POST', url: '/oauth2/access_token', status: 200,
        reason: 'the answer lacks access_token, refresh_token or expires_in' });
    }
    secrets.push(data.access_token, data.refresh_token);
    return { accessToken: data.access_token, refreshToken: data.refresh_token, expiresAt: now() + data.expires_in * 1000 };
  } catch (error) {
    if (error instanceof AmoApiError) error.redact(secrets);
    throw error;
  }
}

export type ExchangeApiKeyRequest = paths['/oauth2/exchange_api_key']['post']['requestBody']['content']['application/json'];

export interface ExchangeApiKeyOptions extends AmoHostOptions {
  /** The user's login (e-mail). */
  login: string;
  /** The user's current API key. */
  apiKey: string;
  /** The UUID of the OAuth integration that is to receive the authorization code. */
  clientUuid: string;
  clientSecret: string;
  /** Comes back with the code to the redirect URI. */
  state?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/**
 * Trades a user's API key for an OAuth authorization code (`POST /oauth2/exchange_api_key`).
 * Resolves once amoCRM accepted (202): the code arrives at the integration's redirect URI with
 * `from_exchange=1`, to be passed to `exchangeCode`. amoCRM allows one call in 5 minutes per user and
 * integration, so a 429 is thrown (as AmoRateLimitError), never retried; so is every other error,
 * scrubbed of the API key and the client secret.
 */
export async function exchangeApiKey(options: ExchangeApiKeyOptions): Promise<void> {
  const { login, apiKey, clientUuid, clientSecret, state } = options;
  const body: ExchangeApiKeyRequest = {
    login, api_key: apiKey, client_uuid: clientUuid, client_secret: clientSecret, ...(state === undefined ? {} : { state }),
  };
  const client = createCallClient(withTypedErrors(fromFetch(options.fetch)), { baseUrl: resolveBaseUrl(options) },
    { retry: false, secrets: () => [apiKey, clientSecret] });
  await client.POST('/oauth2/exchange_api_key', { body, signal: options.signal });
}
