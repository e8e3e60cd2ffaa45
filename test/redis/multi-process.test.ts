// Four worker processes, each with its own client, Redis connection and Redis limiter, exporting
// and importing against one fake amoCRM that counts requests at arrival and answers 429 beyond 7
// in any 1000 ms: amoCRM's rule read strictly. The workloads are small (about 10 s a run); the
// 10 000-item figure is the bench's (`npm run bench -- --only=multiprocess`).
import { maxInWindow } from '../../bench/stats';
import { FakeAmoCrm, type RequestInfo } from '../client/fake-amocrm';
import { startRedis, type RunningRedis } from '../helpers/redis';
import { ROOT } from '../helpers/spec';
import { importedText, type WorkerConfig, type WorkerReport } from './worker-protocol';
import { bundleWorker, type RunningWorker, type WorkerBundle } from './workers';

jest.setTimeout(60_000);

const WORKERS = 4;
const tokenOf = (index: number) => `worker-${index}-token-8c1e`;
const byWorker = (requests: readonly RequestInfo[], index: number) => requests.filter((r) => r.authorization === `Bearer ${tokenOf(index)}`);

let bundle: WorkerBundle;
beforeAll(async () => { bundle = await bundleWorker(ROOT); });
afterAll(() => bundle?.dispose());

interface Run {
  fake: FakeAmoCrm;
  redis: RunningRedis;
  workers: RunningWorker[];
}

/** A fake amoCRM seeded with every worker's share, a fresh Redis, and the workers started. */
async function startRun(pagesEach: number, configFor: (index: number) => Partial<WorkerConfig> = () => ({})): Promise<Run> {
  const pageSize = 20;
  const fake = await new FakeAmoCrm({
    limit: 7, windowMs: 1000, retryAfter: 1, slowMs: 6000, staticTokens: Array.from({ length: WORKERS }, (_, i) => tokenOf(i)),
  }).start();
  fake.seedTasks(WORKERS * pagesEach * pageSize);
  const redis = await startRedis();
  const workers = Array.from({ length: WORKERS }, (_, index) => bundle.start({
    index, origin: fake.origin, token: tokenOf(index), redisPort: redis.port, account: 'example', integration: 'client-1',
    startPage: index * pagesEach + 1, pages: pagesEach, pageSize, chunkSize: 5, ...configFor(index),
  }));
  return { fake, redis, workers };
}

async function endRun(run: Run | undefined): Promise<void> {
  for (const w of run?.workers ?? []) w.child.kill('SIGKILL');
  await run?.fake.stop();
  await run?.redis.stop();
}

/** Resolves once `predicate` holds, checking every 20 ms. */
async function until(predicate: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** How many tasks a worker imported, and whether each came once. */
function importedBy(fake: FakeAmoCrm, index: number) {
  const texts = [...fake.tasks.values()].map((t) => t.text).filter((t) => t.startsWith(importedText(index, '')));
  return { count: texts.length, distinct: new Set(texts).size };
}

describe('4 processes share one limit through Redis; one of them is killed mid-request', () => {
  let run: Run;
  let reports: (WorkerReport | undefined)[];
  let killedAt = 0;
  const PAGES = 4; // 80 tasks each: 4 pages out, 16 chunks of 5 in; 20 requests a worker

  beforeAll(async () => {
    run = await startRun(PAGES);
    const { fake } = run;
    // Once worker 0 has sent 3 requests, its next one hangs at the server; kill it while it does.
    fake.fault = (req) => (req.authorization === `Bearer ${tokenOf(0)}` && byWorker(fake.requests, 0).length > 3 ? 'slow' : undefined);
    await until(() => byWorker(fake.requests, 0).length > 3);
    run.workers[0]!.child.kill('SIGKILL');
    killedAt = Date.now();
    reports = await Promise.all(run.workers.map((w) => w.report));
  });
  afterAll(() => endRun(run));

  it('no request drew a 429: never more than 7 arrived in any 1000 ms', () => {
    expect(run.fake.stats.rateLimited).toBe(0);
    expect(maxInWindow(run.fake.requests.map((r) => r.at), 1000)).toBeLessThanOrEqual(7);
    // The limit was really reached, so the test could have failed.
    expect(maxInWindow(run.fake.requests.map((r) => r.at), 1000)).toBe(7);
  });

  it('the survivors finished their work: everything imported once, nothing lost', () => {
    expect(reports[0]).toBeUndefined(); // killed
    for (const index of [1, 2, 3]) {
      expect(reports[index]).toMatchObject({ type: 'done', exported: PAGES * 20, imported: PAGES * 20 });
      expect(importedBy(run.fake, index)).toEqual({ count: PAGES * 20, distinct: PAGES * 20 });
    }
  });

  it('the dead worker\'s slot came back after its lease: the others went at the full 7 per second', () => {
    // The lease is 2 s; from then on the three survivors had all 7 slots between them.
    const survivors = run.fake.requests.filter((r) => r.authorization !== `Bearer ${tokenOf(0)}`).map((r) => r.at);
    const lastSurvivor = Math.max(...survivors);
    const from = killedAt + 2500;
    expect(lastSurvivor).toBeGreaterThan(from + 2000); // enough work left to measure two windows
    const inTwoWindows = survivors.filter((t) => t >= from && t < from + 2000).length;
    expect(inTwoWindows).toBeGreaterThanOrEqual(12); // of 14 at the ceiling
  });
});

describe('Redis stops mid-run', () => {
  let run: Run;
  let reports: (WorkerReport | undefined)[];
  let stoppedAt = 0;
  // 80 tasks each: 20 requests a worker, so Redis stops (after 10 arrivals) well before anyone is done, even on a loaded machine.
  const PAGES = 4;
  // Workers 0 and 1 fail fast (the default); 2 and 3 fall back to a local limiter of 2 per second (4 together, within the 7).
  const fallbackLimit = (index: number) => (index >= 2 ? 2 : undefined);

  beforeAll(async () => {
    run = await startRun(PAGES, (index) => ({ fallbackLimit: fallbackLimit(index) }));
    await until(() => run.fake.requests.length >= 10);
    await run.redis.stop();
    stoppedAt = Date.now();
    reports = await Promise.all(run.workers.map((w) => w.report));
  });
  afterAll(() => endRun(run));

  it('fail-fast workers stop with RedisLimiterUnavailableError within seconds, sending nothing more', () => {
    for (const index of [0, 1]) {
      const report = reports[index]!;
      expect(report.type).toBe('failed');
      expect([report.type === 'failed' && report.name, ...(report.type === 'failed' ? report.causes : [])]).toContain('RedisLimiterUnavailableError');
      expect(report.at - stoppedAt).toBeLessThan(5000); // redisTimeoutMs is 2000
      const sent = byWorker(run.fake.requests, index).map((r) => r.at);
      expect(sent.filter((t) => t > stoppedAt + 100)).toEqual([]);
    }
  });

  it('workers with a fallback finish their work on the local limiter', () => {
    for (const index of [2, 3]) {
      expect(reports[index]).toMatchObject({ type: 'done', exported: PAGES * 20, imported: PAGES * 20 });
      expect(importedBy(run.fake, index)).toEqual({ count: PAGES * 20, distinct: PAGES * 20 });
    }
  });

  it('no 429 before or after', () => {
    expect(run.fake.stats.rateLimited).toBe(0);
  });
});
