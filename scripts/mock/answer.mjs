// Makes Prism's fixed answer agree with the request that got it: links on the mock, the path's own
// values echoed (`GET /widgets/amo_asterisk` answers `code: amo_asterisk`), and lists paged (page N
// of as many pages as the example says there are; past the last, the documented 204).
import { coerceTo } from './spec-index.mjs';
import { queryPairs } from './php-query.mjs';

/** The query with `page` set to `n`, the caller's own spelling of everything else kept. */
export function withPage(rawQuery, n) {
  const pairs = rawQuery.split('&').filter((pair) => pair && queryPairs(pair)[0]?.[0] !== 'page');
  return [...pairs, `page=${n}`].join('&');
}

const pageIn = (href) => {
  const page = /[?&]page=(\d+)/.exec(href)?.[1];
  return page ? Number(page) : undefined;
};

/** An API link of the example (`https://example.amocrm.ru/api/v4/...`) on the mock, with the request's path values. */
function relink(href, context) {
  const { serverOrigin, origin, operation, pathValues } = context;
  const found = serverOrigin.exec(href);
  if (!found) return href;
  const rest = href.slice(found[0].length);
  const pathEnd = rest.search(/[?#]/);
  const path = pathEnd < 0 ? rest : rest.slice(0, pathEnd);
  const tail = pathEnd < 0 ? '' : rest.slice(pathEnd);
  // A link under the request's own path (`/catalogs/1095/custom_fields/5` answering for catalog 2000)
  // takes the request's values for the parameters they share.
  const parts = path.split('/');
  const segments = ['', ...operation.segments];
  const lastParam = segments.findLastIndex((s) => s.startsWith('{'));
  if (lastParam > 0 && parts.length > lastParam
    && segments.slice(0, lastParam + 1).every((s, i) => s.startsWith('{') || s === parts[i])) {
    segments.slice(0, lastParam + 1).forEach((s, i) => {
      const name = /^\{([^}]+)\}$/.exec(s)?.[1];
      if (name && pathValues[name] !== undefined) parts[i] = encodeURIComponent(pathValues[name]);
    });
  }
  return `${origin}${parts.join('/')}${tail}`;
}

function relinkAll(node, context, underLinks = false) {
  if (Array.isArray(node)) {
    node.forEach((item) => relinkAll(item, context, underLinks));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (underLinks && key === 'href' && typeof value === 'string') node[key] = relink(value, context);
    else relinkAll(value, context, underLinks || key === '_links');
  }
}

function echo(target, echoes, context) {
  if (!target || typeof target !== 'object') return;
  for (const { param, property, schema } of echoes) {
    const value = context.pathValues[param];
    if (value !== undefined && Object.hasOwn(target, property)) target[property] = coerceTo(context.spec, schema, value);
  }
}

function page(body, context) {
  const { operation, origin, pathname, rawQuery, query } = context;
  const items = body._embedded?.[operation.embeddedKey];
  if (!Array.isArray(items)) return { status: context.status, body };
  const asked = Number(query.get('page') ?? 1);
  const current = Number.isInteger(body._page) ? body._page : 1;
  const links = body._links ?? {};
  const count = Number.isInteger(body._page_count) && body._page_count > 0 ? body._page_count
    : pageIn(links.last?.href ?? '') ?? (links.next ? current + 1 : current);
  if (asked > count && operation.documents(204)) return { status: 204, body: undefined };
  if (Object.hasOwn(body, '_page')) body._page = asked;
  const limit = Number(query.get('limit'));
  if (asked > count) body._embedded[operation.embeddedKey] = [];
  else if (operation.limited && Number.isInteger(limit) && limit > 0) body._embedded[operation.embeddedKey] = items.slice(0, limit);
  const at = (n) => ({ href: `${origin}${pathname}?${withPage(rawQuery, n)}` });
  const { self, next, prev, first, last, ...others } = links;
  body._links = {
    self: at(asked),
    ...(asked < count ? { next: at(asked + 1) } : {}),
    ...(asked > 1 ? { prev: at(Math.min(asked - 1, count)) } : {}),
    ...(first ? { first: at(1) } : {}),
    ...(last ? { last: at(count) } : {}),
    ...others,
  };
  return { status: context.status, body };
}

/** The answer Prism gave (a parsed JSON body), made to agree with the request. */
export function agreeWithRequest(context) {
  const { operation, body } = context;
  if (!body || typeof body !== 'object' || Array.isArray(body) || context.status < 200 || context.status >= 300) {
    return { status: context.status, body };
  }
  echo(body, operation.echoes.item, context);
  for (const item of body._embedded?.[operation.embeddedKey] ?? []) echo(item, operation.echoes.embedded, context);
  relinkAll(body, context);
  // The answer's own `self` is the resource asked for.
  if (typeof body._links?.self?.href === 'string') body._links.self.href = `${context.origin}${context.pathname}`;
  return operation.paged && context.method === 'get' ? page(body, context) : { status: context.status, body };
}
