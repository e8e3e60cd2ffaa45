#!/usr/bin/env node
// `npm run test:live`: the contract workflows (test/contract/*.arazzo.yaml) against a real account.
// Needs AMOCRM_BASE_URL (https://<subdomain>.amocrm.ru) and AMOCRM_TOKEN; runs the read workflows,
// the write workflows too only with AMOCRM_ALLOW_WRITES=1, and the widget install/uninstall only
// when AMOCRM_WIDGET_CODE names the widget as well. Mock-only workflows (*.mock.arazzo.yaml) never
// run here. The token travels in the environment (the workflows read $inputs.env.AMOCRM_TOKEN); the
// widget settings (AMOCRM_WIDGET_SETTINGS) reach Respect as an input, never on its command line;
// the output is masked for both.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { leafStrings, createMasker } = createRequire(import.meta.url)('./lib/mask-secrets.cjs');
const {
  AMOCRM_BASE_URL: baseUrl, AMOCRM_TOKEN: token, AMOCRM_ALLOW_WRITES: allowWrites,
  AMOCRM_WIDGET_CODE: widgetCode, AMOCRM_WIDGET_SETTINGS: widgetSettingsJson, AMOCRM_MOCK: mock,
} = process.env;

if (!baseUrl || !token) {
  console.log('skipped: AMOCRM_BASE_URL and AMOCRM_TOKEN not set');
  console.log('Nothing was tested. To run the contract workflows against a real account, set:');
  console.log('  AMOCRM_BASE_URL=https://<subdomain>.amocrm.ru   the account\'s host');
  console.log('  AMOCRM_TOKEN=<long-lived token or OAuth access token>');
  console.log('  AMOCRM_ALLOW_WRITES=1   (optional) also run the write workflows, which create data');
  console.log('  AMOCRM_WIDGET_CODE=<code>   (optional, with AMOCRM_ALLOW_WRITES=1) also install and uninstall this widget,');
  console.log('  AMOCRM_WIDGET_SETTINGS=<JSON object>   with these settings (default {}; never printed)');
  process.exit(0);
}

let origin;
try {
  const url = new URL(baseUrl);
  if (!/^https?:$/.test(url.protocol) || url.pathname.replace(/\/$/, '') !== '') throw new Error();
  origin = url.origin;
} catch {
  console.error('AMOCRM_BASE_URL must be the account\'s origin, like https://example.amocrm.ru');
  process.exit(2);
}

let widgetSettings = {};
if (widgetSettingsJson !== undefined) {
  try {
    widgetSettings = JSON.parse(widgetSettingsJson);
  } catch {
    widgetSettings = undefined;
  }
  if (!widgetSettings || typeof widgetSettings !== 'object' || Array.isArray(widgetSettings)) {
    console.error('AMOCRM_WIDGET_SETTINGS must be a JSON object of the widget\'s settings (its value is not shown: it may hold secrets)');
    process.exit(2);
  }
}

const dir = join(root, 'test', 'contract');
const all = readdirSync(dir).filter((f) => f.endsWith('.arazzo.yaml')).sort();
const writes = allowWrites === '1';
// Why a workflow file does not run, or null when it does.
const reasonToSkip = (f) => {
  if (f.endsWith('.mock.arazzo.yaml')) return 'mock only: they need what a real account cannot be put in from outside, such as a bot waiting on a widget step';
  if (f.endsWith('.write.arazzo.yaml') && !writes) return 'they write; set AMOCRM_ALLOW_WRITES=1';
  if (f === 'widgets.write.arazzo.yaml' && !widgetCode) return 'installs and uninstalls a widget; set AMOCRM_WIDGET_CODE to the widget\'s code, and AMOCRM_WIDGET_SETTINGS to its settings';
  return f.endsWith('.read.arazzo.yaml') || f.endsWith('.write.arazzo.yaml') ? null : 'not a .read, .write or .mock workflow';
};
const files = all.filter((f) => !reasonToSkip(f));
const skippedBy = new Map();
for (const f of all.filter(reasonToSkip)) skippedBy.set(reasonToSkip(f), [...(skippedBy.get(reasonToSkip(f)) ?? []), f]);

console.log(`Contract workflows against ${origin}: ${files.join(', ')}`);
for (const [reason, names] of skippedBy) console.log(`not run (${reason}): ${names.join(', ')}`);
if (writes) {
  console.log('Write workflows: the tasks stay (API v4 cannot delete them), completed, text "[amocrm-openapi contract test] ..."; '
    + 'the lead field and field group they create are deleted'
    + (files.includes('widgets.write.arazzo.yaml') ? `; widget ${widgetCode} is installed, then uninstalled (not if it is already installed)` : ''));
}
if (mock === '1') console.log('AMOCRM_MOCK=1: the server is taken for the mock; the checks of values written and read back are skipped');

const runsWidget = files.includes('widgets.write.arazzo.yaml');
const child = spawn(process.execPath, [
  '--import', pathToFileURL(join(root, 'scripts', 'lib', 'respect-input-from-env.mjs')).href,
  join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js'),
  'respect', ...files.map((f) => join('test', 'contract', f)), '--server', `amocrm=${origin}`,
], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', AMOCRM_WIDGET_SETTINGS: undefined,
    RESPECT_INPUT: runsWidget ? JSON.stringify({ widgetSettings }) : undefined,
  },
});
const secrets = [token, ...leafStrings(widgetSettings)];
child.stdout.pipe(createMasker(secrets)).pipe(process.stdout);
child.stderr.pipe(createMasker(secrets)).pipe(process.stderr);
child.on('close', (code) => { process.exitCode = code ?? 1; });
