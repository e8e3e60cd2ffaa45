// The Arazzo contract workflows (test/contract/*.arazzo.yaml), run by `redocly respect` against the
// mock. The same files run against a real account with `npm run test:live`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadBundledSpec, operationsOf, runBin, ROOT } from '../helpers/spec';
import { startMock, type RunningMock } from '../helpers/mock';

const DIR = join(ROOT, 'test', 'contract');
const files = readdirSync(DIR).filter((f) => f.endsWith('.arazzo.yaml')).sort();

interface Check { name: string; passed: boolean }
interface Step { stepId: string; status: string; checks: Check[] }
interface Workflow { workflowId: string; status: string; executedSteps: Step[] }

describe('contract workflows', () => {
  it('every workflow file is a read or write workflow of a section, on the bundled spec', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(operationsOf(loadBundledSpec()).map((o) => o.operation.operationId));
    for (const file of files) {
      expect(file).toMatch(/^[a-z0-9-]+\.(read|write)\.arazzo\.yaml$/);
      const doc = parse(readFileSync(join(DIR, file), 'utf8'));
      expect(doc.sourceDescriptions).toEqual([{ name: 'amocrm', type: 'openapi', url: '../../generated/openapi.yaml' }]);
      for (const step of doc.workflows.flatMap((w: { steps: Array<{ operationId: string }> }) => w.steps)) {
        expect(ids).toContain(step.operationId);
      }
    }
  });

  it('redocly lint finds no problem in them', () => {
    const { status, output } = runBin('redocly', ['lint', ...files.map((f) => join('test', 'contract', f))]);
    expect(output).toMatch(/Your API descriptions? (is|are) valid/);
    expect(status).toBe(0);
  });

  describe('against the mock', () => {
    let mock: RunningMock;
    const out = mkdtempSync(join(tmpdir(), 'amocrm-respect-'));
    beforeAll(async () => {
      mock = await startMock();
    });
    afterAll(async () => {
      await mock?.stop();
      rmSync(out, { recursive: true, force: true });
    });

    it.each(files)('%s passes every step and check', (file) => {
      const json = join(out, `${file}.json`);
      const { status, output } = runBin('redocly', [
        'respect', join('test', 'contract', file), '--server', `amocrm=${mock.baseUrl}`, '--json-output', json,
      ], { env: { ...process.env, REDOCLY_TELEMETRY: 'off', AMOCRM_TOKEN: 'mock-token' } });
      const report = JSON.parse(readFileSync(json, 'utf8')) as { files: Record<string, { executedWorkflows: Workflow[] }> };
      const workflows = Object.values(report.files).flatMap((f) => f.executedWorkflows);
      expect(workflows.length).toBeGreaterThan(0);
      const failed = workflows.flatMap((w) => w.executedSteps.flatMap((s) =>
        s.checks.filter((c) => !c.passed).map((c) => `${w.workflowId}/${s.stepId}: ${c.name}`)));
      expect(failed).toEqual([]);
      expect(workflows.map((w) => w.status)).toEqual(workflows.map(() => 'success'));
      expect(output).not.toContain('mock-token'); // respect masks the token
      expect(status).toBe(0);
    });
  });
});
