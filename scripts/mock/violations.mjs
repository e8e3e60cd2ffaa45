// What is wrong with a request, as a list of violations `{ in, at, code, message }`: `in` is body,
// query, path or header; `at` the segments inside it (`['0', 'text']`, `['filter', 'task_type', '0']`);
// `code` the JSON Schema keyword that failed; `message` the reason, without the location.
// Sources: ajv over the spec (the layer's own checks, which know property names) and Prism's
// `sl-violations` (whose messages carry the location in prose).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SPEC_ID = 'spec.json';
const UNIONS = new Set(['oneOf', 'anyOf', 'if']);

/** Compiles the spec's schemas on demand, one ajv for bodies and one that reads query text as typed values. */
export function createValidators(spec) {
  const make = (coerceTypes) => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, coerceTypes, validateFormats: true });
    addFormats(ajv);
    ajv.addFormat('password', true); // a documentation hint (secrets), not a constraint
    ajv.addSchema(spec, SPEC_ID);
    return ajv;
  };
  const bodies = make(false);
  const queries = make(true);
  const cache = new Map();
  const compile = (ajv, schema) => {
    if (!schema) return undefined;
    const key = `${ajv === bodies ? 'b' : 'q'}:${JSON.stringify(schema)}`;
    if (!cache.has(key)) {
      // The schema is a piece of the spec: references inside it resolve against the whole bundle.
      cache.set(key, ajv.compile(rebase(schema)));
    }
    return cache.get(key);
  };
  return {
    body: (schema, value) => errorsOf(compile(bodies, schema), value, 'body', []),
    query: (name, schema, value) => errorsOf(compile(queries, schema), value, 'query', [name]),
  };
}

/** `#/components/...` references of a schema cut out of the spec point into the spec. */
function rebase(node) {
  if (Array.isArray(node)) return node.map(rebase);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) =>
    [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${SPEC_ID}${v}` : rebase(v)]));
}

function errorsOf(validate, value, where, prefix) {
  if (!validate) return [];
  const copy = structuredClone(value);
  if (validate(copy)) return [];
  return validate.errors.map((e) => fromAjv(e, where, prefix));
}

function fromAjv(error, where, prefix) {
  const at = [...prefix, ...error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))];
  const { params = {} } = error;
  switch (error.keyword) {
    case 'required': return { in: where, at: [...at, params.missingProperty], code: 'required', message: 'is required' };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = params.additionalProperty ?? params.unevaluatedProperty;
      const known = Object.keys(error.parentSchema?.properties ?? {});
      return {
        in: where, at: [...at, extra], code: error.keyword,
        message: `is not a known property${known.length ? ` (known: ${known.join(', ')})` : ''}`,
      };
    }
    case 'enum': return { in: where, at, code: 'enum', message: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const': return { in: where, at, code: 'const', message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'type': return { in: where, at, code: 'type', message: `must be ${[params.type].flat().join(' or ')}`, types: [params.type].flat() };
    default: return { in: where, at, code: error.keyword, message: error.message ?? 'is invalid' };
  }
}

/** Prism's `sl-violations` (or the `validation` of its own 422) as violations; the 401 one is not a validation. */
export function fromPrism(list) {
  return (Array.isArray(list) ? list : []).filter((v) => v.severity === 'Error' && typeof v.code === 'string').map((v) => {
    const location = (v.location ?? []).map(String);
    const [where, ...at] = location[0] === 'request' ? location.slice(1) : location;
    const reason = /\b(must .*|should .*)$/.exec(v.message ?? '')?.[1] ?? v.message ?? 'is invalid';
    const missing = v.code === 'required' ? /required property '([^']+)'/.exec(reason)?.[1] : undefined;
    return missing
      ? { in: where, at: [...at, missing], code: 'required', message: 'is required' }
      : { in: where, at, code: v.code, message: reason };
  });
}

const startsWith = (long, short) => short.length <= long.length && short.every((s, i) => long[i] === s);

/**
 * One reason per wrong value. A union (`oneOf`) reports every branch: keep the branch that got
 * furthest into the value (a `type` miss beside another error there, or above a deeper one, is the
 * wrong branch), merge type misses at one place (`must be integer or array`), and drop the union's
 * own summary.
 */
export function simplify(violations) {
  let kept = violations.filter((v) => !(UNIONS.has(v.code)
    && violations.some((w) => w !== v && !UNIONS.has(w.code) && w.in === v.in && startsWith(w.at, v.at))));
  kept = kept.filter((v) => !(v.code === 'type'
    && kept.some((w) => w !== v && w.in === v.in && startsWith(w.at, v.at) && (w.at.length > v.at.length || w.code !== 'type'))));
  const merged = [];
  for (const v of kept) {
    const same = merged.find((m) => m.in === v.in && m.at.join('\u0000') === v.at.join('\u0000')
      && (m.code === v.code && m.message === v.message || m.code === 'type' && v.code === 'type'));
    if (!same) merged.push({ ...v });
    else if (v.code === 'type' && same.types && v.types) {
      same.types = [...new Set([...same.types, ...v.types])];
      same.message = `must be ${same.types.join(' or ')}`;
    }
  }
  return merged;
}
