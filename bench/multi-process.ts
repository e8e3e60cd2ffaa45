// One limit shared by 4 processes: each worker (test/redis/worker.ts) has its own client, ioredis
// connection and Redis limiter, and exports a quarter of the fake amoCRM's tasks (pages of 250) and
// imports them back (chunks of 50). The server allows 7 requests per any 1000 ms, 429 beyond; the
// ideal is all the requests at exactly 7 per second.
import { FakeAmoCrm } from '../test/client/fake-amocrm';
import { startRedis } from '../test/helpers/redis';
import type { WorkerReport } from '../test/redis/worker-protocol';
import { bundleWorker } from '../test/redis/workers';
import { maxInWindow } from './stats';

export interface MultiProcessOptions {
  /** Tasks exported, and then imported, by all the workers together. */
  tasks: number;
  workers: number;
  pageSize: number;
  chunkSize: number;
}

export interface MultiProcessResult extends MultiProcessOptions {
  requests: number;
  /** From the first request's arrival to the last worker's end. */
  seconds: number;
  idealSeconds: number;
  ofIdeal: number;
  rateLimited: number;
  maxArrivalsInWindow: number;
}

export async function measureMultiProcess(root: string, options: MultiProcessOptions): Promise<MultiProcessResult> {
  const { tasks, workers, pageSize, chunkSize } = options;
  const share = tasks / workers;
  if (!Number.isInteger(share / pageSize)) throw new RangeError('each worker\'s share must be whole pages');
  const tokens = Array.from({ length: workers }, (_, i) => `bench-worker-${i}-token`);
  const fake = await new FakeAmoCrm({ staticTokens: tokens, limit: 7, windowMs: 1000, retryAfter: 1 }).start();
  const redis = await startRedis();
  const bundle = await bundleWorker(root);
  try {
    fake.seedTasks(tasks);
    const pages = share / pageSize;
    const running = tokens.map((token, index) => bundle.start({
      index, origin: fake.origin, token, redisPort: redis.port, account: 'bench', integration: 'bench-integration',
      startPage: index * pages + 1, pages, pageSize, chunkSize,
    }));
    const reports = await Promise.all(running.map((w) => w.report));
    const done = reports.filter((r): r is Extract<WorkerReport, { type: 'done' }> => r?.type === 'done');
    if (done.length !== workers || done.some((r) => r.imported !== share) || fake.tasks.size !== 2 * tasks) {
      throw new Error(`multi-process bench: workers did not all finish: ${JSON.stringify(reports)}`);
    }
    const requests = workers * (pages + Math.ceil(share / chunkSize));
    const arrivals = fake.requests.map((r) => r.at);
    const seconds = (Math.max(...done.map((r) => r.at)) - Math.min(...arrivals)) / 1000;
    const idealSeconds = requests / 7;
    return {
      ...options, requests, seconds, idealSeconds, ofIdeal: idealSeconds / seconds,
      rateLimited: fake.stats.rateLimited, maxArrivalsInWindow: maxInWindow(arrivals, 1000),
    };
  } finally {
    bundle.dispose();
    await fake.stop();
    await redis.stop();
  }
}
