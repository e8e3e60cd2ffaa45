// Compile-time tests for talks, subscribers, entity files and the OAuth calls beside the token
// endpoint, through the package's client and functions; checked by `tsc --noEmit`, never executed.
// Each @ts-expect-error line is an assertion: the build fails if that wrong call or value type-checks.
import {
  authorizationUrl, createAmoClient, exchangeApiKey, getAccountSubdomain, parseAuthorizationRedirect,
  type AccountSubdomain, type AuthorizationRedirect, type components,
} from '../../src';

type Schemas = components['schemas'];

export async function typedConversationCalls() {
  const amo = createAmoClient({ subdomain: 'example', token: 'token' });

  // A talk is identified by talk_id, not id.
  const { data: talk } = await amo.GET('/api/v4/talks/{id}', { params: { path: { id: 117 } } });
  const talkId: number | undefined = talk?.talk_id;
  // @ts-expect-error a talk has no id, only talk_id
  void talk?.id;
  // Closing answers 202 with no body.
  const { data: closed } = await amo.POST('/api/v4/talks/{id}/close', { params: { path: { id: 117 } }, body: { force_close: true } });
  const nothing: undefined = closed;

  const { data: subscribers } = await amo.GET('/api/v4/leads/{id}/subscriptions', { params: { path: { id: 1 } } });
  const kind: 'user' | 'group' | undefined = subscribers?._embedded.subscriptions[0]?.type;

  const { data: files } = await amo.GET('/api/v4/leads/{entity_id}/files', { params: { path: { entity_id: 1 }, query: { limit: 10 } } });
  const fileUuid: string | undefined = files?._embedded.files[0]?.file_uuid;
  await amo.PUT('/api/v4/contacts/{entity_id}/files', { params: { path: { entity_id: 1 } }, body: [{ file_uuid: 'a' }] });
  await amo.DELETE('/api/v4/customers/{entity_id}/files', { params: { path: { entity_id: 1 } }, body: [{ file_uuid: 'a' }] });
  // @ts-expect-error detaching names the files by file_uuid
  await amo.DELETE('/api/v4/leads/{entity_id}/files', { params: { path: { entity_id: 1 } }, body: [{ id: 1 }] });

  // The token answer carries the server's clock.
  const pair: Schemas['OAuthTokenPair'] = { token_type: 'Bearer', expires_in: 86400, server_time: 1751621727, access_token: 'a', refresh_token: 'r' };
  // @ts-expect-error server_time is always in the token answer
  const withoutTime: Schemas['OAuthTokenPair'] = { token_type: 'Bearer', expires_in: 86400, access_token: 'a', refresh_token: 'r' };

  await exchangeApiKey({ subdomain: 'example', login: 'a@example.com', apiKey: 'k', clientUuid: 'u', clientSecret: 's' });
  // @ts-expect-error the exchange needs the integration's client secret
  await exchangeApiKey({ subdomain: 'example', login: 'a@example.com', apiKey: 'k', clientUuid: 'u' });
  // @ts-expect-error the body is closed: amoCRM takes no redirect_uri here
  const body: Schemas['OAuthExchangeApiKeyRequest'] = { login: 'l', api_key: 'k', client_uuid: 'u', client_secret: 's', redirect_uri: 'x' };

  const account: AccountSubdomain = await getAccountSubdomain({ accessToken: 'jwt', refreshToken: 'r' });
  const tld: 'ru' | 'com' = account.top_level_domain;
  // @ts-expect-error the lookup needs the refresh token
  await getAccountSubdomain({ accessToken: 'jwt' });

  const { url, state } = authorizationUrl({ clientId: 'c', mode: 'post_message' });
  // @ts-expect-error mode is popup or post_message
  authorizationUrl({ clientId: 'c', mode: 'redirect' });
  const redirect: AuthorizationRedirect = parseAuthorizationRedirect(new URL(url), state);
  const platform: 1 | 2 | undefined = redirect.platform;
  // @ts-expect-error the caller says which state it sent (null: none)
  parseAuthorizationRedirect(url);

  return [talkId, nothing, kind, fileUuid, pair, withoutTime, body, tld, platform];
}
