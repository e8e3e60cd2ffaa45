// Other repos import the generated types by component name and call operations by operationId:
// every name the bundle had when the spec was reorganised (public-names.baseline.json) must still
// be there. New names may be added; renaming or dropping one is a breaking change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledSpec, operationsOf } from '../helpers/spec';

const baseline = JSON.parse(readFileSync(join(__dirname, 'public-names.baseline.json'), 'utf8')) as {
  operationIds: string[]; components: Record<string, string[]>;
};
const spec = loadBundledSpec();

describe('public names of generated/openapi.json', () => {
  it('keeps every operationId', () => {
    const now = new Set(operationsOf(spec).map((o) => o.operation.operationId as string));
    expect(baseline.operationIds.filter((id) => !now.has(id))).toEqual([]);
  });

  it.each(Object.keys(baseline.components))('keeps every components.%s name', (kind) => {
    const now = new Set(Object.keys((spec.components as Record<string, object>)[kind] ?? {}));
    expect(baseline.components[kind]!.filter((name) => !now.has(name))).toEqual([]);
  });
});
