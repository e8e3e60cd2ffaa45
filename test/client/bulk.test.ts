// 10 000 tasks exported and imported through a fake amoCRM that fails 20 % of requests.
// Reads get every kind of fault (resets, 502/503/504, 429, slow answers, malformed or cut bodies);
// writes get only 429, the one failure that proves nothing was applied: a client cannot know
// whether a write answered by a reset or a 5xx landed, so it never repeats one (see batch tests).
import { createAmoClient, paginateAll } from '../../src/index';
import { batch } from '../../src/batch';
import { FakeAmoCrm, seededRandom, type Fault, type RequestInfo } from './fake-amocrm';
import { TOKEN } from './helpers';

const READ_FAULTS: Fault[] = ['reset', '502', '503', '504', '429', 'slow', 'malformed', 'drop-body'];

function faulty(seed: number) {
  const random = seededRandom(seed);
  return (req: RequestInfo): Fault | undefined => {
    if (random() >= 0.2) return undefined;
    if (req.method !== 'GET') return '429';
    return READ_FAULTS[Math.floor(random() * READ_FAULTS.length)];
  };
}

// The limit scaled down to 7 per 20 ms so the test runs in seconds; the logic is the same.
const fast = { limit: 7, windowMs: 20, retryAfter: 1, slowMs: 1500 };
// Reads time out after 300 ms (a slow answer is then retried); writes wait long, because a write
// that timed out may have landed and is never repeated, so a busy CI machine must not cause one.
const clientFor = (fake: FakeAmoCrm, timeoutMs: number) => createAmoClient({
  baseUrl: fake.origin, token: TOKEN, timeoutMs,
  rateLimit: { limit: 7, intervalMs: 22 },
  retry: { retries: 8, rateLimitRetries: 12, baseDelayMs: 2, maxDelayMs: 20, maxRetryAfterMs: 10 },
});

describe('bulk export and import under 20 % faults', () => {
  const source = new FakeAmoCrm({ ...fast, staticTokens: [TOKEN], fault: faulty(1) });
  const target = new FakeAmoCrm({ ...fast, staticTokens: [TOKEN], fault: faulty(2) });
  beforeAll(async () => { await source.start(); await target.start(); });
  afterAll(async () => { await source.stop(); await target.stop(); });

  it('loses nothing and duplicates nothing', async () => {
    source.seedTasks(10_000);
    const exported = await paginateAll(clientFor(source, 300), '/api/v4/tasks', { params: { query: { limit: 250 } } });
    expect(exported).toHaveLength(10_000);
    expect(new Set(exported.map((t) => t.id)).size).toBe(10_000);

    const results = await batch(clientFor(target, 10_000), 'POST', '/api/v4/tasks',
      exported.map((t) => ({ text: t.text!, complete_till: t.complete_till!, task_type_id: t.task_type_id })));
    expect(results).toHaveLength(10_000);

    const stored = [...target.tasks.values()];
    expect(stored).toHaveLength(10_000);
    expect(new Set(stored.map((t) => t.text)).size).toBe(10_000);
    results.forEach((r, i) => expect(target.tasks.get(r.id!)!.text).toBe(exported[i]!.text));

    // The faults really happened, on both sides.
    expect(source.stats.faults).toBeGreaterThan(3);
    expect(target.stats.faults).toBeGreaterThan(20);
    expect(target.stats.applied).toBe(10_000);
  });
});
