// The shape every layer of the client shares: a fetch that takes a Request.

/** A fetch that receives a complete Request; each layer of the client is one of these wrapping the next. */
export type FetchLike = (request: Request) => Promise<Response>;

/** Adapts any fetch (the global one, or an injected one) to a FetchLike. */
export function fromFetch(fetchImpl: typeof fetch = globalThis.fetch): FetchLike {
  return (request) => fetchImpl(request);
}
