// What the mock layer knows about each operation, all read from the bundled spec at start-up (no
// per-operation code): its route, path parameters, PHP-style (deepObject) query parameters, whether
// it pages, its `_embedded` key, which answer properties echo a path parameter, and its statuses.

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Follows local `#/...` references of the bundle. */
export function deref(spec, node) {
  let at = node;
  for (let hops = 0; at && typeof at.$ref === 'string' && at.$ref.startsWith('#/') && hops < 50; hops += 1) {
    at = at.$ref.slice(2).split('/')
      .reduce((parent, key) => parent?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return at;
}

/** The properties a schema declares, through `allOf`/`oneOf`/`anyOf` members: name → schema. */
export function propertiesOf(spec, schema, seen = new Set()) {
  const node = deref(spec, schema);
  if (!node || typeof node !== 'object' || seen.has(node)) return {};
  seen.add(node);
  const own = Object.fromEntries(Object.entries(node.properties ?? {}).map(([k, v]) => [k, deref(spec, v)]));
  const members = [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])];
  return Object.assign({}, ...members.map((m) => propertiesOf(spec, m, seen)), own);
}

/** The JSON types a schema admits (through references and unions). */
export function typesOf(spec, schema, seen = new Set()) {
  const node = deref(spec, schema);
  if (!node || typeof node !== 'object' || seen.has(node)) return new Set();
  seen.add(node);
  const types = new Set([node.type ?? []].flat());
  if (node.const !== undefined) types.add(typeof node.const === 'number' ? 'number' : typeof node.const);
  for (const m of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) {
    for (const t of typesOf(spec, m, seen)) types.add(t);
  }
  return types;
}

/** A path segment's text as the answer's property would hold it: a number where the schema wants one. */
export function coerceTo(spec, schema, text) {
  const types = typesOf(spec, schema);
  if ((types.has('integer') || types.has('number')) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** A regular expression for the origins the spec's `servers` describe (`https://{subdomain}.{domain}`). */
function serverOrigins(spec) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = (spec.servers ?? []).map(({ url, variables = {} }) => {
    const origin = /^[a-z]+:\/\/[^/]+/i.exec(url)?.[0];
    if (!origin) return undefined;
    return origin.split(/(\{[^}]+\})/).map((part) => {
      const variable = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (!variable) return escape(part);
      const values = variables[variable]?.enum;
      return values ? `(?:${values.map(escape).join('|')})` : '[^/?#]+';
    }).join('');
  }).filter(Boolean);
  return alternatives.length ? new RegExp(`^(?:${alternatives.join('|')})(?=[/?#]|$)`, 'i') : /^$/;
}

function successOf(spec, operation) {
  const statuses = Object.keys(operation.responses ?? {}).filter((s) => /^2\d\d$/.test(s)).sort();
  for (const status of statuses) {
    const response = deref(spec, operation.responses[status]);
    const media = Object.entries(response?.content ?? {}).find(([type]) => /json/i.test(type));
    if (media) return { status: Number(status), schema: media[1].schema };
  }
  return undefined;
}

/** The `_embedded` key of a list answer: the one array property of its `_embedded`. */
function embeddedKeyOf(spec, schema) {
  const embedded = propertiesOf(spec, schema)._embedded;
  if (!embedded) return undefined;
  const arrays = Object.entries(propertiesOf(spec, embedded)).filter(([, s]) => typesOf(spec, s).has('array'));
  return arrays.length === 1 ? { key: arrays[0][0], items: deref(spec, arrays[0][1]).items } : undefined;
}

/**
 * Which answer properties echo which path parameter: the property of the same name (`{id}` → `id`,
 * `{catalog_id}` → `catalog_id`), or, for the parameter that ends the path, the property its name
 * ends with (`/widgets/{widget_code}` → `code`). List items echo same-name parameters only.
 */
function echoesOf(spec, pathParams, template, itemSchema, embedded) {
  const last = /\{([^}]+)\}$/.exec(template)?.[1];
  const pick = (properties, exactOnly) => pathParams.flatMap((p) => {
    if (properties[p.name]) return [{ param: p.name, property: p.name, schema: properties[p.name] }];
    const suffix = /_([a-z0-9]+)$/i.exec(p.name)?.[1];
    if (!exactOnly && p.name === last && suffix && properties[suffix]) return [{ param: p.name, property: suffix, schema: properties[suffix] }];
    return [];
  });
  // A single item may carry `_embedded` arrays too (a role's `users`): it echoes into both.
  return {
    item: itemSchema ? pick(propertiesOf(spec, itemSchema), false) : [],
    embedded: embedded?.items ? pick(propertiesOf(spec, embedded.items), true) : [],
  };
}

function describe(spec, template, method, pathItem, operation) {
  const byKey = new Map();
  for (const p of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((n) => deref(spec, n))) {
    if (p?.name && p.in) byKey.set(`${p.in}:${p.name}`, p);
  }
  const parameters = [...byKey.values()];
  const segments = template.split('/').filter(Boolean);
  const pathParams = segments.flatMap((s) => {
    const name = /^\{([^}]+)\}$/.exec(s)?.[1];
    return name ? [{ name, schema: parameters.find((p) => p.in === 'path' && p.name === name)?.schema }] : [];
  });
  const query = (name) => parameters.find((p) => p.in === 'query' && p.name === name);
  const success = successOf(spec, operation);
  const embedded = success && embeddedKeyOf(spec, success.schema);
  const documented = new Set(Object.keys(operation.responses ?? {}));
  const requestMedia = Object.entries(deref(spec, operation.requestBody)?.content ?? {}).find(([type]) => /json/i.test(type));
  const responseTypes = new Set(Object.values(operation.responses ?? {})
    .flatMap((r) => Object.keys(deref(spec, r)?.content ?? {})));
  return {
    method,
    template,
    operationId: operation.operationId,
    segments,
    pathParams,
    /** Query parameters serialised PHP-style (`filter[task_type][]=2`), which Prism cannot read. */
    deepObjectParams: parameters.filter((p) => p.in === 'query' && p.style === 'deepObject')
      .map((p) => ({ name: p.name, schema: p.schema })),
    /** A list that pages: `page` in the query and one array in `_embedded`. */
    paged: method === 'get' && Boolean(query('page')) && Boolean(embedded),
    limited: Boolean(query('limit')),
    embeddedKey: embedded?.key,
    successStatus: success?.status,
    echoes: echoesOf(spec, pathParams, template, success?.schema, embedded),
    documents: (status) => documented.has(String(status)),
    /** The status Prism gives an invalid request: a documented 422, else a documented 400, else its own 422. */
    invalidStatus: documented.has('422') ? 422 : documented.has('400') ? 400 : 422,
    requestSchema: requestMedia?.[1].schema,
    responseJsonTypes: [...responseTypes].filter((t) => /[/+]json$/i.test(t)),
  };
}

/** Indexes every operation of the spec; `match(method, pathname)` finds one as Prism routes it. */
export function indexSpec(spec) {
  const operations = Object.entries(spec.paths ?? {}).flatMap(([template, pathItem]) =>
    METHODS.filter((m) => pathItem[m]).map((m) => describe(spec, template, m, pathItem, pathItem[m])));
  return {
    operations,
    serverOrigin: serverOrigins(spec),
    match(method, pathname) {
      const parts = pathname.split('/').filter(Boolean);
      let best;
      for (const op of operations) {
        if (op.method !== method.toLowerCase() || op.segments.length !== parts.length) continue;
        const values = {};
        let literals = 0;
        const fits = op.segments.every((segment, i) => {
          const name = /^\{([^}]+)\}$/.exec(segment)?.[1];
          if (!name) {
            literals += 1;
            return segment === parts[i];
          }
          try { values[name] = decodeURIComponent(parts[i]); } catch { values[name] = parts[i]; }
          return true;
        });
        // A literal segment beats a parameter: `/custom_fields/groups` is not `/custom_fields/{id}`.
        if (fits && (!best || literals > best.literals)) best = { operation: op, pathValues: values, literals };
      }
      return best && { operation: best.operation, pathValues: best.pathValues };
    },
  };
}
