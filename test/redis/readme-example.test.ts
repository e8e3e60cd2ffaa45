// The README's example of sharing one limit across workers compiles against the package as a
// reader would import it (the root and the redis-limiter subpath, with ioredis).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runBin } from '../helpers/spec';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### One limit across workers (Redis)'));
const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

describe('the README\'s Redis limiter example', () => {
  const dir = mkdtempSync(join(tmpdir(), 'amocrm-readme-redis-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is there, and uses the subpath and ioredis', () => {
    expect(example).toMatch(/from 'amocrm-openapi\/redis-limiter'/);
    expect(example).toMatch(/from 'ioredis'/);
  });

  it('type-checks (tsc --noEmit)', () => {
    const file = join(dir, 'example.ts');
    writeFileSync(file, `${example}\nexport {};\n`);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'preserve', moduleResolution: 'bundler', strict: true, noEmit: true, esModuleInterop: true,
        skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')], baseUrl: ROOT,
        paths: {
          'amocrm-openapi': [join(ROOT, 'src', 'index.ts')],
          'amocrm-openapi/redis-limiter': [join(ROOT, 'src', 'redis', 'index.ts')],
          'amocrm-openapi/batch': [join(ROOT, 'src', 'batch.ts')],
          ioredis: [join(ROOT, 'node_modules', 'ioredis')],
        },
      },
      files: [file],
    }));
    const { status, output } = runBin('tsc', ['-p', join(dir, 'tsconfig.json')]);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
