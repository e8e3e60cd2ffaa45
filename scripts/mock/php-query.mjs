// PHP-style query strings, as amoCRM reads them: `filter[task_type][]=2&filter[updated_at][from]=1`
// → { filter: { task_type: ['2'], updated_at: { from: '1' } } }. `[]` appends; an object whose keys
// are 0…n-1 (`filter[id][0]=5&filter[id][1]=6`) is a list, as PHP's json_encode makes it.

const decode = (text) => {
  try { return decodeURIComponent(text.replace(/\+/g, ' ')); } catch { return text; }
};

/** `filter[task_type][]` → ['filter', 'task_type', ''] (PHP stops reading brackets at the first stray character). */
export function keyPath(key) {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const path = [key.slice(0, open)];
  const brackets = /\[([^\]]*)\]/y;
  brackets.lastIndex = open;
  for (let m = brackets.exec(key); m; m = brackets.exec(key)) path.push(m[1]);
  return path;
}

/** The raw `name=value` pairs of a query string (no leading `?`), decoded. */
export function queryPairs(query) {
  return query.split('&').filter(Boolean).map((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [decode(pair), ''] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))];
  });
}

function asLists(node) {
  if (!node || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(asLists);
  const keys = Object.keys(node);
  if (keys.length && keys.every((k, i) => k === String(i))) return keys.map((k) => asLists(node[k]));
  return Object.fromEntries(keys.map((k) => [k, asLists(node[k])]));
}

/** The query as PHP's `$_GET` holds it: name → string, list or nested object. */
export function parsePhpQuery(query) {
  const root = {};
  for (const [key, value] of queryPairs(query)) {
    const path = keyPath(key);
    let at = root;
    path.forEach((segment, i) => {
      const lastSegment = i === path.length - 1;
      const slot = segment === '' ? String(Object.keys(at).length) : segment;
      if (lastSegment) at[slot] = value;
      else {
        if (!at[slot] || typeof at[slot] !== 'object') at[slot] = {};
        at = at[slot];
      }
    });
  }
  return asLists(root);
}
