// Build: the full `npm run build` (lint, bundle, types, reference page) into a temp directory,
// so generated/ is untouched; with the number of operations it built.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countOperations } from './consumer-file';

export interface BuildResult {
  seconds: number;
  operations: number;
}

export function measureBuild(root: string): BuildResult {
  const out = mkdtempSync(join(tmpdir(), 'amocrm-bench-build-'));
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--out', out], { cwd: root, encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`build failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    return { seconds, operations: countOperations(JSON.parse(readFileSync(join(out, 'openapi.json'), 'utf8'))) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
