// Puts the bearer token on each request, for the configured host only, and keeps OAuth tokens
// fresh: one refresh at a time (single flight), shared by every waiting call and tied to none of
// them, stored through `onTokens` before first use, and a refresh token is never sent twice.
import { AmoBlockedError, AmoForeignHostError, AmoRateLimitError, AmoUnauthorizedError } from './errors.js';
import type { CallOptions } from './call.js';
import type { FetchLike } from './fetch-like.js';
import { requestTokens, type AmoTokens, type OAuthAppCredentials } from './oauth.js';
import { raced, systemNow, type Now } from './sleep.js';

export interface TokenSource {
  /** The token to send now (refreshing first if it is about to expire). */
  accessToken(signal?: AbortSignal): Promise<string>;
  /** After a 401 with `used`: a token worth one more try, or undefined if there is none. */
  afterUnauthorized(used: string, signal?: AbortSignal): Promise<string | undefined>;
  /** Every secret this source knows, to scrub from errors. */
  secrets(): string[];
}

/** A long-lived token: sent as is, never refreshed. */
export function staticToken(token: string): TokenSource {
  if (typeof token !== 'string' || !token.trim()) throw new TypeError('token must be a non-empty string');
  return {
    accessToken: async () => token,
    afterUnauthorized: async () => undefined,
    secrets: () => [token],
  };
}

export interface OAuthOptions extends OAuthAppCredentials {
  /** The pair stored from the last exchange or refresh. */
  tokens: AmoTokens;
  /**
   * Called with every new pair, and awaited before the new access token is used: store the pair
   * here (the old refresh token is already revoked). If it throws, requests fail and it is called
   * again, with the same pair, before the next request.
   */
  onTokens: (tokens: AmoTokens) => void | Promise<void>;
  /** Refresh this long before `expiresAt` (default 5 minutes). */
  refreshMarginMs?: number;
}

/**
 * The OAuth token state of one client. `send` is the client's stack without this layer; `call`
 * the client's retry policy and timeout, for the token endpoint.
 */
export class OAuthSession implements TokenSource {
  private declare tokens: AmoTokens;
  private stored = true;
  private declare storing?: Promise<void>;
  private declare refreshing?: Promise<string>;
  /** Refresh tokens already sent, each with why it cannot be sent again. */
  private readonly spent = new Map<string, string>();
  /** Every token this session has held (old ones too: a server may echo them). */
  private readonly known = new Set<string>();
  private declare readonly margin: number;
  private declare readonly options: OAuthOptions;
  private declare readonly send: FetchLike;
  private declare readonly baseUrl: string;
  private declare readonly now: Now;
  private declare readonly call: CallOptions;

  constructor(options: OAuthOptions, send: FetchLike, baseUrl: string, now: Now = systemNow, call: CallOptions = {}) {
    const t = options.tokens;
    if (!t || typeof t.accessToken !== 'string' || typeof t.refreshToken !== 'string' || typeof t.expiresAt !== 'number') {
      throw new TypeError('oauth.tokens needs accessToken, refreshToken, expiresAt');
    }
    Object.assign(this, { options, send, baseUrl, now, call, margin: options.refreshMarginMs ?? 5 * 60_000 });
    this.hold(t);
  }

  // A caller's signal only ends that caller's wait (raced), never the shared refresh or onTokens.
  async accessToken(signal?: AbortSignal): Promise<string> {
    await raced(this.ensureStored(), signal);
    if (this.now() >= this.tokens.expiresAt - this.margin) return raced(this.refresh(), signal);
    return this.tokens.accessToken;
  }

  async afterUnauthorized(used: string, signal?: AbortSignal): Promise<string | undefined> {
    await raced(this.ensureStored(), signal);
    // Someone else already refreshed since `used` was sent: use theirs.
    if (this.tokens.accessToken !== used) return this.tokens.accessToken;
    return raced(this.refresh(), signal);
  }

  secrets(): string[] {
    return [this.options.clientSecret, ...this.known];
  }

  private hold(tokens: AmoTokens): void {
    this.tokens = { ...tokens };
    this.known.add(tokens.accessToken).add(tokens.refreshToken);
  }

  /** A new pair, or the one being fetched; callers have checked that the current token needs replacing. */
  private refresh(): Promise<string> {
    if (this.refreshing) return this.refreshing;
    const run = this.runRefresh();
    this.refreshing = run;
    const clear = () => {
      if (this.refreshing === run) this.refreshing = undefined;
    };
    run.then(clear, clear);
    return run;
  }

  private async runRefresh(): Promise<string> {
    const refreshToken = this.tokens.refreshToken;
    const spent = this.spent.get(refreshToken);
    if (spent) throw new AmoUnauthorizedError({ method: 'POST', url: '/oauth2/access_token', reason: `${spent}: authorise again` });
    this.spent.set(refreshToken, 'the refresh token was sent once and its answer was lost');
    let next: AmoTokens;
    try {
      // Bounded by the client's timeout and retry policy, not by any caller's signal.
      next = await requestTokens(this.send, this.baseUrl, this.options, { grant_type: 'refresh_token', refresh_token: refreshToken },
        this.now, undefined, this.call);
    } catch (error) {
      // Refused before processing (429, or the blocked page): the refresh token is still unspent.
      if (error instanceof AmoRateLimitError || error instanceof AmoBlockedError) this.spent.delete(refreshToken);
      // Answered 400/401 (invalid_grant): amoCRM refused it, and says why.
      else if (error instanceof AmoUnauthorizedError) {
        this.spent.set(refreshToken, `the refresh token was refused (${error.problem?.hint ?? error.detail ?? `HTTP ${error.status}`})`);
      }
      throw error;
    }
    this.hold(next);
    this.stored = false;
    await this.ensureStored();
    return next.accessToken;
  }

  private ensureStored(): Promise<void> {
    if (this.stored) return Promise.resolve();
    if (!this.storing) {
      const pair = { ...this.tokens };
      // Started on a later tick, so that `storing` is set before a synchronous throw settles it.
      const storing = Promise.resolve()
        .then(() => this.options.onTokens(pair))
        .then(() => {
          if (this.tokens.accessToken === pair.accessToken) this.stored = true;
        });
      this.storing = storing;
      const clear = () => {
        if (this.storing === storing) this.storing = undefined;
      };
      storing.then(clear, clear);
    }
    return this.storing;
  }
}

/**
 * Sets `Authorization: Bearer …` on requests to the configured origin (refusing any other), and
 * sends once more after a 401 if the source has a fresher token. A redirect is never followed: it
 * could carry the token to another host. (The client scrubs `source.secrets()` from every error a
 * call throws, this layer's included.)
 */
export function withAuth(next: FetchLike, source: TokenSource, origin: string): FetchLike {
  return async (request) => {
    const { method, url, signal } = request;
    const host = new URL(url);
    if (host.origin !== origin) {
      throw new AmoForeignHostError({ method, url, reason: `not sent: ${host.host} is not the configured host` });
    }
    // The client's LightRequest can be sent twice as it is; a Request only if it has no body to read.
    if (request.redirect !== 'manual') request = new Request(request as Request, { redirect: 'manual' });
    const spare = request.body instanceof ReadableStream ? (request as Request).clone() : request;
    const token = await source.accessToken(signal);
    request.headers.set('Authorization', `Bearer ${token}`);
    try {
      return await next(request);
    } catch (error) {
      if (!(error instanceof AmoUnauthorizedError)) throw error;
      const fresh = await source.afterUnauthorized(token, signal);
      if (fresh === undefined) throw error;
      spare.headers.set('Authorization', `Bearer ${fresh}`);
      return await next(spare);
    }
  };
}
