// Build: the full `npm run build` (lint, bundle, types, reference page) into a temp directory,
// so generated/ is untouched; with the number of operations it built. Judged on the CPU time of
// the whole process tree (bench/cpu-time.cjs): the build's steps run one after another with no
// network, so on an idle machine its wall-clock time is about that or less, and unlike wall-clock
// time it does not triple when other jobs share the two cores. The wall-clock time is printed beside it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countOperations } from './consumer-file';

export interface BuildResult {
  seconds: number;
  /** CPU time of the build and every step it ran, all threads. */
  cpuSeconds: number;
  operations: number;
}

export function measureBuild(root: string): BuildResult {
  const out = mkdtempSync(join(tmpdir(), 'amocrm-bench-build-'));
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['-r', join(root, 'bench', 'cpu-time.cjs'), join(root, 'scripts', 'build.mjs'), '--out', out],
      { cwd: root, encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`build failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    const cpu = /^Tree CPU time: ([\d.]+)s$/m.exec(run.stdout);
    if (!cpu) throw new Error('the build printed no "Tree CPU time" (bench/cpu-time.cjs)');
    return { seconds, cpuSeconds: Number(cpu[1]), operations: countOperations(JSON.parse(readFileSync(join(out, 'openapi.json'), 'utf8'))) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
