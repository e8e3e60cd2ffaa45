// amoCRM reads query strings PHP-style: `filter[task_type][]=2&filter[updated_at][from]=1&order[id]=asc`.
// openapi-fetch's default serialiser rejects nested objects, so the client installs this one.

/**
 * Serialises a query object the way amoCRM (PHP) reads it.
 * - arrays of scalars: `key[]=a&key[]=b`; arrays holding objects: `key[0][sub]=…` (PHP would
 *   otherwise start a new element at every `[]`)
 * - objects: `key[sub]=v`, to any depth
 * - booleans: `1` / `0`; `undefined` and `null` are left out
 * Brackets stay literal, as in amoCRM's own links; names and values are percent-encoded.
 */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) append(parts, encodeURIComponent(name), value);
  return parts.join('&');
}

function append(parts: string[], key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    const indexed = value.some((item) => typeof item === 'object' && item !== null);
    value.forEach((item, index) => append(parts, `${key}[${indexed ? index : ''}]`, item));
    return;
  }
  if (typeof value === 'object') {
    for (const [sub, item] of Object.entries(value as Record<string, unknown>)) {
      append(parts, `${key}[${encodeURIComponent(sub)}]`, item);
    }
    return;
  }
  parts.push(`${key}=${encodeURIComponent(typeof value === 'boolean' ? +value : String(value))}`);
}
