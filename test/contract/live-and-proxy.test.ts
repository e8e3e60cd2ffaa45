// `npm run test:live` and `npm run proxy`, exercised offline: the mock stands in for a real account.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/spec';
import { startMock, startProxy, type RunningMock } from '../helpers/mock';

function testLive(env: Record<string, string | undefined>) {
  const clean = { ...process.env, AMOCRM_BASE_URL: undefined, AMOCRM_TOKEN: undefined, AMOCRM_ALLOW_WRITES: undefined, ...env };
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'test-live.mjs')], {
    cwd: ROOT, encoding: 'utf8', env: Object.fromEntries(Object.entries(clean).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run test:live', () => {
  it('without the variables, says it skipped and what it needs, and exits 0 having run nothing', () => {
    const { status, output } = testLive({});
    expect(output).toMatch(/^skipped: AMOCRM_BASE_URL and AMOCRM_TOKEN not set\n/);
    expect(output).toContain('AMOCRM_ALLOW_WRITES=1');
    expect(output).not.toMatch(/Running workflow/);
    expect(status).toBe(0);
  });

  it('refuses a base URL that is not an origin', () => {
    const { status, output } = testLive({ AMOCRM_BASE_URL: 'example.amocrm.ru/api/v4', AMOCRM_TOKEN: 't' });
    expect(output).toMatch(/must be the account's origin/);
    expect(status).toBe(2);
  });

  describe('with the variables (the mock as the account)', () => {
    let mock: RunningMock;
    beforeAll(async () => {
      mock = await startMock();
    });
    afterAll(async () => {
      await mock?.stop();
    });

    it('runs the read workflows only, by default, and never prints the token', () => {
      const { status, output } = testLive({ AMOCRM_BASE_URL: mock.baseUrl, AMOCRM_TOKEN: 'live-secret-7f3a' });
      expect(output).toMatch(/Running workflow tasks\.read\.arazzo\.yaml/);
      expect(output).not.toMatch(/Running workflow tasks\.write/);
      expect(output).toMatch(/not run \(they write; set AMOCRM_ALLOW_WRITES=1\): .*tasks\.write\.arazzo\.yaml/);
      expect(output).not.toContain('live-secret-7f3a');
      expect(status).toBe(0);
    });

    it('runs the write workflows too with AMOCRM_ALLOW_WRITES=1', () => {
      const { status, output } = testLive({ AMOCRM_BASE_URL: `${mock.baseUrl}/`, AMOCRM_TOKEN: 't', AMOCRM_ALLOW_WRITES: '1' });
      expect(output).toMatch(/Running workflow tasks\.read\.arazzo\.yaml/);
      expect(output).toMatch(/Running workflow tasks\.write\.arazzo\.yaml/);
      expect(status).toBe(0);
    });

    describe('npm run proxy (in front of the mock)', () => {
      let proxy: RunningMock;
      beforeAll(async () => {
        proxy = await startProxy(mock.baseUrl);
      });
      afterAll(async () => {
        await proxy?.stop();
      });

      it('passes a valid request through with no violations', async () => {
        const res = await fetch(`${proxy.baseUrl}/api/v4/tasks/56981`, { headers: { Authorization: 'Bearer any' } });
        expect(res.status).toBe(200);
        expect(res.headers.get('sl-violations')).toBeNull();
        expect((await res.json() as { id: number }).id).toBe(56981);
      });

      it('reports a request that breaks the spec in sl-violations', async () => {
        const res = await fetch(`${proxy.baseUrl}/api/v4/tasks?limit=500`, { headers: { Authorization: 'Bearer any' } });
        const violations = JSON.parse(res.headers.get('sl-violations') ?? '[]') as Array<{ location: string[]; message: string }>;
        expect(violations.some((v) => v.location.includes('limit'))).toBe(true);
      });
    });
  });
});
