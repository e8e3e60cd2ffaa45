// Per-request cost: the same GET, one at a time, through raw fetch, bare openapi-fetch,
// createAmoClient (rate limit off, retry and the 30 s timeout on: the defaults) and the two amoCRM
// clients on npm (bench/peers.ts, their throttles off), interleaved in short rounds with the order
// rotated, so machine noise hits all alike. All over https to a local server (the peers speak
// nothing else). Two more variants say where the client's cost lies: openapi-fetch set up as the
// client sets it up (light requests, no other layer: the floor of any client built on it) and
// createAmoClient without the timeout.
//
// Each request is timed. The figure is the ratio of median request times: request times here have
// a long tail (the 99th percentile is 5 to 16 times the median: garbage collection, a VM's
// scheduling), which swings a per-round mean by ±5 % from run to run, while the median request
// is stable to about ±1 % (raw fetch against itself: 0.99–1.00). The per-round ratio of totals,
// tail and garbage collection included, is reported as well.
import createClient from 'openapi-fetch';
import { Worker } from 'node:worker_threads';
import type { TlsPair } from './https';
import { createPeer, type PeerName } from './peers';
import { createAmoClient, serializeQuery } from '../src/index';
import { fromFetch, LightRequest } from '../src/fetch-like';
import type { paths } from '../generated/schema';
import { median, medianRatio, rotated } from './stats';

export interface OverheadOptions {
  rounds: number;
  perRound: number;
  /** The amoCRM peers to run beside the client. */
  peers: readonly PeerName[];
  tls: TlsPair;
}

export const OVERHEAD_VARIANTS = {
  fetch: 'raw fetch',
  openapiFetch: 'bare openapi-fetch',
  amoClient: 'createAmoClient (rate limit off; retry, 30 s timeout on)',
  openapiFetchLight: 'openapi-fetch as the client sets it up (its floor)',
  amoClientNoTimeout: 'createAmoClient, also timeoutMs: 0',
} as const;
export type OverheadVariant = keyof typeof OVERHEAD_VARIANTS;

export interface VariantFigures {
  /** Median time of one request, in microseconds. */
  medianUs: number;
  /** Mean time of one request over all rounds (garbage collection included), in microseconds. */
  meanUs: number;
  /** medianUs / raw fetch's medianUs: the figure the target is judged on. */
  overFetch: number;
  /** The median over rounds of (this variant's round total / raw fetch's round total). */
  overFetchByRound: number;
}

export interface OverheadResult {
  rounds: number;
  perRound: number;
  bodyBytes: number;
  /** The client's variants by OverheadVariant, the peers by PeerName; overFetch against raw fetch. */
  variants: Record<OverheadVariant, VariantFigures> & Partial<Record<PeerName, VariantFigures>>;
}

export const TOKEN = 'bench-token-0000';
export const AUTH_HEADERS = { Authorization: `Bearer ${TOKEN}` };
export const TASK_PARAMS = { path: { id: 1 } };

/** One task as amoCRM answers GET /api/v4/tasks/{id}. */
export const TASK_BODY = JSON.stringify({
  id: 1, created_by: 3987910, updated_by: 3987910, created_at: 1575364000, updated_at: 1575364851,
  responsible_user_id: 123123, group_id: 0, entity_id: 167353, entity_type: 'leads', duration: 0,
  is_completed: false, task_type_id: 1, text: 'Пригласить на бесплатную тренировку', result: [],
  complete_till: 1575665940, account_id: 321321,
  _links: { self: { href: 'https://example.amocrm.ru/api/v4/tasks/1' } },
});

// The server runs in a worker thread, so its work and garbage stay off the measured event loop.
const SERVER = `
const { createServer } = require('node:https');
const { parentPort, workerData } = require('node:worker_threads');
const server = createServer(workerData.tls, (req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/hal+json', 'Content-Length': Buffer.byteLength(workerData.body) });
  res.end(workerData.body);
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', () => server.close(() => process.exit(0)));
`;

export type Call = () => Promise<{ id?: number } | undefined>;

/** Starts the answering https server in a worker; `stop` ends it. */
export async function startTaskServer(tls: TlsPair): Promise<{ origin: string; stop: () => Promise<void> }> {
  const worker = new Worker(SERVER, { eval: true, workerData: { body: TASK_BODY, tls } });
  const port = await new Promise<number>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  return {
    origin: `https://127.0.0.1:${port}`,
    stop: async () => {
      worker.postMessage('stop');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

export interface Timings {
  /** Each round's total, in ms. */
  roundMs: number[];
  /** Each request's time, in ms. */
  requestMs: Float64Array;
}

/** Runs each variant `perRound` times per round, one request at a time, the order rotated each round; times each request. */
export async function interleave<N extends string>(variants: Record<N, Call>, rounds: number, perRound: number): Promise<Record<N, Timings>> {
  const names = Object.keys(variants) as N[];
  const times = Object.fromEntries(names.map((n) => [n, { roundMs: [], requestMs: new Float64Array(rounds * perRound) }])) as unknown as Record<N, Timings>;
  const runRound = async (name: N, count: number, into?: { requestMs: Float64Array; offset: number }) => {
    const call = variants[name];
    const started = performance.now();
    for (let i = 0; i < count; i += 1) {
      const sent = performance.now();
      const data = await call();
      if (into) into.requestMs[into.offset + i] = performance.now() - sent;
      if (data?.id !== 1) throw new Error(`${name}: unexpected answer ${JSON.stringify(data)}`);
    }
    return performance.now() - started;
  };
  for (const name of names) await runRound(name, Math.min(perRound, 500)); // warm-up: JIT, sockets
  for (let r = 0; r < rounds; r += 1) {
    for (const name of rotated(names, r)) {
      const t = times[name];
      t.roundMs.push(await runRound(name, perRound, { requestMs: t.requestMs, offset: r * perRound }));
    }
  }
  return times;
}

/** The figures of each variant against `base`. */
export function figures<N extends string>(times: Record<N, Timings>, base: NoInfer<N>): Record<N, VariantFigures> {
  const baseMedian = median(times[base].requestMs);
  return Object.fromEntries((Object.keys(times) as N[]).map((name) => {
    const t = times[name];
    const medianMs = median(t.requestMs);
    const meanMs = t.roundMs.reduce((a, b) => a + b, 0) / t.requestMs.length;
    return [name, {
      medianUs: medianMs * 1000, meanUs: meanMs * 1000,
      overFetch: medianMs / baseMedian, overFetchByRound: medianRatio(t.roundMs, times[base].roundMs),
    }];
  })) as Record<N, VariantFigures>;
}

/** The baselines every overhead comparison shares: raw fetch, bare openapi-fetch, and openapi-fetch as the client sets it up. */
export function baselineCalls(origin: string): Record<'fetch' | 'openapiFetch' | 'openapiFetchLight', Call> {
  const bare = createClient<paths>({ baseUrl: origin, headers: AUTH_HEADERS });
  const light = createClient<paths>({
    baseUrl: origin, headers: AUTH_HEADERS, querySerializer: serializeQuery, Request: LightRequest as never, fetch: fromFetch() as never,
  });
  return {
    fetch: async () => (await (await fetch(`${origin}/api/v4/tasks/1`, { headers: AUTH_HEADERS })).json()) as { id?: number },
    openapiFetch: async () => (await bare.GET('/api/v4/tasks/{id}', { params: TASK_PARAMS })).data,
    openapiFetchLight: async () => (await light.GET('/api/v4/tasks/{id}', { params: TASK_PARAMS })).data,
  };
}

export async function measureOverhead({ rounds, perRound, peers, tls }: OverheadOptions): Promise<OverheadResult> {
  const server = await startTaskServer(tls);
  const { origin } = server;
  const peerClients = peers.map((name) => [name, createPeer(name, origin, TOKEN, { throttle: false })] as const);
  try {
    const amo = createAmoClient({ baseUrl: origin, token: TOKEN, rateLimit: false });
    const amoNoTimeout = createAmoClient({ baseUrl: origin, token: TOKEN, rateLimit: false, timeoutMs: 0 });
    const calls: Record<string, Call> = {
      ...baselineCalls(origin),
      amoClient: async () => (await amo.GET('/api/v4/tasks/{id}', { params: TASK_PARAMS })).data,
      amoClientNoTimeout: async () => (await amoNoTimeout.GET('/api/v4/tasks/{id}', { params: TASK_PARAMS })).data,
      ...Object.fromEntries(peerClients.map(([name, peer]) => [name, () => peer.getTask(TASK_PARAMS.path.id)])),
    };
    const times = await interleave(calls, rounds, perRound);
    return { rounds, perRound, bodyBytes: Buffer.byteLength(TASK_BODY), variants: figures(times, 'fetch') as OverheadResult['variants'] };
  } finally {
    for (const [, peer] of peerClients) peer.close();
    await server.stop();
  }
}
