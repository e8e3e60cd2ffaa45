// Throughput at amoCRM's ceiling: the tests' fake amoCRM enforcing 7 requests per second (429
// beyond, sliding window), 10 000 tasks exported with paginate() (pages of 250) and 10 000 imported
// with batch() (chunks of 50), through one client with its default rate limit and retry.
import { batch } from '../src/batch';
import { createAmoClient, paginate } from '../src/index';
import { FakeAmoCrm } from '../test/client/fake-amocrm';
import { createStartCountedLimiter } from './start-counted-limiter';
import { maxInWindow } from './stats';

export interface ThroughputOptions {
  tasks: number;
  pageSize: number;
  chunkSize: number;
  /** The server's rule: at most `limit` requests arriving in any `windowMs` (1000: amoCRM's "7 per second" read strictly). */
  limit: number;
  windowMs: number;
  /** `client`: createAmoClient's own limiter (the default); `start-counted`: a shared limiter that counts starts (the old rule). */
  limiter: 'client' | 'start-counted';
}

export interface Phase {
  requests: number;
  seconds: number;
  idealSeconds: number;
  /** idealSeconds / seconds: 1 is the ceiling reached exactly; above 1 the first window's burst helped. */
  ofIdeal: number;
}

export interface ThroughputResult extends ThroughputOptions {
  export: Phase;
  import: Phase;
  total: Phase;
  rateLimited: number;
  /** The most requests the server saw arrive within any `windowMs` (admitted or not). */
  maxArrivalsInWindow: number;
}

const TOKEN = 'bench-token-0000';

export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const { tasks, pageSize, chunkSize, limit, windowMs } = options;
  const fake = await new FakeAmoCrm({ staticTokens: [TOKEN], limit, windowMs, retryAfter: 1 }).start();
  try {
    fake.seedTasks(tasks);
    // The client keeps its own idea of the limit (7 per 1000 ms) whatever the server's window.
    const client = createAmoClient({
      baseUrl: fake.origin, token: TOKEN, ...(options.limiter === 'start-counted' ? { rateLimit: createStartCountedLimiter(7, 1000) } : {}),
    });
    const perSecond = 7; // the ideal: amoCRM's 7 requests per second
    const phase = (requests: number, ms: number): Phase => {
      const idealSeconds = requests / perSecond;
      return { requests, seconds: ms / 1000, idealSeconds, ofIdeal: idealSeconds / (ms / 1000) };
    };
    const pages = Math.ceil(tasks / pageSize);
    const chunks = Math.ceil(tasks / chunkSize);

    const t0 = performance.now();
    let exported = 0;
    for await (const task of paginate(client, '/api/v4/tasks', { params: { query: { limit: pageSize } } })) {
      if (typeof task.id === 'number') exported += 1;
    }
    const t1 = performance.now();
    const items = Array.from({ length: tasks }, (_, i) => ({ text: `imported-${i}`, complete_till: 1588885140 + i }));
    const written = await batch(client, 'POST', '/api/v4/tasks', items, { chunkSize });
    const t2 = performance.now();

    if (exported !== tasks) throw new Error(`exported ${exported} tasks, expected ${tasks}`);
    if (written.length !== tasks || fake.tasks.size !== 2 * tasks) throw new Error(`imported ${written.length} tasks, expected ${tasks}`);
    return {
      ...options,
      export: phase(pages, t1 - t0),
      import: phase(chunks, t2 - t1),
      total: phase(pages + chunks, t2 - t0),
      rateLimited: fake.stats.rateLimited,
      maxArrivalsInWindow: maxInWindow(fake.requests.map((r) => r.at), windowMs),
    };
  } finally {
    await fake.stop();
  }
}
