// `npm run bench`: every figure, one line each, then bench/results.json; exits 1 if a target is missed.
// `--only=size,types` runs some of them (`multiprocess`: 4 processes sharing the Redis limiter); `--quick` shrinks the workloads (a smoke run, not figures);
// `--server-window=950` loosens the throughput server's window.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureBuild } from './build-time';
import { BARE, measureLayers } from './layers';
import { measureOverhead, OVERHEAD_VARIANTS, type OverheadVariant } from './overhead';
import { measureMultiProcess } from './multi-process';
import { measureSize } from './size';
import { round } from './stats';
import { measureThroughput } from './throughput';
import { measureTypeCost } from './type-cost';

const root = process.env.BENCH_ROOT ?? process.cwd();
const argv = process.argv.slice(2);
const onlyArg = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const quick = argv.includes('--quick');
// The fake server's window for the throughput bench (default 1000 ms: exactly the client's "7 per second").
const serverWindowMs = Number(argv.find((a) => a.startsWith('--server-window='))?.slice('--server-window='.length) ?? 1000);
const ALL = ['size', 'types', 'build', 'overhead', 'throughput', 'multiprocess'] as const;
const EXTRA = ['layers']; // only on request
const selected = new Set<string>(onlyArg ? onlyArg.split(',') : ALL);
for (const name of selected) if (![...ALL, ...EXTRA].includes(name)) throw new Error(`unknown benchmark ${name}; known: ${ALL.join(', ')}`);

const TARGETS = { amoClientOverFetch: 1.1, throughputOfIdeal: 0.97, multiProcessOfIdeal: 0.95, rateLimited: 0, clientGzipBytes: 8 * 1024 };

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: round(totalmem() / 2 ** 30, 1), node: process.version },
  quick,
  targets: TARGETS,
};
const missed: string[] = [];

function line(label: string, value: string, target?: { ok: boolean; text: string }) {
  const verdict = target ? `  (target ${target.text}: ${target.ok ? 'met' : 'MISSED'})` : '';
  console.log(`${label.padEnd(44)} ${value}${verdict}`);
  if (target && !target.ok) missed.push(`${label}: ${value}, target ${target.text}`);
}

if (selected.has('size')) {
  const size = await measureSize(root);
  results.size = size;
  const ok = size.client.gzipBytes <= TARGETS.clientGzipBytes;
  line('size: src/index.ts min+gzip (with openapi-fetch)', `${size.client.gzipBytes} B (${size.client.minifiedBytes} B minified)`,
    { ok, text: `≤ ${TARGETS.clientGzipBytes} B` });
  const largest = Object.entries(size.client.inputs).slice(0, 4).map(([f, b]) => `${f.replace(/^.*node_modules\//, '')} ${b}`).join(', ');
  line('size: largest inputs, minified bytes', largest);
  line('size: openapi-fetch alone, min+gzip', `${size.openapiFetch.gzipBytes} B (${size.openapiFetch.minifiedBytes} B minified)`);
}

if (selected.has('types')) {
  const types = measureTypeCost(root, quick ? 1 : 3);
  results.types = types;
  line(`types: tsc, ${types.operations} operations called`, `${round(types.consumer.totalSeconds, 2)} s, ${round(types.consumer.memoryMB, 1)} MB`
    + ` (check ${round(types.consumer.checkSeconds, 2)} s, ${types.consumer.instantiations} instantiations)`);
  line('types: tsc, baseline (imports nothing)', `${round(types.baseline.totalSeconds, 2)} s, ${round(types.baseline.memoryMB, 1)} MB`
    + ` (check ${round(types.baseline.checkSeconds, 2)} s)`);
  line('types: the project\'s cost (difference)', `+${round(types.cost.totalSeconds, 2)} s, +${round(types.cost.memoryMB, 1)} MB`
    + ` (check +${round(types.cost.checkSeconds, 2)} s; median of ${types.runs} runs)`);
}

if (selected.has('build')) {
  const build = measureBuild(root);
  results.build = build;
  line('build: npm run build (lint, bundle, types, docs)', `${round(build.seconds, 1)} s`);
}

if (selected.has('overhead')) {
  const overhead = await measureOverhead(quick ? { rounds: 6, perRound: 100 } : { rounds: 200, perRound: 100 });
  results.overhead = overhead;
  const { variants } = overhead;
  for (const name of Object.keys(OVERHEAD_VARIANTS) as OverheadVariant[]) {
    const v = variants[name];
    line(`overhead: ${OVERHEAD_VARIANTS[name]}`, `median ${round(v.medianUs, 1)} µs, mean ${round(v.meanUs, 1)} µs`);
  }
  for (const name of Object.keys(OVERHEAD_VARIANTS) as OverheadVariant[]) {
    if (name === 'fetch') continue;
    const v = variants[name];
    const judged = name === 'amoClient';
    line(`overhead: ${name} / fetch`, `${round(v.overFetch)} (median request; per round ${round(v.overFetchByRound)})`,
      judged ? { ok: v.overFetch <= TARGETS.amoClientOverFetch, text: `≤ ${TARGETS.amoClientOverFetch}` } : undefined);
  }
  line('overhead: createAmoClient / bare openapi-fetch', `${round(variants.amoClient.medianUs / variants.openapiFetch.medianUs)}`
    + ` (${overhead.rounds} rounds × ${overhead.perRound} per variant)`);
}

if (selected.has('layers')) {
  const layers = await measureLayers(quick ? 6 : 100, 100);
  results.layers = layers;
  const bare = layers.variants[BARE]!;
  line(`layers: ${BARE}, per request`, `${round(bare.medianUs, 1)} µs`);
  for (const [name, v] of Object.entries(layers.variants)) {
    if (name === BARE) continue;
    const added = v.medianUs - bare.medianUs;
    line(`layers: ${name}`, `${added >= 0 ? '+' : ''}${round(added, 1)} µs (${round(v.overFetch)} × raw fetch)`);
  }
}

if (selected.has('throughput')) {
  const workload = { tasks: quick ? 1000 : 10_000, pageSize: 250, chunkSize: 50, limit: 7, windowMs: serverWindowMs };
  const client = await measureThroughput({ ...workload, limiter: 'client' });
  const startCounted = await measureThroughput({ ...workload, limiter: 'start-counted' });
  results.throughput = { client, startCounted };
  for (const [name, t] of [['client limiter', client], ['start-counted limiter', startCounted]] as const) {
    const judged = t === client; // the target is the client's own limiter; counting from the start is for comparison
    line(`throughput, ${name}: export ${t.tasks} (${t.export.requests} pages)`, `${round(t.export.seconds, 2)} s, ${round(t.export.ofIdeal)} of ideal`);
    line(`throughput, ${name}: import ${t.tasks} (${t.import.requests} × ${t.chunkSize})`, `${round(t.import.seconds, 2)} s, ${round(t.import.ofIdeal)} of ideal`);
    line(`throughput, ${name}: both (ideal ${round(t.total.idealSeconds, 2)} s)`, `${round(t.total.seconds, 2)} s, ${round(t.total.ofIdeal)} of ideal`,
      judged ? { ok: t.total.ofIdeal >= TARGETS.throughputOfIdeal, text: `≥ ${TARGETS.throughputOfIdeal}` } : undefined);
    line(`throughput, ${name}: 429s (server ${t.limit}/${t.windowMs} ms)`, `${t.rateLimited} (max arrivals in ${t.windowMs} ms: ${t.maxArrivalsInWindow})`,
      judged ? { ok: t.rateLimited <= TARGETS.rateLimited, text: `= ${TARGETS.rateLimited}` } : undefined);
  }
}

if (selected.has('multiprocess')) {
  const m = await measureMultiProcess(root, { tasks: quick ? 1000 : 10_000, workers: 4, pageSize: 250, chunkSize: 50 });
  results.multiProcess = m;
  line(`multi-process: ${m.workers} workers, Redis limiter, ${m.tasks} out + in`, `${m.requests} requests in ${round(m.seconds, 2)} s`
    + ` (ideal ${round(m.idealSeconds, 2)} s), ${round(m.ofIdeal)} of ideal`,
  { ok: m.ofIdeal >= TARGETS.multiProcessOfIdeal, text: `≥ ${TARGETS.multiProcessOfIdeal}` });
  line('multi-process: 429s (server 7/1000 ms)', `${m.rateLimited} (max arrivals in 1000 ms: ${m.maxArrivalsInWindow})`,
    { ok: m.rateLimited <= TARGETS.rateLimited, text: `= ${TARGETS.rateLimited}` });
}

results.missed = missed;
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${JSON.stringify(results)}`);
if (missed.length > 0) {
  console.error(`\nTargets missed:\n${missed.map((m) => `  - ${m}`).join('\n')}`);
  process.exitCode = 1;
}
