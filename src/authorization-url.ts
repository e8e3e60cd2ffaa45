// The authorization page (https://www.amocrm.ru/oauth) and the redirect back from it: a URL with a
// fresh `state`, and a parser that refuses a redirect whose `state` is not the one sent (CSRF).
import type { AmoDomain } from './base-url.js';
import { toHex } from './hex.js';

export interface AuthorizationUrlOptions {
  /** The integration's ID. */
  clientId: string;
  /** Default: 32 random hex digits. Keep it (in the session) to check the redirect. */
  state?: string;
  /** `popup`: the window closes and the redirect opens in the main window; `post_message`: the redirect opens in the window itself. */
  mode?: 'popup' | 'post_message';
  /** Whose page: `amocrm.ru` (default), `kommo.com` or `amocrm.com`. */
  domain?: AmoDomain;
}

/** The authorization page's URL and the `state` in it, which `parseAuthorizationRedirect` checks. */
export function authorizationUrl({ clientId, state = randomState(), mode, domain = 'amocrm.ru' }: AuthorizationUrlOptions): { url: string; state: string } {
  if (!['amocrm.ru', 'kommo.com', 'amocrm.com'].includes(domain)) throw new TypeError('domain must be amocrm.ru, kommo.com or amocrm.com');
  const url = new URL(`https://www.${domain}/oauth`);
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('state', state);
  if (mode !== undefined) url.searchParams.set('mode', mode);
  return { url: url.href, state };
}

function randomState(): string {
  return toHex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

/** What the redirect to the redirect URI brought. */
export interface AuthorizationRedirect {
  /** The authorization code (valid 20 minutes), for `exchangeCode`. */
  code: string;
  /** The account's host (`example.amocrm.ru`): where to exchange the code. */
  referer?: string;
  state?: string;
  /** 1: an account on amocrm.ru; 2: on amocrm.com or kommo.com. */
  platform?: 1 | 2;
  /** The redirect follows a widget's installation (no `state` then). */
  fromWidget: boolean;
  /** The redirect follows `exchangeApiKey`. */
  fromExchange: boolean;
}

export type AuthorizationRedirectProblem = 'denied' | 'state-mismatch' | 'no-code';

/** A redirect that must not be used: refused by the user, a foreign `state`, or no code. */
export class AmoAuthorizationRedirectError extends Error {
  override name = 'AmoAuthorizationRedirectError';
  constructor(readonly problem: AuthorizationRedirectProblem, message: string) {
    super(message);
  }
}

/**
 * Reads the redirect URI's query (a URL, its query string, or URLSearchParams) and checks `state`
 * against the one sent (`null`: none was sent, as for a widget's installation). Throws
 * AmoAuthorizationRedirectError when the user refused (`error=access_denied`), when `state`
 * differs, or when there is no code. The error never quotes the code or either state.
 */
export function parseAuthorizationRedirect(redirect: string | URL | URLSearchParams, expectedState: string | null): AuthorizationRedirect {
  const query = redirect instanceof URLSearchParams ? redirect
    : redirect instanceof URL ? redirect.searchParams
      : new URLSearchParams(/^[a-z][a-z0-9+.-]*:/i.test(redirect) ? new URL(redirect).search : redirect);
  const state = query.get('state') ?? undefined;
  if ((state ?? null) !== expectedState) {
    throw new AmoAuthorizationRedirectError('state-mismatch', 'the redirect\'s state is not the one sent: do not use its code');
  }
  const error = query.get('error');
  if (error !== null) throw new AmoAuthorizationRedirectError('denied', `the user did not grant access (${error === 'access_denied' ? error : 'error'})`);
  const code = query.get('code');
  if (!code) throw new AmoAuthorizationRedirectError('no-code', 'the redirect carries no code');
  const platform = query.get('platform');
  return {
    code,
    referer: query.get('referer') ?? undefined,
    state,
    platform: platform === '1' ? 1 : platform === '2' ? 2 : undefined,
    fromWidget: query.has('from_widget'),
    fromExchange: query.get('from_exchange') === '1',
  };
}
