// Throughput at amoCRM's ceiling: the tests' fake amoCRM over https, enforcing 7 requests per any
// 1000 ms counted at arrival (429 beyond), 10 000 tasks exported page by page (pages of 250) and
// 10 000 imported in chunks of 50, through one client with its default throttling: this client
// (paginate() and batch(), its own rate limit and retry), optionally through a shared limiter that
// counts starts (the old rule, for comparison), and each amoCRM peer the way its README has it.
import { batch } from '../src/batch';
import { createAmoClient, paginate } from '../src/index';
import { FakeAmoCrm } from '../test/client/fake-amocrm';
import type { TlsPair } from './https';
import { createPeer, type PeerName } from './peers';
import { createStartCountedLimiter } from './start-counted-limiter';
import { maxInWindow } from './stats';

/** `amo`: createAmoClient's own limiter (the default); `amo-start-counted`: a shared limiter that counts starts; else a peer. */
export type ThroughputClient = 'amo' | 'amo-start-counted' | PeerName;

export interface ThroughputOptions {
  client: ThroughputClient;
  tasks: number;
  pageSize: number;
  chunkSize: number;
  /** The server's rule: at most `limit` requests arriving in any `windowMs` (1000: amoCRM's "7 per second" read strictly). */
  limit: number;
  windowMs: number;
  tls: TlsPair;
}

export interface Phase {
  requests: number;
  seconds: number;
  idealSeconds: number;
  /** idealSeconds / seconds: 1 is the ceiling reached exactly; above 1 the first window's burst helped. */
  ofIdeal: number;
}

export interface ThroughputResult extends Omit<ThroughputOptions, 'tls'> {
  export: Phase;
  import: Phase;
  total: Phase;
  /** 429s the server answered. */
  rateLimited: number;
  /** The most requests the server saw arrive within any `windowMs` (admitted or not). */
  maxArrivalsInWindow: number;
  /** Calls the bench repeated after a peer threw on a 429 (0 for this client, which retries by itself). */
  repeatedByBench: number;
  /** Requests that reached the server in each phase, 429s included (the ideal counts pages + chunks). */
  arrived: { export: number; import: number };
}

const TOKEN = 'bench-token-0000';

/** Export then import, timed, through one client against a fresh fake. */
export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const { client: name, tasks, pageSize, chunkSize, limit, windowMs, tls } = options;
  const fake = await new FakeAmoCrm({ staticTokens: [TOKEN], limit, windowMs, retryAfter: 1, tls }).start();
  const peer = name === 'amo' || name === 'amo-start-counted' ? undefined : createPeer(name, fake.origin, TOKEN, { throttle: true });
  try {
    fake.seedTasks(tasks);
    // The client keeps its own idea of the limit (7 per 1000 ms) whatever the server's window.
    const amo = createAmoClient({
      baseUrl: fake.origin, token: TOKEN, ...(name === 'amo-start-counted' ? { rateLimit: createStartCountedLimiter(7, 1000) } : {}),
    });
    const items = Array.from({ length: tasks }, (_, i) => ({ text: `imported-${i}`, complete_till: 1588885140 + i }));
    const perSecond = 7; // the ideal: amoCRM's 7 requests per second
    const phase = (requests: number, ms: number): Phase => {
      const idealSeconds = requests / perSecond;
      return { requests, seconds: ms / 1000, idealSeconds, ofIdeal: idealSeconds / (ms / 1000) };
    };
    const pages = Math.ceil(tasks / pageSize);
    const chunks = Math.ceil(tasks / chunkSize);

    const t0 = performance.now();
    let exported = 0;
    if (peer) {
      exported = await peer.exportTasks(pageSize);
    } else {
      for await (const task of paginate(amo, '/api/v4/tasks', { params: { query: { limit: pageSize } } })) {
        if (typeof task.id === 'number') exported += 1;
      }
    }
    const t1 = performance.now();
    const arrivedInExport = fake.requests.length;
    const written = peer ? await peer.importTasks(items, chunkSize) : (await batch(amo, 'POST', '/api/v4/tasks', items, { chunkSize })).length;
    const t2 = performance.now();

    if (exported !== tasks) throw new Error(`${name}: exported ${exported} tasks, expected ${tasks}`);
    if (written !== tasks || fake.tasks.size !== 2 * tasks) throw new Error(`${name}: imported ${written} tasks (server has ${fake.tasks.size - tasks}), expected ${tasks}`);
    const { tls: _tls, ...shown } = options;
    return {
      ...shown,
      export: phase(pages, t1 - t0),
      import: phase(chunks, t2 - t1),
      total: phase(pages + chunks, t2 - t0),
      rateLimited: fake.stats.rateLimited,
      maxArrivalsInWindow: maxInWindow(fake.requests.map((r) => r.at), windowMs),
      repeatedByBench: peer?.repeatedAfter429 ?? 0,
      arrived: { export: arrivedInExport, import: fake.requests.length - arrivedInExport },
    };
  } finally {
    peer?.close();
    await fake.stop();
  }
}
