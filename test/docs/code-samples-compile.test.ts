// Every TypeScript sample the reference publishes (x-codeSamples in the bundle) compiles against
// the client and the generated types, so a reader can paste one and it works.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundledSpec, operationsOf, ROOT, runBin } from '../helpers/spec';

interface CodeSample { lang: string; label: string; source: string }

const samples = operationsOf(loadBundledSpec()).map(({ operation }) => ({
  operationId: String(operation.operationId),
  source: ((operation['x-codeSamples'] ?? []) as CodeSample[]).find((s) => s.lang === 'TypeScript')?.source,
}));

describe('TypeScript code samples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'amocrm-samples-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every operation has one', () => {
    expect(samples.filter((s) => !s.source).map((s) => s.operationId)).toEqual([]);
  });

  it('all type-check against the package (tsc --noEmit)', () => {
    const files = samples.map(({ operationId, source }) => {
      const file = join(dir, `${operationId}.ts`);
      writeFileSync(file, `${source}\nexport {};\n`); // a module, so top-level await is allowed
      return file;
    });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'preserve', moduleResolution: 'bundler', strict: true, noEmit: true,
        skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')],
        baseUrl: ROOT, paths: {
          'amocrm-openapi': [join(ROOT, 'src', 'index.ts')],
          'amocrm-openapi/chats': [join(ROOT, 'src', 'chats.ts')],
          'amocrm-openapi/drive': [join(ROOT, 'src', 'drive.ts')],
        },
        noUnusedLocals: false,
      },
      files,
    }));
    const { status, output } = runBin('tsc', ['-p', join(dir, 'tsconfig.json')]);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('the check catches a sample that does not compile', () => {
    const file = join(dir, 'broken.ts');
    writeFileSync(file, "import { createAmoClient } from 'amocrm-openapi';\n"
      + "const amo = createAmoClient({ subdomain: 'example', token: 't' });\n"
      + "await amo.GET('/api/v4/tasks/{id}', { params: { path: { id: 'not-a-number' } } });\nexport {};\n");
    writeFileSync(join(dir, 'tsconfig.broken.json'), JSON.stringify({
      extends: './tsconfig.json', files: [file],
    }));
    const { status, output } = runBin('tsc', ['-p', join(dir, 'tsconfig.broken.json')]);
    expect(output).toMatch(/broken\.ts/);
    expect(status).not.toBe(0);
  });
});
