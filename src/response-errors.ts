// Turns a failed attempt into a typed error: a non-2xx answer, a network failure, a timeout, a 2xx
// body that is not the JSON amoCRM sends.
import {
  AmoApiError, AmoBlockedError, AmoMalformedResponseError, AmoNetworkError, AmoRateLimitError,
  AmoUnauthorizedError, AmoValidationError, pathOf, type AmoErrorInit,
} from './errors.js';
import type { FetchLike } from './fetch-like.js';

/**
 * Sends the request and throws a typed error for anything but a 2xx answer, which is returned
 * untouched (its body is read once, by the caller). A request aborted by its caller rejects with
 * the caller's reason.
 */
export function withTypedErrors(send: FetchLike): FetchLike {
  return async (request) => {
    const base = { method: request.method, url: request.url };
    let response: Response;
    let text: string;
    try {
      response = await send(request);
      if (response.ok) return response;
      text = await response.text();
    } catch (cause) {
      throw failure(base, cause, request.signal);
    }
    throw errorFromAnswer(base, response, text);
  };
}

/**
 * The error for an attempt that got no usable answer: the signal's reason (the caller's own, or the
 * client's timeout, an AmoNetworkError), or a network error.
 */
export function failure(base: AmoErrorInit, cause: unknown, signal?: AbortSignal): unknown {
  if (signal?.aborted) return signal.reason;
  if (cause instanceof AmoApiError) return cause;
  return new AmoNetworkError({ ...base, cause, reason: 'network error' });
}

/**
 * The JSON of a 2xx answer (undefined when empty), whatever its Content-Type says (a token answer
 * labelled text/html is still the pair); a body that is not JSON is AmoMalformedResponseError.
 */
export async function readJson(base: AmoErrorInit, response: Response, signal?: AbortSignal): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw failure(base, cause, signal);
  }
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    const type = response.headers.get('content-type');
    throw new AmoMalformedResponseError({ ...base, status: response.status, rawText: text, cause,
      reason: /json/i.test(type ?? '') ? 'invalid JSON' : `expected JSON, got ${type ?? 'no content type'}` });
  }
}

/** Builds the typed error for a non-2xx answer whose body has been read. */
export function errorFromAnswer(base: AmoErrorInit, response: Response, text: string): AmoApiError {
  const status = response.status;
  const problem = parseObject(text);
  const init: AmoErrorInit = { ...base, status, problem, rawText: problem ? undefined : text };
  if (status === 429) return new AmoRateLimitError({ ...init, retryAfterMs: retryAfterMs(problem, response.headers) });
  if (status === 403 && !problem) return new AmoBlockedError({ ...init, reason: 'HTML 403: the account is blocked (rate limit exceeded)' });
  if (status === 401 || (status === 400 && pathOf(base.url) === '/oauth2/access_token')) return new AmoUnauthorizedError(init);
  if (status === 400) return new AmoValidationError(init);
  return new AmoApiError(init);
}

function retryAfterMs(problem: Record<string, unknown> | undefined, headers: Headers): number | undefined {
  const body = problem?.retry_after;
  if (typeof body === 'number' && body >= 0) return body * 1000;
  const header = headers.get('retry-after')?.trim();
  if (!header) return undefined;
  // Seconds, or an HTTP date.
  const ms = +header >= 0 ? +header * 1000 : Date.parse(header) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
