// amoCRM's form-encoded hooks as PHP reads them: `leads[status][0][id]=1&account[subdomain]=x`
// -> { leads: { status: [{ id: '1' }] }, account: { subdomain: 'x' } }. Every value stays the
// string it was sent as. A container whose keys are exactly 0…n-1 becomes a list (as PHP's
// json_encode, and the docs' JSON examples, show it); any other keys (lead IDs in
// `linked_leads_id[7551167][ID]`) keep it an object. `[]` appends. A later pair wins over an
// earlier one with the same key, as in PHP.
import { AmoWebhookParseError } from './errors.js';

export type FormValue = string | FormValue[] | { [key: string]: FormValue };
type Node = { [key: string]: Node | string };

/** `a[b][0][]` -> ['a', 'b', '0', '']. Text after the last `]` is ignored, as PHP does. */
export function keyPath(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const path = [key.slice(0, open)];
  const brackets = /\[([^\]]*)\]/y;
  brackets.lastIndex = open;
  for (let m = brackets.exec(key); m; m = brackets.exec(key)) path.push(m[1]!);
  return path;
}

// Own properties only, whatever the key (`__proto__` included): a hook's keys never reach a prototype.
const put = (at: Node, key: string, value: Node | string) => {
  Object.defineProperty(at, key, { value, writable: true, enumerable: true, configurable: true });
};

const decoder = (contentType: string | undefined) => (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new AmoWebhookParseError('malformed-form', 'The form-encoded body has an invalid percent-encoding.', contentType);
  }
};

/** The `name=value` pairs of a form-encoded body, decoded. */
export function formPairs(body: string, contentType?: string): Array<[string, string]> {
  const decode = decoder(contentType);
  return body.split('&').filter((pair) => pair !== '').map((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [decode(pair), ''] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))];
  });
}

/** Lists where the keys are 0…n-1, recursively. */
export function asLists(node: unknown): FormValue {
  if (node === null || typeof node !== 'object') return node as string;
  if (Array.isArray(node)) return node.map(asLists);
  const keys = Object.keys(node);
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return keys.map((k) => asLists((node as Node)[k]));
  const out: Node = {};
  for (const k of keys) put(out, k, asLists((node as Node)[k]) as Node);
  return out as FormValue;
}

/** The nested structure of form pairs. */
export function fromPairs(pairs: Iterable<[string, string]>): { [key: string]: FormValue } {
  const root: Node = {};
  for (const [key, value] of pairs) {
    if (key === '') continue;
    const path = keyPath(key);
    let at = root;
    path.forEach((segment, i) => {
      const slot = segment === '' ? String(Object.keys(at).length) : segment;
      if (i === path.length - 1) put(at, slot, value);
      else {
        // Own properties only: `__proto__[x]=1` must not walk into Object.prototype.
        const next = Object.prototype.hasOwnProperty.call(at, slot) ? at[slot] : undefined;
        if (next === undefined || typeof next !== 'object') put(at, slot, {});
        at = at[slot] as Node;
      }
    });
  }
  return asLists(root) as { [key: string]: FormValue };
}
