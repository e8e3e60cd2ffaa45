// The package as other repos get it: built, packed, linted by publint and attw, then loaded from a
// scratch node_modules through both `require` and `import`. All offline.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runBin } from '../helpers/spec';

describe('the packed package', () => {
  const work = mkdtempSync(join(tmpdir(), 'amocrm-pack-'));
  let tarball = '';
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-client.mjs')], { cwd: ROOT, stdio: 'pipe' });
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const packed = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, packed[0]!.filename);
  }, 120_000);

  it('holds the runtime, its types and the bundled spec, and nothing else of the repo', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const f of ['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts',
      'dist/esm/redis/index.js', 'dist/esm/redis/index.d.ts', 'dist/cjs/redis/index.js', 'dist/cjs/redis/index.d.ts',
      'dist/generated/schema.d.ts', 'generated/openapi.json', 'generated/openapi.yaml',
      'generated/openapi.flat-query.json', 'generated/openapi.flat-query.yaml', 'README.md', 'LICENSE']) {
      expect(listing).toContain(`package/${f}`);
    }
    expect(listing.filter((f) => /^package\/(src|test|openapi|scripts)\//.test(f))).toEqual([]);
  });

  it('passes publint (strict)', () => {
    const { status, output } = runBin('publint', ['run', tarball, '--strict']);
    expect(output).not.toMatch(/Warnings:|Errors:/);
    expect(status).toBe(0);
  });

  it('passes are-the-types-wrong for every resolution mode, the root and ./redis-limiter', () => {
    const { status, output } = runBin('attw', [tarball, '--entrypoints', '.', './redis-limiter', '--format', 'ascii']);
    expect(output).toMatch(/No problems found/);
    expect(status).toBe(0);
  });

  it('loads through require and import, with the Redis limiter and the spec files as subpath exports', () => {
    const app = join(work, 'app');
    const modules = join(app, 'node_modules');
    mkdirSync(join(modules, 'amocrm-openapi'), { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'amocrm-openapi'), '--strip-components=1']);
    symlinkSync(join(ROOT, 'node_modules', 'openapi-fetch'), join(modules, 'openapi-fetch'), 'dir');
    expect(readdirSync(modules).sort()).toEqual(['amocrm-openapi', 'openapi-fetch']);

    const check = 'const c = m.createAmoClient({ subdomain: "example", token: "t0ken-value" });'
      + 'if (typeof c.GET !== "function" || typeof m.paginate !== "function" || typeof m.batch !== "function") throw new Error("bad exports");'
      + 'if (!(new m.AmoRateLimitError({ method: "GET", url: "/x", status: 429 }) instanceof m.AmoApiError)) throw new Error("bad classes");';
    // The Redis limiter's subpath loads without ioredis installed: the caller passes its own client in.
    const redis = 'if (typeof r.createRedisRateLimiter !== "function" || new r.RedisLimiterUnavailableError("x").name !== "RedisLimiterUnavailableError") throw new Error("bad redis-limiter");';
    const cjs = spawnSync(process.execPath, ['-e',
      `const m = require("amocrm-openapi"); ${check} const r = require("amocrm-openapi/redis-limiter"); ${redis} const spec = require("amocrm-openapi/openapi.json"); if (!spec.paths["/api/v4/tasks"]) throw new Error("spec"); require.resolve("amocrm-openapi/openapi.yaml"); if (!require("amocrm-openapi/openapi.flat-query.json").paths["/api/v4/tasks"]) throw new Error("flat spec"); require.resolve("amocrm-openapi/openapi.flat-query.yaml"); console.log("cjs ok")`],
    { cwd: app, encoding: 'utf8' });
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe('cjs ok');

    const esm = spawnSync(process.execPath, ['--input-type=module', '-e',
      `import * as m from "amocrm-openapi"; import * as r from "amocrm-openapi/redis-limiter"; ${check} ${redis} import.meta.resolve("amocrm-openapi/openapi.yaml"); console.log("esm ok")`],
    { cwd: app, encoding: 'utf8' });
    expect(esm.stderr).toBe('');
    expect(esm.stdout.trim()).toBe('esm ok');
  });
});
