#!/usr/bin/env node
// `npm run mock`: Prism in static mode on the bundled spec, 127.0.0.1:4010 (MOCK_PORT to change).
// Every operation answers its documented example; `Prefer: code=204` or `Prefer: example=NAME`
// choose another answer; invalid bodies get the documented 400 problem+json (an invalid query,
// where no 400 is documented, gets Prism's own 422); a request without a bearer gets 401.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.MOCK_PORT ?? '4010';
const prism = spawn(join(root, 'node_modules', '.bin', 'prism'),
  ['mock', join(root, 'generated', 'openapi.yaml'), '--host', '127.0.0.1', '--port', port],
  { stdio: 'inherit' });
const stop = () => prism.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
prism.on('exit', (code) => { process.exitCode = code ?? 0; });
