// The runtime must run in a browser (amoCRM widgets) as well as in Node: fetch, AbortSignal,
// setTimeout and URL only, and openapi-fetch as its one dependency.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runBin } from '../helpers/spec';

const SRC = join(ROOT, 'src');
const sources = readdirSync(SRC).filter((f) => f.endsWith('.ts')).map((f) => ({ f, text: readFileSync(join(SRC, f), 'utf8') }));

describe('the runtime is portable', () => {
  it('has sources to check', () => expect(sources.length).toBeGreaterThan(5));

  it.each(['node:', 'Buffer', 'process.', 'require(', '__dirname'])('no source mentions %s', (word) => {
    expect(sources.filter(({ text }) => text.includes(word)).map(({ f }) => f)).toEqual([]);
  });

  it('imports only openapi-fetch, its own files and the generated types', () => {
    const imports = sources.flatMap(({ text }) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!));
    expect(imports.filter((i) => !i.startsWith('./') && i !== 'openapi-fetch' && i !== '../generated/schema.js')).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(['openapi-fetch']);
  });

  it('type-checks without Node\'s types (tsconfig.build.json has types: [])', () => {
    const { status, output } = runBin('tsc', ['-p', 'tsconfig.build.json', '--noEmit']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
