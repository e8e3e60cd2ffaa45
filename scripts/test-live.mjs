#!/usr/bin/env node
// `npm run test:live`: the contract workflows (test/contract/*.arazzo.yaml) against a real account.
// Needs AMOCRM_BASE_URL (https://<subdomain>.amocrm.ru) and AMOCRM_TOKEN; runs the read workflows,
// and the write workflows too only with AMOCRM_ALLOW_WRITES=1. The token travels in the environment
// (the workflows read $inputs.env.AMOCRM_TOKEN) and Respect masks it in its output.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { AMOCRM_BASE_URL: baseUrl, AMOCRM_TOKEN: token, AMOCRM_ALLOW_WRITES: allowWrites } = process.env;

if (!baseUrl || !token) {
  console.log('skipped: AMOCRM_BASE_URL and AMOCRM_TOKEN not set');
  console.log('Nothing was tested. To run the contract workflows against a real account, set:');
  console.log('  AMOCRM_BASE_URL=https://<subdomain>.amocrm.ru   the account\'s host');
  console.log('  AMOCRM_TOKEN=<long-lived token or OAuth access token>');
  console.log('  AMOCRM_ALLOW_WRITES=1   (optional) also run the write workflows, which create data');
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

const dir = join(root, 'test', 'contract');
const all = readdirSync(dir).filter((f) => f.endsWith('.arazzo.yaml')).sort();
const writes = allowWrites === '1';
const files = all.filter((f) => f.endsWith('.read.arazzo.yaml') || (writes && f.endsWith('.write.arazzo.yaml')));
const skipped = all.filter((f) => !files.includes(f));

console.log(`Contract workflows against ${origin}: ${files.join(', ')}`);
if (skipped.length) console.log(`not run (they write; set AMOCRM_ALLOW_WRITES=1): ${skipped.join(', ')}`);
else console.log('Write workflows create data that API v4 cannot delete: tasks stay, completed, text "[amocrm-openapi contract test] ..."');

const result = spawnSync(join(root, 'node_modules', '.bin', 'redocly'),
  ['respect', ...files.map((f) => join('test', 'contract', f)), '--server', `amocrm=${origin}`],
  { cwd: root, stdio: 'inherit', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
process.exit(result.status ?? 1);
