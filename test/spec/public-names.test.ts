// Other repos import the generated types by component name and call operations by operationId:
// every name the bundle had when the spec was reorganised (public-names.baseline.json) must still
// be there. New names may be added; dropping one is a breaking change. The one way a component
// may leave generated/openapi.json is a rename listed in scripts/lib/renamed-components.json,
// whose old name the build keeps in generated/schema.d.ts as an alias of the new one (so code
// importing the old name still compiles), or, for an example (which makes no type), a retirement
// listed there with its reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledSpec, operationsOf, ROOT } from '../helpers/spec';

const baseline = JSON.parse(readFileSync(join(__dirname, 'public-names.baseline.json'), 'utf8')) as {
  operationIds: string[]; components: Record<string, string[]>;
};
const renamed = JSON.parse(readFileSync(join(ROOT, 'scripts', 'lib', 'renamed-components.json'), 'utf8')) as
  Record<string, Record<string, { to: string | null; why: string }>>;
const types = readFileSync(join(ROOT, 'generated', 'schema.d.ts'), 'utf8');
const spec = loadBundledSpec();
const namesOf = (kind: string) => new Set(Object.keys((spec.components as Record<string, object>)[kind] ?? {}));

describe('public names of generated/openapi.json', () => {
  it('keeps every operationId', () => {
    const now = new Set(operationsOf(spec).map((o) => o.operation.operationId as string));
    expect(baseline.operationIds.filter((id) => !now.has(id))).toEqual([]);
  });

  it.each(Object.keys(baseline.components))('keeps every components.%s name (or its listed rename)', (kind) => {
    const now = namesOf(kind);
    const gone = baseline.components[kind]!.filter((name) => !now.has(name) && !renamed[kind]?.[name]);
    expect(gone).toEqual([]);
  });

  const renames = Object.entries(renamed).filter(([kind]) => !kind.startsWith('$'))
    .flatMap(([kind, names]) => Object.entries(names).map(([from, { to, why }]) => ({ kind, from, to, why })));
  it.each(renames.map((r) => [`${r.kind}.${r.from} -> ${String(r.to)}`, r]))('rename %s: the new name exists, the old one is an alias in schema.d.ts (or, for a name no code imports, it is retired with a reason)', (_label, { kind, from, to, why }) => {
    expect(why.length).toBeGreaterThan(20);
    if (to === null) {
      // Only a kind that makes no type may retire a name: examples.
      expect(kind).toBe('examples');
      expect(namesOf(kind).has(from)).toBe(false);
      return;
    }
    expect(namesOf(kind).has(to)).toBe(true);
    expect(namesOf(kind).has(from)).toBe(false);
    // Inside `components[kind]`, the old name is declared as the new one's type.
    const block = types.slice(types.indexOf('export interface components {'));
    const section = block.slice(block.indexOf(`    ${kind}: {\n`));
    expect(section).toContain(`        ${from}: components["${kind}"]["${to}"];\n`);
  });
});
