// Type cost: `tsc --noEmit --extendedDiagnostics` on a generated file that calls every operation
// once, minus the same run on a file that imports nothing from the project (the baseline).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baselineSource, consumerSource, consumerTsconfig } from './consumer-file';
import { median } from './stats';

export interface TscRun {
  totalSeconds: number;
  checkSeconds: number;
  memoryMB: number;
  types: number;
  instantiations: number;
}

export interface TypeCostResult {
  operations: number;
  runs: number;
  consumer: TscRun;
  baseline: TscRun;
  /** consumer − baseline: what the project adds. */
  cost: { totalSeconds: number; checkSeconds: number; memoryMB: number };
}

/** Reads the figures out of `--extendedDiagnostics` output. */
export function parseDiagnostics(output: string): TscRun {
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+([\\d.]+)([sK]?)\\s*$`, 'm').exec(output);
    if (!match) throw new Error(`tsc --extendedDiagnostics printed no "${name}"`);
    return Number(match[1]);
  };
  return {
    totalSeconds: field('Total time'), checkSeconds: field('Check time'), memoryMB: field('Memory used') / 1024,
    types: field('Types'), instantiations: field('Instantiations'),
  };
}

/** Writes the consumer and baseline projects into `dir`; returns their tsconfig paths. */
export function writeConsumerProjects(root: string, dir: string): { consumer: string; baseline: string; operations: number } {
  const spec = JSON.parse(readFileSync(join(root, 'generated', 'openapi.json'), 'utf8')) as Record<string, unknown>;
  const { source, operations } = consumerSource(spec, join(root, 'src', 'index'));
  writeFileSync(join(dir, 'consumer.ts'), source);
  writeFileSync(join(dir, 'baseline.ts'), baselineSource());
  const consumer = join(dir, 'tsconfig.consumer.json');
  const baseline = join(dir, 'tsconfig.baseline.json');
  writeFileSync(consumer, JSON.stringify(consumerTsconfig('consumer.ts'), null, 2));
  writeFileSync(baseline, JSON.stringify(consumerTsconfig('baseline.ts'), null, 2));
  return { consumer, baseline, operations };
}

/** `tsc --noEmit -p tsconfig`; throws with the compiler's output if anything fails to type-check. */
export function runTsc(root: string, tsconfig: string, extraArgs: string[] = []): string {
  const tsc = join(root, 'node_modules', 'typescript', 'lib', 'tsc.js');
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', tsconfig, ...extraArgs], { cwd: root, encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`tsc -p ${tsconfig} failed (exit ${run.status}):\n${output}`);
  return output;
}

export function measureTypeCost(root: string, runs: number): TypeCostResult {
  const dir = mkdtempSync(join(tmpdir(), 'amocrm-bench-types-'));
  try {
    const projects = writeConsumerProjects(root, dir);
    const consumer: TscRun[] = [];
    const baseline: TscRun[] = [];
    for (let i = 0; i < runs; i += 1) {
      consumer.push(parseDiagnostics(runTsc(root, projects.consumer, ['--extendedDiagnostics'])));
      baseline.push(parseDiagnostics(runTsc(root, projects.baseline, ['--extendedDiagnostics'])));
    }
    const med = (list: TscRun[]): TscRun => ({
      totalSeconds: median(list.map((r) => r.totalSeconds)), checkSeconds: median(list.map((r) => r.checkSeconds)),
      memoryMB: median(list.map((r) => r.memoryMB)), types: median(list.map((r) => r.types)),
      instantiations: median(list.map((r) => r.instantiations)),
    });
    const c = med(consumer);
    const b = med(baseline);
    return {
      operations: projects.operations, runs, consumer: c, baseline: b,
      cost: { totalSeconds: c.totalSeconds - b.totalSeconds, checkSeconds: c.checkSeconds - b.checkSeconds, memoryMB: c.memoryMB - b.memoryMB },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
