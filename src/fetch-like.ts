// The shape every layer of the client shares, and the light request the client's openapi-fetch
// builds instead of a Request.

/** What the layers read and set of a request. A Request has it, and so does a LightRequest. */
export interface RequestLike {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly signal?: AbortSignal;
  readonly body?: unknown;
  readonly redirect?: Redirect;
}

/** RequestRedirect, spelled out: the declarations name no DOM-only type, so a Node-only project compiles them. */
type Redirect = 'follow' | 'error' | 'manual';

/** A fetch that receives a complete request; each layer of the client is one of these wrapping the next. */
export type FetchLike = (request: RequestLike) => Promise<Response>;

/**
 * The URL and the RequestInit, kept as they are, so that fetch builds the one Request itself
 * (building a Request costs about as much as the rest of a call to a local server). The body is
 * the serialised string, so the same object can be sent again. Redirects are never followed: one
 * could carry the token to another host.
 */
export class LightRequest implements RequestLike {
  declare url: string;
  declare method: string;
  declare headers: Headers;
  declare redirect: Redirect;

  constructor(url: string | URL, init: RequestInit = {}) {
    // openapi-fetch gives the headers as a Headers object, which the layers set in place.
    Object.assign(this, init, { url: String(url), redirect: 'manual' });
  }

  // openapi-fetch accepts a middleware's `new Request(…)` only if it is an instance of the client's Request class.
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request || LightRequest.prototype.isPrototypeOf(value as object);
  }
}

/**
 * What starts an attempt's timeout, by the attempt's signal: the clock runs from the moment the
 * request leaves the client's own queue (rate limit, shared refresh), never while it waits there.
 */
export const timeoutStarts = new WeakMap<AbortSignal, (url: string) => void>();

/** The last layer: sends with `fetchImpl`; a given fetch receives a Request, the global one the URL and the init. */
export function fromFetch(fetchImpl?: typeof fetch): FetchLike {
  return (request) => {
    timeoutStarts.get(request.signal!)?.(request.url);
    if (request instanceof Request) return (fetchImpl ?? fetch)(request);
    const init = request as RequestInit;
    return fetchImpl ? fetchImpl(new Request(request.url, init)) : fetch(request.url, init);
  };
}
