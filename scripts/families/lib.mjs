// Building blocks of the path-family tables (scripts/families/*.mjs): references found by
// component name, the shared error answers, HAL and JSON bodies. A family table describes one
// shape of operations repeated per entity kind; scripts/generate-paths.mjs writes its files.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SPEC_DIR = join(ROOT, 'openapi');

export const ALL_USERS = '**Who may call it:** all users of the account.';
export const BY_RIGHTS = '**Who may call it:** all users, within their rights.';
export const ADMINS = '**Who may call it:** account administrators only.';

const sections = () => readdirSync(SPEC_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

// Components that a family generates (its examples), known before their files are written.
const planned = new Map(); // `${kind}/${name}` -> absolute file
export function planComponent(section, kind, name) {
  planned.set(`${kind}/${name}`, join(SPEC_DIR, section, kind, `${name}.yaml`));
}

/**
 * A `$ref` from a path file of `section` to the component `name` of `kind` (schemas, examples,
 * parameters, responses), wherever it lives: component names are unique across openapi/.
 */
export function refFrom(section) {
  return (kind, name) => {
    const found = [...new Set([
      ...sections().map((s) => join(SPEC_DIR, s, kind, `${name}.yaml`)).filter((f) => existsSync(f)),
      ...(planned.has(`${kind}/${name}`) ? [planned.get(`${kind}/${name}`)] : []),
    ])];
    if (found.length !== 1) throw new Error(`${kind}/${name}: ${found.length ? 'defined twice' : 'not found'} under openapi/`);
    return { $ref: relative(join(SPEC_DIR, section, 'paths'), found[0]) };
  };
}

export const lowerFirst = (s) => s[0].toLowerCase() + s.slice(1);

/** The shared answers by status code (openapi/shared/responses). */
export const SHARED_RESPONSES = {
  204: 'NoContent', 400: 'BadRequest', 401: 'Unauthorized', 402: 'PaymentRequired', 403: 'Forbidden',
  404: 'NotFound', 422: 'UnprocessableEntity', 429: 'TooManyRequests', 500: 'InternalServerError', 504: 'GatewayTimeout',
};

export function blocks(ref) {
  const examples = (...names) => Object.fromEntries(names.map((n) => [lowerFirst(n), ref('examples', n)]));
  return {
    examples,
    /** `success` answers plus the shared answers of `codes`, sorted by status. */
    responses(codes, success) {
      const out = { ...success };
      for (const code of codes) out[String(code)] = ref('responses', SHARED_RESPONSES[code]);
      return Object.fromEntries(Object.entries(out).sort(([a], [b]) => Number(a) - Number(b)));
    },
    hal: (description, schema, exampleNames) => ({
      description,
      content: { 'application/hal+json': { schema: ref('schemas', schema), examples: examples(...exampleNames) } },
    }),
    jsonBody: (schema, exampleNames) => ({
      required: true,
      content: { 'application/json': { schema, examples: examples(...exampleNames) } },
    }),
    batch: (name, maxItems) => ({ type: 'array', minItems: 1, ...(maxItems ? { maxItems } : {}), items: ref('schemas', name) }),
  };
}

/** The file of a path (README: the URL-to-file rule): `/api/v4/leads/{id}` -> `api_v4_leads_{id}.yaml`. */
export const fileOf = (path) => `${path.slice(1).replace(/\//g, '_')}.yaml`;
