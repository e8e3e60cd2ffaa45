// One error class for everything the client throws, with subclasses where a caller must branch.
// An error carries the method and the path (never the query string), the problem+json fields and,
// when the body was not JSON, its raw text: never a header, so never the bearer token.
import type { components } from '../generated/schema.js';

export type ValidationErrorItem = components['schemas']['ValidationError'];

export interface AmoErrorInit {
  /** The whole message; by default `METHOD /path: ` and `reason` (or the problem's title and detail, or the status). */
  message?: string;
  /** What went wrong, for the default message. */
  reason?: string;
  /** HTTP status; 0 when no HTTP answer was received (network error, refused before sending). */
  status?: number;
  method: string;
  /** A URL or path; only its path is kept. */
  url: string;
  problem?: Record<string, unknown>;
  rawText?: string;
  cause?: unknown;
}

export class AmoApiError extends Error {
  override name = 'AmoApiError';
  declare readonly status: number;
  declare readonly method: string;
  /** The request path, without the query string. */
  declare readonly path: string;
  declare readonly title?: string;
  declare readonly type?: string;
  declare readonly detail?: string;
  /** The whole problem+json body, when the answer had one. */
  declare readonly problem?: Record<string, unknown>;
  /** The body when it was not JSON (an nginx HTML page), cut to 2000 characters. */
  declare readonly rawText?: string;

  constructor(init: AmoErrorInit) {
    const { method, problem, status = 0 } = init;
    const path = pathOf(init.url);
    const title = text(problem?.title);
    const detail = text(problem?.detail) ?? text(problem?.hint);
    const summary = init.reason ?? ([title, detail].filter(Boolean).join(': ') || (status ? `HTTP ${status}` : 'failed'));
    super(init.message ?? `${method} ${path}: ${summary}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = status;
    this.method = method;
    this.path = path;
    this.title = title;
    this.type = text(problem?.type);
    this.detail = detail;
    this.problem = problem;
    this.rawText = init.rawText?.slice(0, 2000);
  }

  /** Replaces every occurrence of the given secrets in this error's text (a server may echo them). */
  redact(secrets: readonly (string | undefined)[]): this {
    const present = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
    // Every string, however deep (the problem, the validation errors), through a JSON copy.
    const scrub = (value: unknown): unknown => value === undefined ? value : JSON.parse(JSON.stringify(value),
      (_, v: unknown) => (typeof v === 'string' ? present.reduce((t, s) => t.split(s).join('[redacted]'), v) : v));
    const self = this as unknown as Record<string, unknown>;
    for (const key of [...Object.keys(this), 'message', 'stack']) self[key] = scrub(self[key]);
    return this;
  }

  /** Every field but `cause` and `stack`. */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), message: this.message };
  }
}

/** 429: more than 7 requests per second. Nothing was processed; `retryAfterMs` says how long to wait. */
export class AmoRateLimitError extends AmoApiError {
  override name = 'AmoRateLimitError';
  declare readonly retryAfterMs?: number;
  constructor(init: AmoErrorInit & { retryAfterMs?: number }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * 403 as an HTML page: nginx has blocked the account's IP for exceeding the rate limit. The client
 * stops: it does not retry, and fails fast until `blockedUntil` (epoch ms) without sending anything.
 */
export class AmoBlockedError extends AmoApiError {
  override name = 'AmoBlockedError';
  declare blockedUntil?: number;
}

/** 401 (after the one refresh, with OAuth), or a failed or impossible token refresh: authorise again. */
export class AmoUnauthorizedError extends AmoApiError {
  override name = 'AmoUnauthorizedError';
}

/** 400: the request was rejected; `validationErrors` lists the rejected items by `request_id`. */
export class AmoValidationError extends AmoApiError {
  override name = 'AmoValidationError';
  declare readonly validationErrors: ValidationErrorItem[];
  constructor(init: AmoErrorInit) {
    super(init);
    const list = init.problem?.['validation-errors'];
    this.validationErrors = Array.isArray(list) ? list : [];
  }
}

/** No usable HTTP answer: the connection failed or dropped, or the per-attempt timeout ran out. */
export class AmoNetworkError extends AmoApiError {
  override name = 'AmoNetworkError';
  declare readonly timedOut: boolean;
  constructor(init: AmoErrorInit & { timedOut?: boolean }) {
    super(init);
    this.timedOut = !!init.timedOut;
  }
}

/** A success status with a body that is not what amoCRM sends (malformed JSON, an HTML page). */
export class AmoMalformedResponseError extends AmoApiError {
  override name = 'AmoMalformedResponseError';
}

/** The client refused to send the token to a host other than the configured one. */
export class AmoForeignHostError extends AmoApiError {
  override name = 'AmoForeignHostError';
}

/** The path of a URL or of a path with a query: no origin, no query, no fragment. */
export function pathOf(url: string): string {
  return url.replace(/^[a-z][\w+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/)[0] || '/';
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
