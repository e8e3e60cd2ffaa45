#!/usr/bin/env node
// `npm run proxy`: Prism's validating proxy in front of a real account, on 127.0.0.1:4010
// (PROXY_PORT to change). Every request and answer is checked against generated/openapi.yaml and
// mismatches come back in the `sl-violations` header. `--errors` (or PROXY_ERRORS=1) turns a
// violation into an error answer instead of passing the real one through.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const upstream = process.env.AMOCRM_BASE_URL;
if (!upstream) {
  console.error('Set AMOCRM_BASE_URL to the account\'s host, like https://example.amocrm.ru, then send requests');
  console.error('with your own Authorization header to http://127.0.0.1:4010 (the proxy forwards it).');
  process.exit(1);
}
const errors = process.argv.includes('--errors') || process.env.PROXY_ERRORS === '1';
const port = process.env.PROXY_PORT ?? '4010';
const prism = spawn(join(root, 'node_modules', '.bin', 'prism'),
  ['proxy', join(root, 'generated', 'openapi.yaml'), upstream, '--host', '127.0.0.1', '--port', port,
    ...(errors ? ['--errors'] : [])],
  { stdio: 'inherit' });
const stop = () => prism.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
prism.on('exit', (code) => { process.exitCode = code ?? 0; });
