#!/usr/bin/env node
// Runs the benchmarks: bundles bench/main.ts with esbuild into .tmp/ (packages stay external, so
// they resolve from node_modules as a consumer's would), makes the local https certificate, then
// runs it with plain node trusting that certificate.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { makeCertificate } from './tls.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.tmp', 'bench', 'main.mjs');
await build({
  entryPoints: [join(root, 'bench', 'main.ts')], outfile, bundle: true, packages: 'external',
  platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
});
const tls = makeCertificate(join(root, '.tmp', 'bench', 'tls'));
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  cwd: root, stdio: 'inherit',
  env: { ...process.env, BENCH_ROOT: root, BENCH_TLS_KEY: tls.key, BENCH_TLS_CERT: tls.cert, NODE_EXTRA_CA_CERTS: tls.cert },
});
process.exit(run.status ?? 1);
