// Per-request overhead: the same GET, one at a time, through raw fetch, bare openapi-fetch and
// createAmoClient (rate limit off, retry and the 30 s timeout on: the defaults), interleaved in
// rounds with the order rotated, so machine noise hits all three alike.
import createClient from 'openapi-fetch';
import { Worker } from 'node:worker_threads';
import { createAmoClient } from '../src/index';
import type { paths } from '../generated/schema';
import { median, medianRatio, rotated } from './stats';

export interface OverheadOptions {
  rounds: number;
  perRound: number;
}

export interface OverheadResult {
  rounds: number;
  perRound: number;
  bodyBytes: number;
  /** Median per-request time of each variant, in microseconds. */
  medianUs: { fetch: number; openapiFetch: number; amoClient: number };
  openapiFetchOverFetch: number;
  amoClientOverFetch: number;
}

const TOKEN = 'bench-token-0000';

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
const { createServer } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const server = createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/hal+json', 'Content-Length': Buffer.byteLength(workerData.body) });
  res.end(workerData.body);
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', () => server.close(() => process.exit(0)));
`;

type Call = () => Promise<{ id?: number } | undefined>;

/** Starts the answering server in a worker; `stop` ends it. */
export async function startTaskServer(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const worker = new Worker(SERVER, { eval: true, workerData: { body: TASK_BODY } });
  const port = await new Promise<number>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      worker.postMessage('stop');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

/** Runs each variant `perRound` times per round, one request at a time, the order rotated each round; ms per round. */
export async function interleave<N extends string>(variants: Record<N, Call>, rounds: number, perRound: number): Promise<Record<N, number[]>> {
  const names = Object.keys(variants) as N[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as unknown as Record<N, number[]>;
  const runRound = async (name: N, count: number) => {
    const call = variants[name];
    const started = performance.now();
    for (let i = 0; i < count; i += 1) {
      const data = await call();
      if (data?.id !== 1) throw new Error(`${name}: unexpected answer ${JSON.stringify(data)}`);
    }
    return performance.now() - started;
  };
  for (const name of names) await runRound(name, Math.min(perRound, 500)); // warm-up: JIT, sockets
  for (let r = 0; r < rounds; r += 1) {
    for (const name of rotated(names, r)) times[name].push(await runRound(name, perRound));
  }
  return times;
}

export async function measureOverhead({ rounds, perRound }: OverheadOptions): Promise<OverheadResult> {
  const server = await startTaskServer();
  const { origin } = server;
  try {
    const headers = { Authorization: `Bearer ${TOKEN}` };
    const bare = createClient<paths>({ baseUrl: origin, headers });
    const amo = createAmoClient({ baseUrl: origin, token: TOKEN, rateLimit: false });
    const params = { path: { id: 1 } };
    const times = await interleave({
      fetch: async () => {
        const response = await fetch(`${origin}/api/v4/tasks/1`, { headers });
        return (await response.json()) as { id?: number };
      },
      openapiFetch: async () => (await bare.GET('/api/v4/tasks/{id}', { params })).data,
      amoClient: async () => (await amo.GET('/api/v4/tasks/{id}', { params })).data,
    }, rounds, perRound);
    const us = (list: number[]) => (median(list) / perRound) * 1000;
    return {
      rounds, perRound, bodyBytes: Buffer.byteLength(TASK_BODY),
      medianUs: { fetch: us(times.fetch), openapiFetch: us(times.openapiFetch), amoClient: us(times.amoClient) },
      openapiFetchOverFetch: medianRatio(times.openapiFetch, times.fetch),
      amoClientOverFetch: medianRatio(times.amoClient, times.fetch),
    };
  } finally {
    await server.stop();
  }
}
