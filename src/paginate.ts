// Walks a list: every item of `_embedded` on every page, following `_links.next` on the same host.
import type { MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { internalsOf, type AmoClient } from './client.js';
import { AmoMalformedResponseError } from './errors.js';
import type { LightRequest } from './fetch-like.js';
import type { InitParam } from './client-types.js';
import type { ListItem, ListPath } from './path-types.js';

/** The init of a list's GET; required where the path has parameters (`{catalog_id}`). */
export type ListInit<P extends ListPath> = MaybeOptionalInit<paths[P], 'get'>;

/**
 * Yields the items of every page of a list. Stops on 204 (nothing matches: an empty result, not
 * an error), on a page without `_links.next`, or on an empty page. A `next` link to another host
 * throws AmoForeignHostError before anything is sent there (the client sends nowhere else).
 */
export async function* paginate<P extends ListPath>(
  client: AmoClient, path: P, ...[init]: InitParam<ListInit<P>>
): AsyncGenerator<ListItem<P>, void, undefined> {
  const { origin } = internalsOf(client);
  const get = client.GET as unknown as (path: string, init?: object) => Promise<{ data?: unknown; response: Response }>;
  /** Every page read, by its URL and its self link, so that a `next` back to one of them is caught before it is read. */
  const seen = new Set<string>();
  const read = (href: unknown) => typeof href === 'string' && href && seen.add(pageKey(href, origin));
  let next: URL | undefined;
  for (;;) {
    const pageInit = next === undefined ? init : { ...init, middleware: [...((init as { middleware?: [] })?.middleware ?? []), goTo(next)] };
    const { data, response } = await get(path, pageInit);
    if (response.status === 204 || data === undefined || data === null) return;
    const [items, ...more] = embeddedArrays(data);
    const error = (reason: string) => new AmoMalformedResponseError({ method: 'GET', url: path, status: response.status, reason });
    if (!items || more.length) throw error('expected one array in _embedded');
    const links = (data as { _links?: { next?: { href?: unknown }; self?: { href?: unknown } } })._links;
    read(response.url);
    read(links?.self?.href);
    for (const item of items) yield item as ListItem<P>;
    const href = links?.next?.href;
    if (typeof href !== 'string' || items.length === 0) return;
    next = new URL(href, response.url || origin);
    if (seen.has(pageKey(next.href, origin))) throw error('_links.next leads back to a page already read');
  }
}

/** A page's URL compared by what it asks for, whatever the order of its parameters. */
function pageKey(href: string, origin: string): string {
  const url = new URL(href, origin);
  url.searchParams.sort();
  return url.href;
}

/** Reads a whole list into an array (mind the memory on big accounts; prefer paginate()). */
export async function paginateAll<P extends ListPath>(client: AmoClient, path: P, ...init: InitParam<ListInit<P>>): Promise<ListItem<P>[]> {
  const all: ListItem<P>[] = [];
  for await (const item of paginate(client, path, ...init)) all.push(item);
  return all;
}

/** A per-request middleware that sends the request to the `next` URL instead (same method, headers, signal). */
function goTo(url: URL) {
  return {
    onRequest: ({ request }: { request: Request }) => {
      if (request instanceof Request) return new Request(url, request);
      (request as LightRequest).url = url.href;
      return undefined;
    },
  };
}

/** The arrays in a HAL body's `_embedded`. */
export function embeddedArrays(data: unknown): unknown[][] {
  return Object.values((data as { _embedded?: object } | undefined)?._embedded ?? {}).filter(Array.isArray);
}
