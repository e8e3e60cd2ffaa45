// One error class for everything the client throws, with subclasses where a caller must branch.
// An error carries the method and the path (never the query string), the problem+json fields and,
// when the body was not JSON, its raw text: never a header, so never the bearer token.
import type { components } from '../generated/schema.js';

export type ValidationErrorItem = components['schemas']['ValidationError'];

const RAW_TEXT_LIMIT = 2000;

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
  readonly status: number;
  readonly method: string;
  /** The request path, without the query string. */
  readonly path: string;
  readonly title?: string;
  readonly type?: string;
  readonly detail?: string;
  /** The whole problem+json body, when the answer had one. */
  readonly problem?: Record<string, unknown>;
  /** The body when it was not JSON (an nginx HTML page), cut to 2000 characters. */
  readonly rawText?: string;

  constructor(init: AmoErrorInit) {
    const path = pathOf(init.url);
    const problem = init.problem;
    const title = stringField(problem, 'title');
    const detail = stringField(problem, 'detail') ?? stringField(problem, 'hint');
    const status = init.status ?? 0;
    const summary = init.reason ?? ([title, detail].filter(Boolean).join(': ') || (status ? `HTTP ${status}` : 'failed'));
    super(init.message ?? `${init.method} ${path}: ${summary}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = status;
    this.method = init.method;
    this.path = path;
    this.title = title;
    this.type = stringField(problem, 'type');
    this.detail = detail;
    this.problem = problem;
    this.rawText = init.rawText === undefined ? undefined : init.rawText.slice(0, RAW_TEXT_LIMIT);
  }

  /** Replaces every occurrence of the given secrets in this error's text (a server may echo them). */
  redact(secrets: readonly (string | undefined)[]): this {
    const present = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
    if (present.length === 0) return this;
    const scrub = (value: unknown): unknown => {
      if (typeof value === 'string') return present.reduce((text, s) => text.split(s).join('[redacted]'), value);
      if (Array.isArray(value)) return value.map(scrub);
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
      }
      return value;
    };
    const self = this as unknown as Record<string, unknown>;
    for (const key of ['message', 'title', 'detail', 'rawText', 'problem', 'stack', 'validationErrors']) {
      if (self[key] !== undefined) self[key] = scrub(self[key]);
    }
    return this;
  }

  toJSON(): Record<string, unknown> {
    const { name, message, status, method, path, title, type, detail, problem, rawText } = this;
    return { name, message, status, method, path, title, type, detail, problem, rawText };
  }
}

/** 429: more than 7 requests per second. Nothing was processed; `retryAfterMs` says how long to wait. */
export class AmoRateLimitError extends AmoApiError {
  override name = 'AmoRateLimitError';
  readonly retryAfterMs?: number;
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
  blockedUntil?: number;
}

/** 401 (after the one refresh, with OAuth), or a failed or impossible token refresh: authorise again. */
export class AmoUnauthorizedError extends AmoApiError {
  override name = 'AmoUnauthorizedError';
}

/** 400: the request was rejected; `validationErrors` lists the rejected items by `request_id`. */
export class AmoValidationError extends AmoApiError {
  override name = 'AmoValidationError';
  readonly validationErrors: ValidationErrorItem[];
  constructor(init: AmoErrorInit) {
    super(init);
    const list = init.problem?.['validation-errors'];
    this.validationErrors = Array.isArray(list) ? (list as ValidationErrorItem[]) : [];
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), validationErrors: this.validationErrors };
  }
}

/** No usable HTTP answer: the connection failed or dropped, or the per-attempt timeout ran out. */
export class AmoNetworkError extends AmoApiError {
  override name = 'AmoNetworkError';
  readonly timedOut: boolean;
  constructor(init: AmoErrorInit & { timedOut?: boolean }) {
    super(init);
    this.timedOut = init.timedOut ?? false;
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

function pathOf(url: string): string {
  try {
    return new URL(url, 'http://relative.invalid').pathname;
  } catch {
    return url.split(/[?#]/)[0] ?? '';
  }
}

function stringField(problem: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = problem?.[key];
  return typeof value === 'string' ? value : undefined;
}
