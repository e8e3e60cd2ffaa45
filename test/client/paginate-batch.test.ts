// paginate() and batch() against the fake amoCRM.
import { AmoForeignHostError, AmoValidationError, paginate, paginateAll } from '../../src/index';
import { AmoBatchError, batch, isBatchErrorFor } from '../../src/batch';
import { clientOf, startFake } from './helpers';
import { FakeAmoCrm } from './fake-amocrm';

let fake: FakeAmoCrm;
beforeEach(async () => { fake = await startFake({ limit: 10_000 }); });
afterEach(() => fake.stop());

describe('paginate', () => {
  it('follows _links.next through every page of 250, keeping the filter', async () => {
    fake.seedTasks(1200);
    const client = clientOf(fake, { rateLimit: false });
    const ids: number[] = [];
    for await (const task of paginate(client, '/api/v4/tasks', { params: { query: { limit: 250, filter: { task_type: [1, 2] } } } })) {
      ids.push(task.id!);
    }
    expect(ids).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
    expect(fake.requests.map((r) => r.rawQuery)).toEqual([
      'limit=250&filter[task_type][]=1&filter[task_type][]=2',
      ...[2, 3, 4, 5].map((p) => `limit=250&filter[task_type][]=1&filter[task_type][]=2&page=${p}`),
    ]);
  });

  it('stops on 204 and on a page without next; an empty list yields nothing', async () => {
    const client = clientOf(fake, { rateLimit: false });
    expect(await paginateAll(client, '/api/v4/tasks')).toEqual([]);
    fake.seedTasks(500); // exactly two full pages: the second has no next
    expect(await paginateAll(client, '/api/v4/tasks', { params: { query: { limit: 250 } } })).toHaveLength(500);
    expect(fake.requests).toHaveLength(3);
  });

  it('refuses a next link to another host, sending nothing there', async () => {
    const other = await new FakeAmoCrm({ staticTokens: [] }).start();
    const evil = await startFake({ limit: 10_000, nextLinkOrigin: other.origin });
    try {
      evil.seedTasks(300);
      const items: unknown[] = [];
      const run = async () => { for await (const t of paginate(clientOf(evil, { rateLimit: false }), '/api/v4/tasks', { params: { query: { limit: 250 } } })) items.push(t); };
      await expect(run()).rejects.toBeInstanceOf(AmoForeignHostError);
      expect(items).toHaveLength(250);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.stop();
      await evil.stop();
    }
  });

  it.each([
    ['the URL of the first request', (first: URL) => first.href],
    ['the first page\'s self link (page=1 spelled out, parameters reordered)', (first: URL) => `${first.origin}${first.pathname}?page=1&limit=250`],
  ])('a next link leading back to %s fails before yielding anything twice', async (_, backTo) => {
    fake.seedTasks(750);
    let firstUrl: URL | undefined;
    const client = clientOf(fake, {
      rateLimit: false,
      fetch: (async (request: Request) => {
        const url = new URL(request.url);
        firstUrl ??= url;
        const response = await fetch(request);
        if (url.searchParams.get('page') !== '2') return response;
        const body = await response.json() as { _links: { next?: { href: string } } };
        body._links.next = { href: backTo(firstUrl) }; // page 2 says: next is page 1
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/hal+json' } });
      }) as typeof fetch,
    });
    const ids: number[] = [];
    const run = async () => { for await (const t of paginate(client, '/api/v4/tasks', { params: { query: { limit: 250 } } })) ids.push(t.id!); };
    await expect(run()).rejects.toThrow(/_links\.next leads back to a page already read/);
    expect(ids).toEqual(Array.from({ length: 500 }, (_, i) => i + 1)); // pages 1 and 2, each once
    expect(fake.requests).toHaveLength(2);
  });

  it('refuses an unfilled {…} in the path before sending anything (paginate, batch, a plain call)', async () => {
    const client = clientOf(fake, { rateLimit: false });
    const unfilled = '/api/v4/catalogs/{catalog_id}/custom_fields' as const;
    const run = async () => { for await (const f of paginate(client, unfilled, {} as never)) void f; };
    await expect(run()).rejects.toThrow(new TypeError(`GET ${unfilled}: path parameter catalog_id is not given`));
    const error = await batch(client, 'PATCH', unfilled, [{ id: 1 }], {} as never).catch((e: unknown) => e) as AmoBatchError;
    expect(error).toBeInstanceOf(AmoBatchError);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(error.notWritten.map((n) => n.index)).toEqual([0]);
    expect(error.message).toBe(`PATCH ${unfilled}: batch stopped: 0 written, 1 not written, 0 unknown (path parameter catalog_id is not given)`);
    await expect(client.GET('/api/v4/tasks/{id}', { params: { path: {} } } as never)).rejects.toThrow(/path parameter id is not given/);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a per-request baseUrl pointing elsewhere (the token stays home)', async () => {
    const other = await new FakeAmoCrm().start();
    try {
      await expect(clientOf(fake, { rateLimit: false }).GET('/api/v4/tasks', { baseUrl: other.origin })).rejects.toBeInstanceOf(AmoForeignHostError);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.stop();
    }
  });
});

const task = (i: number) => ({ text: `task-${i}`, complete_till: 1588885140 + i });

describe('batch', () => {
  it('splits into chunks, assigns request_ids, and returns the answers in input order', async () => {
    const client = clientOf(fake, { rateLimit: false });
    const items = Array.from({ length: 120 }, (_, i) => task(i));
    items[5] = { ...items[5]!, request_id: 'mine' } as never;
    const results = await batch(client, 'POST', '/api/v4/tasks', items);
    expect(fake.countOf('POST', '/api/v4/tasks')).toBe(3);
    expect(fake.requests.map((r) => (r.body as unknown[]).length)).toEqual([50, 50, 20]);
    expect(results).toHaveLength(120);
    results.forEach((r, i) => {
      expect(r.request_id).toBe(i === 5 ? 'mine' : String(i));
      expect(fake.tasks.get(r.id!)!.text).toBe(`task-${i}`);
    });
    expect(items[0]).not.toHaveProperty('request_id'); // inputs untouched
  });

  it('matches answers by request_id even when the server answers out of order', async () => {
    const client = clientOf(fake, {
      rateLimit: false,
      fetch: (async (input: Request) => {
        const response = await fetch(input);
        const body = await response.json() as { _embedded: { tasks: unknown[] } };
        body._embedded.tasks.reverse();
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/hal+json' } });
      }) as typeof fetch,
    });
    const results = await batch(client, 'POST', '/api/v4/tasks', [task(0), task(1), task(2)]);
    expect(results.map((r) => fake.tasks.get(r.id!)!.text)).toEqual(['task-0', 'task-1', 'task-2']);
  });

  it('edits with PATCH the same way', async () => {
    fake.seedTasks(3);
    const results = await batch(clientOf(fake, { rateLimit: false }), 'PATCH', '/api/v4/tasks', [1, 2, 3].map((id) => ({ id, text: `renamed-${id}` })));
    expect(results.map((r) => r.id)).toEqual([1, 2, 3]);
    expect([...fake.tasks.values()].map((t) => t.text)).toEqual(['renamed-1', 'renamed-2', 'renamed-3']);
  });

  it('a rejected chunk: the items before are written, the rest are not, with the validation errors attached', async () => {
    const items = Array.from({ length: 130 }, (_, i) => task(i));
    items[60] = { text: '', complete_till: 1 };
    const error = await batch(clientOf(fake, { rateLimit: false }), 'POST', '/api/v4/tasks', items).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoBatchError);
    const b = error as AmoBatchError;
    expect(b.cause).toBeInstanceOf(AmoValidationError);
    expect(b.message).toBe('POST /api/v4/tasks: batch stopped: 50 written, 80 not written, 0 unknown (Bad Request: Request validation failed)');
    expect(isBatchErrorFor(error, 'POST', '/api/v4/tasks')).toBe(true);
    expect(isBatchErrorFor(error, 'PATCH', '/api/v4/tasks')).toBe(false);
    expect(isBatchErrorFor(b.cause, 'POST', '/api/v4/tasks')).toBe(false);
    expect(b.written.map((w) => w.index)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(b.notWritten.map((n) => n.index)).toEqual(Array.from({ length: 80 }, (_, i) => i + 50));
    expect(b.notWritten.find((n) => n.index === 60)!.errors).toEqual([{ code: 'NotBlank', path: 'text', detail: 'This value should not be blank.' }]);
    expect(b.unknown).toEqual([]);
    expect(fake.tasks.size).toBe(50);
    expect(fake.countOf('POST', '/api/v4/tasks')).toBe(2); // stopped at the failed chunk
  });

  it('a chunk whose answer was lost is reported as unknown, never re-sent', async () => {
    let posts = 0;
    fake.fault = (r) => (r.method === 'POST' && ++posts === 2 ? 'reset-after-apply' : undefined);
    const items = Array.from({ length: 120 }, (_, i) => task(i));
    const error = await batch(clientOf(fake, { rateLimit: false }), 'POST', '/api/v4/tasks', items).catch((e: unknown) => e) as AmoBatchError;
    expect(error).toBeInstanceOf(AmoBatchError);
    expect(error.written).toHaveLength(50);
    expect(error.unknown.map((u) => u.index)).toEqual(Array.from({ length: 50 }, (_, i) => i + 50));
    expect(error.notWritten.map((n) => n.index)).toEqual(Array.from({ length: 20 }, (_, i) => i + 100));
    expect(fake.tasks.size).toBe(100); // the lost chunk was applied once, not twice
    const all = [...error.written.map((w) => w.index), ...error.unknown.map((u) => u.index), ...error.notWritten.map((n) => n.index)];
    expect(all.sort((a, z) => a - z)).toEqual(items.map((_, i) => i)); // nothing lost from the report
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: 'AmoBatchError', unknown: expect.any(Array) });
  });

  it('rejects bad chunk sizes and duplicate request_ids before sending anything', async () => {
    const client = clientOf(fake, { rateLimit: false });
    await expect(batch(client, 'POST', '/api/v4/tasks', [task(0)], { chunkSize: 251 })).rejects.toThrow(RangeError);
    await expect(batch(client, 'POST', '/api/v4/tasks', [{ ...task(0), request_id: 'a' }, { ...task(1), request_id: 'a' }]))
      .rejects.toThrow(/request_id a is there twice/);
    expect(fake.requests).toHaveLength(0);
  });

  it('assigns request_ids that never collide with the given ones', async () => {
    const client = clientOf(fake, { rateLimit: false });
    const items = [{ ...task(0), request_id: '1' }, task(1), { ...task(2), request_id: '1_' }, task(3), { ...task(4), request_id: '3' }];
    const results = await batch(client, 'POST', '/api/v4/tasks', items);
    const sent = (fake.requests[0]!.body as { request_id: string }[]).map((i) => i.request_id);
    expect(new Set(sent).size).toBe(5);
    expect(sent[0]).toBe('1');
    expect(sent[2]).toBe('1_');
    expect(sent[4]).toBe('3');
    expect(results.map((r) => fake.tasks.get(r.id!)!.text)).toEqual(['task-0', 'task-1', 'task-2', 'task-3', 'task-4']);
  });
});
