// A stand-in for the spec at k times its size, to see how the type-check cost grows before the
// sections land: the bundled spec's paths and components repeated k times, each copy the same mix
// of shapes (HAL envelopes, unions, filters) as the real sections. Copy i (i ≥ 2) puts every path
// under `/copy{i}`, renames every component `{name}_{i}` and every operationId `{id}_{i}`, and points
// its own $refs (and discriminator mappings) at its own components, so copies share nothing but
// the security schemes, as separate sections would.

type Json = Record<string, unknown>;

/** Component kinds that are copied; securitySchemes are named in `security` and stay shared. */
const COPIED = ['schemas', 'parameters', 'responses', 'requestBodies', 'headers', 'examples', 'links', 'callbacks', 'pathItems'];

/** `#/components/{kind}/{name}…` → the same pointer at copy `i`'s component; other pointers as they were. */
export function renameRef(ref: string, i: number): string {
  const match = /^#\/components\/([^/]+)\/([^/]+)(.*)$/.exec(ref);
  if (!match || !COPIED.includes(match[1]!)) return ref;
  return `#/components/${match[1]}/${match[2]}_${i}${match[3]}`;
}

function copyNode(node: unknown, i: number): unknown {
  if (Array.isArray(node)) return node.map((n) => copyNode(n, i));
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === '$ref' && typeof value === 'string') out[key] = renameRef(value, i);
    else if (key === 'operationId' && typeof value === 'string') out[key] = `${value}_${i}`;
    else if (key === 'mapping' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => [k, typeof v === 'string' ? renameRef(v, i) : v]));
    } else out[key] = copyNode(value, i);
  }
  return out;
}

/** `spec` with its paths and copied components repeated `times` times (1: the spec as it is). */
export function scaleSpec(spec: Json, times: number): Json {
  if (!Number.isInteger(times) || times < 1) throw new RangeError(`scale by a whole number ≥ 1, not ${times}`);
  const paths = { ...(spec.paths as Json) };
  const components = Object.fromEntries(Object.entries((spec.components ?? {}) as Record<string, Json>).map(([kind, named]) => [kind, { ...named }]));
  for (let i = 2; i <= times; i += 1) {
    for (const [path, item] of Object.entries(spec.paths as Json)) paths[`/copy${i}${path}`] = copyNode(item, i);
    for (const kind of COPIED) {
      const named = (spec.components as Record<string, Json> | undefined)?.[kind];
      if (!named) continue;
      for (const [name, value] of Object.entries(named)) components[kind]![`${name}_${i}`] = copyNode(value, i);
    }
  }
  return { ...spec, paths, components };
}
