// Turns an HTTP answer into either a response openapi-fetch can parse safely or a typed error.
import {
  AmoApiError, AmoBlockedError, AmoMalformedResponseError, AmoNetworkError, AmoRateLimitError,
  AmoUnauthorizedError, AmoValidationError, type AmoErrorInit,
} from './errors.js';
import type { FetchLike } from './fetch-like.js';

const TOKEN_PATH = '/oauth2/access_token';

/**
 * The innermost layer: sends the request, classifies any failure, and hands back 2xx answers whose
 * JSON has been checked (re-wrapped, so openapi-fetch never meets a body it cannot parse).
 * `timeoutMs` bounds each attempt, body included.
 */
export function withTypedErrors(send: FetchLike, timeoutMs = 0): FetchLike {
  return async (request) => {
    const method = request.method;
    const base: AmoErrorInit = { method, url: request.url };
    const timeout = new AbortController();
    const timer = timeoutMs > 0 ? setTimeout(() => timeout.abort(), timeoutMs) : undefined;
    const stop = () => timeout.abort();
    request.signal.addEventListener('abort', stop, { once: true });
    const failed = (cause: unknown) => {
      if (request.signal.aborted) return request.signal.reason; // the caller cancelled: not our error
      if (cause instanceof AmoApiError) return cause;
      return new AmoNetworkError({
        ...base, cause, timedOut: timeout.signal.aborted,
        message: `${method} ${new URL(request.url).pathname} failed: ${timeout.signal.aborted ? `no answer within ${timeoutMs} ms` : 'network error'}`,
      });
    };
    try {
      let response: Response;
      let text: string;
      try {
        response = await send(new Request(request, { signal: timeout.signal }));
        text = response.status === 204 ? '' : await response.text();
      } catch (cause) {
        throw failed(cause);
      }
      if (!response.ok) throw errorFromAnswer(base, response, text);
      if (response.status === 204) return response;
      const contentType = response.headers.get('content-type') ?? '';
      if (text !== '') {
        if (!/json/i.test(contentType)) {
          throw new AmoMalformedResponseError({ ...base, status: response.status, rawText: text,
            message: `${method} ${new URL(request.url).pathname}: expected JSON, got ${contentType || 'no content type'}` });
        }
        try {
          JSON.parse(text);
        } catch (cause) {
          throw new AmoMalformedResponseError({ ...base, status: response.status, rawText: text, cause,
            message: `${method} ${new URL(request.url).pathname}: the answer is not valid JSON` });
        }
      }
      const headers = new Headers(response.headers);
      headers.delete('content-length');
      headers.delete('content-encoding');
      return new Response(text, { status: response.status, statusText: response.statusText, headers });
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', stop);
    }
  };
}

/** Builds the typed error for a non-2xx answer whose body has been read. */
export function errorFromAnswer(base: AmoErrorInit, response: Response, text: string): AmoApiError {
  const status = response.status;
  const problem = parseObject(text);
  const init: AmoErrorInit = { ...base, status, problem, rawText: problem ? undefined : text };
  if (status === 429) return new AmoRateLimitError({ ...init, retryAfterMs: retryAfterMs(problem, response.headers) });
  if (status === 403 && !problem) {
    return new AmoBlockedError({ ...init, message: `${base.method} ${pathOf(base.url)} failed: 403 without problem+json, the account is blocked (rate limit exceeded)` });
  }
  if (status === 401 || ((status === 400) && pathOf(base.url) === TOKEN_PATH)) return new AmoUnauthorizedError(init);
  if (status === 400) return new AmoValidationError(init);
  return new AmoApiError(init);
}

function retryAfterMs(problem: Record<string, unknown> | undefined, headers: Headers): number | undefined {
  const body = problem?.retry_after;
  if (typeof body === 'number' && Number.isFinite(body) && body >= 0) return body * 1000;
  const header = headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (header.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function pathOf(url: string): string {
  return new URL(url, 'http://relative.invalid').pathname;
}
