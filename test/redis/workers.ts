// Runs worker.ts as child processes: bundled once by esbuild (ioredis included) into a temp
// folder, then forked with an IPC channel each; for the multi-process tests and the bench.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { WorkerConfig, WorkerReport } from './worker-protocol';

export interface RunningWorker {
  config: WorkerConfig;
  child: ChildProcess;
  /** The worker's report, or undefined if it exited without one (killed). */
  report: Promise<WorkerReport | undefined>;
}

export interface WorkerBundle {
  start(config: WorkerConfig): RunningWorker;
  dispose(): void;
}

/** `root`: the repository (the bench runs bundled, without a __dirname of its own). */
export async function bundleWorker(root: string): Promise<WorkerBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'amocrm-redis-worker-'));
  const file = join(dir, 'worker.cjs');
  await build({
    entryPoints: [join(root, 'test', 'redis', 'worker.ts')], outfile: file, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', logLevel: 'warning',
  });
  const children = new Set<ChildProcess>();
  return {
    start(config) {
      const child = fork(file, [JSON.stringify(config)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.add(child);
      const report = new Promise<WorkerReport | undefined>((resolve) => {
        let last: WorkerReport | undefined;
        child.on('message', (m) => { last = m as WorkerReport; });
        child.once('exit', () => {
          children.delete(child);
          resolve(last);
        });
      });
      return { config, child, report };
    },
    dispose() {
      for (const child of children) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
