// Where the token may go: the account's own host, and nowhere else.

export type AmoDomain = 'amocrm.ru' | 'kommo.com' | 'amocrm.com';

export interface AmoHostOptions {
  /** The account's subdomain, `[a-z0-9-]` (`example` in `https://example.amocrm.ru`; lower-cased, as hosts are). */
  subdomain?: string;
  /** Default `amocrm.ru`. */
  domain?: AmoDomain;
  /** Instead of subdomain + domain: the full origin (a proxy, a mock, a test server). */
  baseUrl?: string;
}

const DOMAINS: readonly string[] = ['amocrm.ru', 'kommo.com', 'amocrm.com'];
const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The validated base URL (no trailing slash); throws TypeError on anything that could leak the token. */
export function resolveBaseUrl({ baseUrl, subdomain, domain = 'amocrm.ru' }: AmoHostOptions): string {
  if (baseUrl === undefined) {
    subdomain = typeof subdomain === 'string' ? subdomain.toLowerCase() : '';
    if (!SUBDOMAIN.test(subdomain)) throw new TypeError('subdomain must be [a-z0-9-]');
    if (!DOMAINS.includes(domain)) throw new TypeError(`domain must be one of ${DOMAINS}`);
    return `https://${subdomain}.${domain}`;
  }
  if (subdomain !== undefined) throw new TypeError('baseUrl or subdomain, not both');
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new TypeError('baseUrl must be an http(s) URL without credentials, query or fragment');
  }
  return url.href.replace(/\/+$/, '');
}
