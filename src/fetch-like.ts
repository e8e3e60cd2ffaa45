// The shape every layer of the client shares, and the light request the client's openapi-fetch
// builds instead of a Request.

/** What the layers read and set of a request. A Request has it, and so does a LightRequest. */
export interface RequestLike {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly signal?: AbortSignal;
  readonly body?: unknown;
  readonly redirect?: RequestRedirect;
}

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
  declare redirect: RequestRedirect;

  constructor(url: string | URL, init: RequestInit = {}) {
    // openapi-fetch gives the headers as a Headers object, which the layers set in place.
    Object.assign(this, init, { url: String(url), redirect: 'manual' });
  }

  // openapi-fetch accepts a middleware's `new Request(…)` only if it is an instance of the client's Request class.
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request || LightRequest.prototype.isPrototypeOf(value as object);
  }
}

/** The last layer: sends with `fetchImpl`; a given fetch receives a Request, the global one the URL and the init. */
export function fromFetch(fetchImpl?: typeof fetch): FetchLike {
  return (request) => {
    if (request instanceof Request) return (fetchImpl ?? fetch)(request);
    const init = request as RequestInit;
    return fetchImpl ? fetchImpl(new Request(request.url, init)) : fetch(request.url, init);
  };
}
