// Where the token may go: the account's own host, and nowhere else.

export type AmoDomain = 'amocrm.ru' | 'kommo.com' | 'amocrm.com';

export interface AmoHostOptions {
  /** The account's subdomain, `[a-z0-9-]` (`example` in `https://example.amocrm.ru`). */
  subdomain?: string;
  /** Default `amocrm.ru`. */
  domain?: AmoDomain;
  /** Instead of subdomain + domain: the full origin (a proxy, a mock, a test server). */
  baseUrl?: string;
}

const DOMAINS: readonly string[] = ['amocrm.ru', 'kommo.com', 'amocrm.com'];
const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The validated base URL (no trailing slash); throws TypeError on anything that could leak the token. */
export function resolveBaseUrl(options: AmoHostOptions): string {
  if (options.baseUrl !== undefined) {
    if (options.subdomain !== undefined) throw new TypeError('Give either baseUrl or subdomain, not both');
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw new TypeError('baseUrl is not an absolute URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('baseUrl must be http(s)');
    if (url.username || url.password || url.search || url.hash) {
      throw new TypeError('baseUrl must not carry credentials, a query or a fragment');
    }
    return url.href.replace(/\/+$/, '');
  }
  const { subdomain, domain = 'amocrm.ru' } = options;
  if (typeof subdomain !== 'string' || !SUBDOMAIN.test(subdomain)) {
    throw new TypeError('subdomain must be the account subdomain: lowercase letters, digits and hyphens');
  }
  if (!DOMAINS.includes(domain)) throw new TypeError(`domain must be one of ${DOMAINS.join(', ')}`);
  return `https://${subdomain}.${domain}`;
}
