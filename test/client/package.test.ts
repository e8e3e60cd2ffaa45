// The package as other repos get it: built, packed, linted by publint and attw, then loaded from a
// scratch node_modules through both `require` and `import`, and its declarations compiled by a
// Node-only project. All offline.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('holds the runtime, its types and the bundled spec, each file once, and nothing else of the repo', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const entry of ['index', 'batch', 'custom-fields', 'webhooks', 'chats', 'drive']) {
      for (const f of [`dist/esm/${entry}.js`, `dist/esm/${entry}.d.ts`, `dist/esm/node/${entry}.js`, `dist/cjs/${entry}.js`, `dist/cjs/${entry}.d.ts`]) {
        expect(listing).toContain(`package/${f}`);
      }
    }
    for (const f of ['dist/esm/redis/index.js', 'dist/esm/redis/index.d.ts', 'dist/cjs/redis/index.js', 'dist/cjs/redis/index.d.ts',
      'dist/generated/schema.d.ts', 'generated/openapi.json', 'generated/openapi.yaml',
      'generated/openapi.flat-query.json', 'generated/openapi.flat-query.yaml', 'README.md', 'LICENSE']) {
      expect(listing).toContain(`package/${f}`);
    }
    expect(listing.filter((f) => /^package\/(src|test|openapi|scripts)\//.test(f))).toEqual([]);
    expect(listing.filter((f) => f.endsWith('/schema.d.ts'))).toEqual(['package/dist/generated/schema.d.ts']);
    expect(new Set(listing).size).toBe(listing.length);
  });

  it('passes publint (strict)', () => {
    const { status, output } = runBin('publint', ['run', tarball, '--strict']);
    expect(output).not.toMatch(/Warnings:|Errors:/);
    expect(status).toBe(0);
  });

  it('passes are-the-types-wrong for every resolution mode, the root and every subpath', () => {
    const { status, output } = runBin('attw', [tarball, '--entrypoints', '.', './batch', './custom-fields', './webhooks', './chats', './drive', './redis-limiter', '--format', 'ascii']);
    expect(output).toMatch(/No problems found/);
    expect(status).toBe(0);
  });

  /** A scratch app with the package unpacked into its node_modules, beside openapi-fetch (and `extra`). */
  function scratchApp(name: string, extra: string[] = []): string {
    const app = join(work, name);
    const modules = join(app, 'node_modules');
    mkdirSync(join(modules, 'amocrm-openapi'), { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'amocrm-openapi'), '--strip-components=1']);
    for (const dep of ['openapi-fetch', ...extra]) {
      mkdirSync(join(modules, dep, '..'), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', dep), join(modules, dep), 'dir');
    }
    return app;
  }

  it('loads through require and import, with batch, custom-fields, webhooks, the Redis limiter and the spec files as subpath exports', () => {
    const app = scratchApp('app');
    expect(readdirSync(join(app, 'node_modules')).sort()).toEqual(['amocrm-openapi', 'openapi-fetch']);

    const check = 'const c = m.createAmoClient({ subdomain: "example", token: "t0ken-value" });'
      + 'if (typeof c.GET !== "function" || typeof m.paginate !== "function" || typeof b.batch !== "function") throw new Error("bad exports");'
      + 'if (!(new m.AmoRateLimitError({ method: "GET", url: "/x", status: 429 }) instanceof m.AmoApiError)) throw new Error("bad classes");'
      + 'if (!(new b.AmoBatchError("POST", "/x", null, { written: [], notWritten: [], unknown: [] }) instanceof m.AmoApiError)) throw new Error("bad batch classes");'
      + 'if (f.CUSTOM_FIELD_TYPES.length < 18 || !f.isKnownCustomFieldValue({ field_type: "text" })) throw new Error("bad guards");'
      + 'if (typeof ch.createChatsClient !== "function" || ch.md5Hex(new Uint8Array(0)) !== "d41d8cd98f00b204e9800998ecf8427e") throw new Error("bad chats");'
      + 'if (typeof d.uploadDriveFile !== "function" || typeof d.createFilesClient !== "function") throw new Error("bad drive");';
    // The webhooks subpath parses a form-encoded hook with nothing but the platform.
    const hooks = 'if (w.parseWebhook("leads[status][0][old_status_id]=7", "application/x-www-form-urlencoded").name !== "status_lead" || typeof w.verifyDisconnectSignature !== "function") throw new Error("bad webhooks");';
    // The Redis limiter's subpath loads without ioredis installed: the caller passes its own client in.
    const redis = 'if (typeof r.createRedisRateLimiter !== "function" || new r.RedisLimiterUnavailableError("x").name !== "RedisLimiterUnavailableError") throw new Error("bad redis-limiter");';
    const cjs = spawnSync(process.execPath, ['-e',
      `const m = require("amocrm-openapi"); const b = require("amocrm-openapi/batch"); const f = require("amocrm-openapi/custom-fields"); const ch = require("amocrm-openapi/chats"); const d = require("amocrm-openapi/drive"); ${check} const w = require("amocrm-openapi/webhooks"); ${hooks} const r = require("amocrm-openapi/redis-limiter"); ${redis} const spec = require("amocrm-openapi/openapi.json"); if (!spec.paths["/api/v4/tasks"]) throw new Error("spec"); require.resolve("amocrm-openapi/openapi.yaml"); if (!require("amocrm-openapi/openapi.flat-query.json").paths["/api/v4/tasks"]) throw new Error("flat spec"); require.resolve("amocrm-openapi/openapi.flat-query.yaml"); console.log("cjs ok")`],
    { cwd: app, encoding: 'utf8' });
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe('cjs ok');

    const esm = spawnSync(process.execPath, ['--input-type=module', '-e',
      `import * as m from "amocrm-openapi"; import * as b from "amocrm-openapi/batch"; import * as f from "amocrm-openapi/custom-fields"; import * as r from "amocrm-openapi/redis-limiter"; import * as w from "amocrm-openapi/webhooks"; import * as ch from "amocrm-openapi/chats"; import * as d from "amocrm-openapi/drive"; ${check} ${hooks} ${redis} import.meta.resolve("amocrm-openapi/openapi.yaml"); console.log("esm ok")`],
    { cwd: app, encoding: 'utf8' });
    expect(esm.stderr).toBe('');
    expect(esm.stdout.trim()).toBe('esm ok');
  });

  it('has one set of error classes however it is loaded: require and import in one process agree', () => {
    const app = scratchApp('dual');
    // A client made through require throws errors that are instances of the classes got by import,
    // and the other way round; the same for the batch subpath.
    const script = `
      import { createRequire } from 'node:module';
      import * as esm from 'amocrm-openapi';
      import * as esmBatch from 'amocrm-openapi/batch';
      const cjs = createRequire(import.meta.url)('amocrm-openapi');
      const fetch500 = async () => new Response(JSON.stringify({ title: 'Server Error', status: 500 }),
        { status: 500, headers: { 'Content-Type': 'application/problem+json' } });
      const options = { subdomain: 'example', token: 't0ken-value', rateLimit: false, retry: false, fetch: fetch500 };
      const fromCjs = await cjs.createAmoClient(options).GET('/api/v4/tasks').catch((e) => e);
      const fromEsm = await esm.createAmoClient(options).GET('/api/v4/tasks').catch((e) => e);
      const batchError = await esmBatch.batch(cjs.createAmoClient(options), 'POST', '/api/v4/tasks', [{ text: 'x', complete_till: 1 }]).catch((e) => e);
      const checks = {
        cjsErrorIsEsmClass: fromCjs instanceof esm.AmoApiError,
        esmErrorIsCjsClass: fromEsm instanceof cjs.AmoApiError,
        sameClass: esm.AmoApiError === cjs.AmoApiError,
        batchErrorIsCjsClass: batchError instanceof cjs.AmoApiError && batchError instanceof esmBatch.AmoBatchError,
      };
      console.log(JSON.stringify(checks));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ cjsErrorIsEsmClass: true, esmErrorIsCjsClass: true, sameClass: true, batchErrorIsCjsClass: true });
  });

  it('its declarations compile in a Node-only project (lib ES2022, types node, skipLibCheck false), from ESM and CommonJS', () => {
    const app = scratchApp('node-only', ['@types/node']);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', lib: ['ES2022'], types: ['node'], module: 'node16', moduleResolution: 'node16',
        strict: true, skipLibCheck: false, noEmit: true,
      },
      files: ['esm.mts', 'cjs.cts'],
    }));
    const use = `
      const amo = createAmoClient({ subdomain: 'example', oauth: {
        clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/oauth',
        tokens: { accessToken: 'a', refreshToken: 'r', expiresAt: Date.now() + 86_400_000 }, onTokens: async () => {},
      } });
      export async function run(): Promise<number | undefined> {
        const { data } = await amo.GET('/api/v4/tasks/{id}', { params: { path: { id: 1 } } });
        const [created] = await batch(amo, 'POST', '/api/v4/tasks', [{ text: 'Call', complete_till: 1588885140 }]);
        for await (const task of paginate(amo, '/api/v4/tasks')) void task.id;
        const known = (v: CustomFieldValue) => isKnownCustomFieldValue(v);
        void known;
        const hook = parseWebhook('leads[status][0][id]=1', 'application/x-www-form-urlencoded');
        if (hook.name === 'status_lead') void hook.payload.leads.status[0]?.old_status_id;
        void verifyDisconnectSignature;
        const chats = createChatsClient({ secret: 'channel-secret' });
        await chats.POST('/v2/origin/custom/{scope_id}/typing', { params: { path: { scope_id: 's' } }, body: { conversation_id: 'c', sender: { id: 'u' } } });
        void (await verifyChatHook({ body: '{}', signature: null, secret: 'channel-secret' }));
        void (await uploadDriveFile(createFilesClient({ driveUrl: 'https://drive-b.amocrm.ru', token: 't' }), new Uint8Array(1), { fileName: 'a' })).uuid;
        return data.id ?? created?.id;
      }`;
    writeFileSync(join(app, 'esm.mts'), `import { createAmoClient, paginate } from 'amocrm-openapi';
import { batch } from 'amocrm-openapi/batch';
import { isKnownCustomFieldValue, type CustomFieldValue } from 'amocrm-openapi/custom-fields';
import { parseWebhook, verifyDisconnectSignature } from 'amocrm-openapi/webhooks';
import { createChatsClient, verifyChatHook } from 'amocrm-openapi/chats';
import { createFilesClient, uploadDriveFile } from 'amocrm-openapi/drive';
${use}`);
    writeFileSync(join(app, 'cjs.cts'), `import { createAmoClient, paginate } from 'amocrm-openapi';
import { batch } from 'amocrm-openapi/batch';
import { isKnownCustomFieldValue, type CustomFieldValue } from 'amocrm-openapi/custom-fields';
import { parseWebhook, verifyDisconnectSignature } from 'amocrm-openapi/webhooks';
import { createChatsClient, verifyChatHook } from 'amocrm-openapi/chats';
import { createFilesClient, uploadDriveFile } from 'amocrm-openapi/drive';
${use}`);
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { cwd: app, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
