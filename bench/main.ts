// `npm run bench`: every figure, one line each, then bench/results.json; exits 1 if a target is missed,
// naming each missed figure. Flags:
//   --only=size,types,build,overhead,throughput,multiprocess   some of them (`multiprocess`: 4 processes sharing the Redis limiter; `layers`, a breakdown, only on request)
//   --peers=shevernitskiy,amocrm-js               the amoCRM peers run beside the client (default both; `none`)
//   --start-counted                               throughput also through a limiter that counts starts
//   --quick                                       shrunken workloads: a smoke run, not figures
//   --server-window=950                           loosens the throughput server's window
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureBuild } from './build-time';
import { benchTls } from './https';
import { BARE, measureLayers } from './layers';
import { measureOverhead, OVERHEAD_VARIANTS, type OverheadVariant } from './overhead';
import { measureMultiProcess } from './multi-process';
import { PEER_NAMES, peerLabel, type PeerName } from './peers';
import { measureSize } from './size';
import { round } from './stats';
import { measureThroughput, type ThroughputClient, type ThroughputResult } from './throughput';
import { FULL_SPEC_OPERATIONS, measureTypeCost } from './type-cost';

const root = process.env.BENCH_ROOT ?? process.cwd();
const argv = process.argv.slice(2);
const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const quick = argv.includes('--quick');
// The fake server's window for the throughput bench (default 1000 ms: exactly the client's "7 per second").
const serverWindowMs = Number(flag('server-window') ?? 1000);
const ALL = ['size', 'types', 'build', 'overhead', 'throughput', 'multiprocess'] as const;
const EXTRA = ['layers']; // only on request
const selected = new Set<string>(flag('only')?.split(',') ?? ALL);
for (const name of selected) if (![...ALL, ...EXTRA].includes(name)) throw new Error(`unknown benchmark ${name}; known: ${[...ALL, ...EXTRA].join(', ')}`);
const peersArg = flag('peers');
const peers = (peersArg === undefined ? PEER_NAMES : peersArg === 'none' || peersArg === '' ? [] : peersArg.split(',')) as PeerName[];
for (const name of peers) if (!PEER_NAMES.includes(name)) throw new Error(`unknown peer ${name}; known: ${PEER_NAMES.join(', ')}`);

const TARGETS = {
  amoClientOverOpenapiFetch: 1.0, // per request, createAmoClient with its defaults / bare openapi-fetch
  amoClientOverPeer: 1.0, // and below each amoCRM peer (strictly)
  throughputOfIdeal: 0.99,
  multiProcessOfIdeal: 0.95, // 4 processes sharing the Redis limiter
  rateLimited: 0,
  mainGzipBytes: 8 * 1024,
  typesEverySeconds: 3, // at the full spec's ~290 operations, minus the baseline
  typesEveryMemoryMB: 250,
  typesOneSeconds: 1.5,
  buildSeconds: 30,
};

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: round(totalmem() / 2 ** 30, 1), node: process.version },
  loadAverageAtStart: round(loadavg()[0]!, 2),
  quick,
  targets: TARGETS,
};
const missed: string[] = [];

function line(label: string, value: string, target?: { ok: boolean; text: string }) {
  const verdict = target ? `  (target ${target.text}: ${target.ok ? 'met' : 'MISSED'})` : '';
  console.log(`${label.padEnd(52)} ${value}${verdict}`);
  if (target && !target.ok) missed.push(`${label}: ${value}, target ${target.text}`);
}

const peerNames = Object.fromEntries(PEER_NAMES.map((name) => [name, peerLabel(root, name)])) as Record<PeerName, string>;
results.peers = Object.fromEntries(peers.map((name) => [name, peerNames[name]]));

if (selected.has('size')) {
  const size = await measureSize(root);
  results.size = size;
  for (const [subpath, entry] of Object.entries(size.entries)) {
    const main = subpath === '.';
    line(`size: ${main ? 'main entry' : `subpath ${subpath}`} (${entry.source}) min+gzip`, `${entry.gzipBytes} B (${entry.minifiedBytes} B minified)`,
      main ? { ok: entry.gzipBytes <= TARGETS.mainGzipBytes, text: `≤ ${TARGETS.mainGzipBytes} B` } : undefined);
  }
  const largest = Object.entries(size.entries['.']!.inputs).slice(0, 4).map(([f, b]) => `${f.replace(/^.*node_modules\//, '')} ${b}`).join(', ');
  line('size: main entry, largest inputs, minified bytes', largest);
  line('size: openapi-fetch alone, min+gzip', `${size.openapiFetch.gzipBytes} B (${size.openapiFetch.minifiedBytes} B minified)`);
}

if (selected.has('types')) {
  const types = await measureTypeCost(root, quick ? 1 : 3, quick ? [1, 2] : undefined);
  results.types = types;
  const b = types.baseline;
  line('types: tsc baseline (a file importing nothing)', `${round(b.cpuSeconds, 2)} s CPU (${round(b.totalSeconds, 2)} s wall), ${round(b.memoryMB, 1)} MB`
    + ` (median of ${types.runs} runs)`);
  for (const p of types.points) {
    const spec = p.scale === 1 ? `the spec, ${p.operations} operations` : `stand-in ×${p.scale}, ${p.operations} operations`;
    const show = (r: typeof p.every) => `+${round(r.cost.cpuSeconds, 2)} s CPU (+${round(r.cost.totalSeconds, 2)} s wall), +${round(r.cost.memoryMB, 1)} MB`
      + ` (${r.instantiations} instantiations, ${r.types} types)`;
    line(`types: ${spec}: call every operation`, show(p.every));
    line(`types: ${spec}: call ${types.oneOperation}`, show(p.one));
  }
  const at = types.at;
  const how = types.operations >= FULL_SPEC_OPERATIONS ? 'measured' : 'interpolated between the stand-ins';
  line(`types: at ${at.operations} operations, every operation`, `+${round(at.every.cpuSeconds, 2)} s CPU (${how})`,
    { ok: at.every.cpuSeconds <= TARGETS.typesEverySeconds, text: `≤ ${TARGETS.typesEverySeconds} s` });
  line(`types: at ${at.operations} operations, every operation`, `+${round(at.every.memoryMB, 1)} MB (${how})`,
    { ok: at.every.memoryMB <= TARGETS.typesEveryMemoryMB, text: `≤ ${TARGETS.typesEveryMemoryMB} MB` });
  line(`types: at ${at.operations} operations, one operation`, `+${round(at.one.cpuSeconds, 2)} s CPU (${how})`,
    { ok: at.one.cpuSeconds <= TARGETS.typesOneSeconds, text: `≤ ${TARGETS.typesOneSeconds} s` });
  const g = types.growth;
  const exponent = (v: number | null) => (v === null ? 'n/a' : String(round(v, 2)));
  line('types: growth, cost ∝ operations^b (1 = linear)', `CPU time b = ${exponent(g.cpuSeconds)}, memory b = ${exponent(g.memoryMB)}, instantiations b = ${exponent(g.instantiations)}`);
}

if (selected.has('build')) {
  const build = measureBuild(root);
  results.build = build;
  line(`build: npm run build (lint, bundle, types, docs), ${build.operations} operations`, `${round(build.cpuSeconds, 1)} s CPU (${round(build.seconds, 1)} s wall)`,
    { ok: build.cpuSeconds <= TARGETS.buildSeconds, text: `≤ ${TARGETS.buildSeconds} s (at the full spec)` });
}

if (selected.has('overhead')) {
  const tls = benchTls();
  const overhead = await measureOverhead({ ...(quick ? { rounds: 6, perRound: 100 } : { rounds: 200, perRound: 100 }), peers, tls });
  results.overhead = overhead;
  const { variants } = overhead;
  const labels: Record<string, string> = { ...OVERHEAD_VARIANTS, ...peerNames };
  const names = [...Object.keys(OVERHEAD_VARIANTS) as OverheadVariant[], ...peers];
  const count = `${overhead.rounds * overhead.perRound} sequential GETs each, over https`;
  for (const name of names) {
    const v = variants[name]!;
    line(`per request: ${labels[name]}`, `median ${round(v.medianUs, 1)} µs, mean ${round(v.meanUs, 1)} µs, ${round(v.overFetch)} × raw fetch`
      + ` (per round ${round(v.overFetchByRound)})`);
  }
  const amo = variants.amoClient;
  line('per request: createAmoClient / bare openapi-fetch', `${round(amo.medianUs / variants.openapiFetch.medianUs)} (median request; ${count})`,
    { ok: amo.medianUs / variants.openapiFetch.medianUs <= TARGETS.amoClientOverOpenapiFetch, text: `≤ ${TARGETS.amoClientOverOpenapiFetch.toFixed(2)}` });
  for (const name of peers) {
    const ratio = amo.medianUs / variants[name]!.medianUs;
    line(`per request: createAmoClient / ${peerNames[name]}`, `${round(ratio)}`, { ok: ratio < TARGETS.amoClientOverPeer, text: `< ${TARGETS.amoClientOverPeer.toFixed(2)}` });
  }
}

if (selected.has('layers')) {
  const layers = await measureLayers(quick ? 6 : 100, 100, benchTls());
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
  const tls = benchTls();
  const workload = { tasks: quick ? 1000 : 10_000, pageSize: 250, chunkSize: 50, limit: 7, windowMs: serverWindowMs, tls };
  const clients: ThroughputClient[] = ['amo', ...(argv.includes('--start-counted') ? ['amo-start-counted' as const] : []), ...peers];
  const labels: Record<ThroughputClient, string> = {
    amo: 'createAmoClient', 'amo-start-counted': 'createAmoClient, start-counted limiter', ...peerNames,
  };
  const runs: Partial<Record<ThroughputClient, ThroughputResult>> = {};
  for (const client of clients) {
    const t = await measureThroughput({ ...workload, client });
    runs[client] = t;
    const judged = client === 'amo'; // the target is this client with its own limiter; the others are printed beside it
    const name = labels[client];
    line(`throughput, ${name}: export ${t.tasks} (${t.export.requests} pages)`, `${round(t.export.seconds, 2)} s, ${round(t.export.ofIdeal)} of ideal`);
    line(`throughput, ${name}: import ${t.tasks} (${t.import.requests} × ${t.chunkSize})`, `${round(t.import.seconds, 2)} s, ${round(t.import.ofIdeal)} of ideal`);
    line(`throughput, ${name}: both (ideal ${round(t.total.idealSeconds, 2)} s)`, `${round(t.total.seconds, 2)} s, ${round(t.total.ofIdeal)} of ideal`,
      judged ? { ok: t.total.ofIdeal >= TARGETS.throughputOfIdeal, text: `≥ ${TARGETS.throughputOfIdeal}` } : undefined);
    line(`throughput, ${name}: 429s (server ${t.limit}/${t.windowMs} ms)`, `${t.rateLimited} (${t.arrived.export} + ${t.arrived.import} requests arrived;`
      + ` max arrivals in ${t.windowMs} ms: ${t.maxArrivalsInWindow}`
      + `${t.repeatedByBench ? `; ${t.repeatedByBench} calls repeated by the bench after the peer threw` : ''})`,
      judged ? { ok: t.rateLimited <= TARGETS.rateLimited, text: `= ${TARGETS.rateLimited}` } : undefined);
  }
  results.throughput = runs;
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

// Other jobs on the machine inflate every wall-clock figure: say so beside them.
const load = round(loadavg()[0]!, 2);
results.loadAverageAtEnd = load;
console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}; load average ${results.loadAverageAtStart} at start, ${load} at end`
  + `${Math.max(load, results.loadAverageAtStart as number) > cpus().length ? ' (above the core count: other jobs were running, wall-clock figures are inflated)' : ''}`);
results.missed = missed;
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${JSON.stringify(results)}`);
if (missed.length > 0) {
  console.error(`\nTARGETS MISSED (${missed.length}):\n${missed.map((m) => `  - ${m}`).join('\n')}`);
  process.exitCode = 1;
}
