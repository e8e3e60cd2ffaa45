// `npm run test:live` and `npm run proxy`, exercised offline: the mock stands in for a real account.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/spec';
import { startMock, startProxy, type RunningMock } from '../helpers/mock';

function testLive(env: Record<string, string | undefined>) {
  const clean = {
    ...process.env, AMOCRM_BASE_URL: undefined, AMOCRM_TOKEN: undefined, AMOCRM_ALLOW_WRITES: undefined,
    AMOCRM_WIDGET_CODE: undefined, AMOCRM_WIDGET_SETTINGS: undefined, AMOCRM_MOCK: undefined, ...env,
  };
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
    expect(output).toContain('AMOCRM_WIDGET_CODE=');
    expect(output).toContain('AMOCRM_WIDGET_SETTINGS=');
    expect(output).not.toMatch(/Running workflow/);
    expect(status).toBe(0);
  });

  it('refuses a base URL that is not an origin', () => {
    const { status, output } = testLive({ AMOCRM_BASE_URL: 'example.amocrm.ru/api/v4', AMOCRM_TOKEN: 't' });
    expect(output).toMatch(/must be the account's origin/);
    expect(status).toBe(2);
  });

  it('refuses widget settings that are not a JSON object, without showing them', () => {
    const { status, output } = testLive({
      AMOCRM_BASE_URL: 'https://example.amocrm.ru', AMOCRM_TOKEN: 't', AMOCRM_WIDGET_SETTINGS: '{"password": "hunter2-secret"',
    });
    expect(output).toMatch(/AMOCRM_WIDGET_SETTINGS must be a JSON object/);
    expect(output).not.toContain('hunter2-secret');
    expect(output).not.toMatch(/Running workflow/);
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

    // The mock's fixed answers cannot reflect what a workflow wrote: AMOCRM_MOCK=1 skips those checks.
    const onMock = () => ({ AMOCRM_BASE_URL: mock.baseUrl, AMOCRM_MOCK: '1' });

    it('runs the read workflows only, by default, never the mock-only ones, and never prints the token', () => {
      const { status, output } = testLive({ ...onMock(), AMOCRM_TOKEN: 'live-secret-7f3a' });
      for (const section of ['tasks', 'custom-fields', 'widgets']) {
        expect(output).toMatch(new RegExp(`Running workflow ${section}\\.read\\.arazzo\\.yaml`));
        expect(output).not.toMatch(new RegExp(`Running workflow ${section}\\.write`));
      }
      expect(output).toMatch(/not run \(they write; set AMOCRM_ALLOW_WRITES=1\): .*tasks\.write\.arazzo\.yaml/);
      expect(output).toMatch(/not run \(they write; set AMOCRM_ALLOW_WRITES=1\): .*widgets\.write\.arazzo\.yaml/);
      expect(output).toMatch(/not run \(mock only: .*a bot waiting on a widget step\): bots\.mock\.arazzo\.yaml/);
      expect(output).not.toMatch(/Running workflow bots/);
      expect(output).not.toContain('live-secret-7f3a');
      expect(status).toBe(0);
    });

    it('runs the write workflows too with AMOCRM_ALLOW_WRITES=1, but the widget one only with AMOCRM_WIDGET_CODE', () => {
      const { status, output } = testLive({ ...onMock(), AMOCRM_BASE_URL: `${mock.baseUrl}/`, AMOCRM_TOKEN: 'mock-token-3b9e', AMOCRM_ALLOW_WRITES: '1' });
      expect(output).toMatch(/Running workflow tasks\.read\.arazzo\.yaml/);
      expect(output).toMatch(/Running workflow tasks\.write\.arazzo\.yaml/);
      expect(output).toMatch(/Running workflow custom-fields\.write\.arazzo\.yaml/);
      expect(output).not.toMatch(/Running workflow widgets\.write/);
      expect(output).toMatch(/not run \(installs and uninstalls a widget; set AMOCRM_WIDGET_CODE.*\): widgets\.write\.arazzo\.yaml/);
      expect(output).toMatch(/AMOCRM_MOCK=1: .*skipped/);
      expect(status).toBe(0);
    });

    describe('the widget install with AMOCRM_WIDGET_CODE', () => {
      const widget = (settings: object) => testLive({
        ...onMock(), AMOCRM_TOKEN: 'mock-token-3b9e', AMOCRM_ALLOW_WRITES: '1',
        AMOCRM_WIDGET_CODE: 'amo_asterisk', AMOCRM_WIDGET_SETTINGS: JSON.stringify(settings),
      });

      it('installs and uninstalls the widget with the settings given, and never prints them', () => {
        const { status, output } = widget({ login: 'operator-login-5c1d', password: 'widget-pass-9e2b', phones: { 504141: '1039' } });
        expect(output).toMatch(/widget amo_asterisk is installed, then uninstalled/);
        expect(output).toMatch(/Running workflow widgets\.write\.arazzo\.yaml/);
        expect(output).not.toContain('operator-login-5c1d');
        expect(output).not.toContain('widget-pass-9e2b');
        expect(status).toBe(0);
      });

      it('sends those settings (the mock refuses these), uninstalls after the failed install, and still prints none', () => {
        const { status, output } = widget({ password: 'widget-pass-4a7f', port: [5060] });
        expect(output).toMatch(/✗ POST \/api\/v4\/widgets\/\{widget_code\} - step install/);
        expect(output).toMatch(/✓ DELETE \/api\/v4\/widgets\/\{widget_code\} - step uninstall/);
        expect(output).not.toContain('widget-pass-4a7f');
        expect(status).not.toBe(0);
      });
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
