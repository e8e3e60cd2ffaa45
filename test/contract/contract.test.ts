// The Arazzo contract workflows (test/contract/*.arazzo.yaml), run by `redocly respect` against the
// mock. The read and write files run against a real account too, with `npm run test:live`; the
// mock-only files (`*.mock.arazzo.yaml`) never do.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadBundledSpec, operationsOf, runBin, ROOT } from '../helpers/spec';
import { startMock, type RunningMock } from '../helpers/mock';

const DIR = join(ROOT, 'test', 'contract');
const files = readdirSync(DIR).filter((f) => f.endsWith('.arazzo.yaml')).sort();
/** The value checks a mock cannot honour are written `$inputs.env.AMOCRM_MOCK == '1' || <check>`. */
const LIVE_ONLY = "$inputs.env.AMOCRM_MOCK == '1' || ";

interface Check { name: string; passed: boolean; condition?: string }
/** A step, or the steps run by a `goto` failure action (nested as a workflow entry). */
interface Executed { type: 'step' | 'workflow'; stepId?: string; checks?: Check[]; executedSteps?: Executed[] }
interface Workflow { workflowId: string; status: string; executedSteps: Executed[] }

const stepsOf = (entries: Executed[]): Executed[] =>
  entries.flatMap((e) => (e.type === 'workflow' ? stepsOf(e.executedSteps ?? []) : [e]));

describe('contract workflows', () => {
  it('every workflow file is a read, write or mock-only workflow of a section, on the bundled spec', () => {
    expect(files).toEqual(expect.arrayContaining([
      'tasks.read.arazzo.yaml', 'tasks.write.arazzo.yaml',
      'custom-fields.read.arazzo.yaml', 'custom-fields.write.arazzo.yaml',
      'widgets.read.arazzo.yaml', 'widgets.write.arazzo.yaml', 'bots.mock.arazzo.yaml',
      'timeline.read.arazzo.yaml', 'timeline.write.arazzo.yaml',
      'leads.read.arazzo.yaml', 'leads.write.arazzo.yaml', 'files.mock.arazzo.yaml', 'chats.mock.arazzo.yaml',
      'customers.read.arazzo.yaml', 'catalogs.write.arazzo.yaml',
      'unsorted.read.arazzo.yaml', 'unsorted.write.arazzo.yaml', 'webhooks.write.arazzo.yaml',
      'chat-templates.read.arazzo.yaml', 'chat-templates.mock.arazzo.yaml',
      'conversations.read.arazzo.yaml', 'conversations.mock.arazzo.yaml',
    ]));
    const ids = new Set(operationsOf(loadBundledSpec()).map((o) => o.operation.operationId));
    for (const file of files) {
      expect(file).toMatch(/^[a-z0-9-]+\.(read|write|mock)\.arazzo\.yaml$/);
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

    function respect(names: string[], env: Record<string, string>) {
      const json = join(out, `${names.join('+')}.${Object.keys(env).join('+')}.json`);
      const { status, output } = runBin('redocly', [
        'respect', ...names.map((f) => join('test', 'contract', f)), '--server', `amocrm=${mock.baseUrl}`, '--json-output', json,
      ], { env: { ...process.env, REDOCLY_TELEMETRY: 'off', AMOCRM_MOCK: undefined, AMOCRM_WIDGET_CODE: undefined, ...env } });
      const report = JSON.parse(readFileSync(json, 'utf8')) as { files: Record<string, { executedWorkflows: Workflow[] }> };
      const workflows = Object.values(report.files).flatMap((f) => f.executedWorkflows);
      const failed = workflows.flatMap((w) => stepsOf(w.executedSteps).flatMap((s) =>
        (s.checks ?? []).filter((c) => !c.passed).map((c) => ({ at: `${w.workflowId}/${s.stepId}`, ...c }))));
      return { status, output, workflows, failed };
    }

    it.each(files)('%s passes every step and check', (file) => {
      const { status, output, workflows, failed } = respect([file], { AMOCRM_TOKEN: 'mock-token', AMOCRM_MOCK: '1' });
      expect(workflows.length).toBeGreaterThan(0);
      expect(failed.map((c) => `${c.at}: ${c.name} ${c.condition ?? ''}`)).toEqual([]);
      expect(workflows.map((w) => w.status)).toEqual(workflows.map(() => 'success'));
      expect(output).not.toContain('mock-token'); // respect masks the token
      expect(status).toBe(0);
      // The decline that cleans up after a failed check runs only then.
      const unsorted = workflows.find((w) => w.workflowId === 'unsorted-write');
      if (unsorted) expect(stepsOf(unsorted.executedSteps).map((s) => s.stepId)).toEqual(['add-form', 'accept']);
    });

    it('the checks kept for a real account are real: without AMOCRM_MOCK they, and only they, fail on the mock', () => {
      const { status, workflows, failed } = respect(['custom-fields.write.arazzo.yaml', 'widgets.write.arazzo.yaml', 'timeline.write.arazzo.yaml', 'leads.write.arazzo.yaml',
        'unsorted.write.arazzo.yaml', 'webhooks.write.arazzo.yaml'],
        { AMOCRM_TOKEN: 'mock-token' });
      expect(failed.length).toBeGreaterThan(0);
      for (const check of failed) expect(check.condition).toContain(LIVE_ONLY);
      const ran = (id: string) => stepsOf(workflows.find((w) => w.workflowId === id)!.executedSteps).map((s) => s.stepId);
      // What a create made is deleted even when the create's own checks fail.
      expect(ran('leads-custom-field-write')).toEqual(['create-field', 'delete-field', 'confirm-deleted']);
      expect(ran('leads-custom-field-group-write')).toEqual(['create-group', 'delete-group', 'confirm-deleted']);
      // The mock answers the widget asked for, so the widget workflow has no check left for a real
      // account only: it runs whole, and passes, without AMOCRM_MOCK.
      expect(ran('widgets-write')).toEqual(['check-not-installed', 'install', 'uninstall', 'check-uninstalled']);
      expect(workflows.find((w) => w.workflowId === 'widgets-write')!.status).toBe('success');
      // A contact already linked to the lead is never linked again nor unlinked.
      expect(ran('timeline-write')).toEqual(['find-lead', 'find-contact', 'check-not-linked']);
      // The complex add's answer is not the item sent (the mock's fixed example): the workflow stops there.
      expect(ran('leads-write')).toEqual(['add-lead']);
      // An Incoming lead added is declined, and a webhook subscribed is unsubscribed, when a check fails.
      expect(ran('unsorted-write')).toEqual(['add-form', 'decline']);
      expect(ran('webhooks-write')).toEqual(['subscribe', 'unsubscribe']);
      expect(status).not.toBe(0);
    });
  });
});
