// What the mock may change in a documented example, and nothing else: its API links point at the
// mock (with the request's own path values and query), and values the request's path names (the
// `{widget_code}` asked for, not the example's) replace the example's.

/** The values of a path template's parameters in a concrete path: `/widgets/{widget_code}`, `/widgets/x` → { widget_code: 'x' }. */
export function pathValuesOf(template: string, pathname: string): Record<string, string> {
  const names: string[] = [];
  const pattern = template.split(/(\{[^}]+\})/).map((part) => {
    const name = /^\{([^}]+)\}$/.exec(part)?.[1];
    if (!name) return part.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
    names.push(name);
    return '([^/]+)';
  }).join('');
  const found = new RegExp(`^${pattern}$`).exec(pathname);
  if (!found) throw new Error(`${pathname} is not ${template}`);
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(found[i + 1]!)]));
}

/**
 * The places where `answer` differs from `example` other than the ones the mock makes on purpose:
 * the answer's own `_links.self` is the resource asked for (`requestPath` on `mockOrigin`, whatever
 * the example says); any other `href` under `_links` is on `mockOrigin` with the example's path
 * (segments may carry the request's path values); a value may be one of `pathValues`. The paging
 * keys (`_page`, `_page_count`, `_links.first/prev/next`) are the mock's answer to the request's own
 * page, not the example's (test/mock/layer.test.ts checks them), so they are not compared.
 */
export function unexpectedDifferences(example: unknown, answer: unknown, mockOrigin: string,
  requestPath: string, pathValues: Record<string, string>): string[] {
  const values = new Set(Object.values(pathValues));
  const out: string[] = [];
  example = withoutPaging(example);
  answer = withoutPaging(answer);
  const self = (answer as { _links?: { self?: { href?: unknown } } } | undefined)?._links?.self;
  if (self && (example as { _links?: { self?: unknown } } | undefined)?._links?.self) {
    const href = String(self.href);
    if (href.split('?')[0] !== `${mockOrigin}${requestPath}`) out.push(`/_links/self/href: ${href} is not ${mockOrigin}${requestPath}`);
    example = { ...(example as object), _links: { ...(example as { _links: object })._links, self } };
  }
  const walk = (a: unknown, b: unknown, at: string, underLinks: boolean) => {
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      if (Array.isArray(a) !== Array.isArray(b)) {
        out.push(`${at}: ${JSON.stringify(b)} instead of ${JSON.stringify(a)}`);
        return;
      }
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}/${key}`, underLinks || key === '_links');
      return;
    }
    if (Object.is(a, b)) return;
    if (underLinks && at.endsWith('/href') && typeof a === 'string' && typeof b === 'string' && linkMatches(a, b, mockOrigin, values)) return;
    if ((typeof b === 'string' || typeof b === 'number') && typeof a === typeof b && values.has(String(b))) return;
    out.push(`${at}: ${JSON.stringify(b)} instead of ${JSON.stringify(a)}`);
  };
  walk(example, answer, '', false);
  return out;
}

function linkMatches(example: string, answer: string, mockOrigin: string, values: Set<string>): boolean {
  if (!answer.startsWith(`${mockOrigin}/`)) return false;
  const pathOf = (href: string) => new URL(href.replace(/\[|\]/g, encodeURIComponent)).pathname.split('/');
  const want = pathOf(example);
  const got = pathOf(answer);
  return want.length === got.length && want.every((segment, i) => segment === got[i] || values.has(decodeURIComponent(got[i]!)));
}

function withoutPaging(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const { _page: _p, _page_count: _c, ...rest } = body as Record<string, unknown>;
  const links = rest._links as Record<string, unknown> | undefined;
  if (links && typeof links === 'object') {
    const { first: _f, prev: _pr, next: _n, ...kept } = links;
    rest._links = kept;
  }
  return rest;
}
