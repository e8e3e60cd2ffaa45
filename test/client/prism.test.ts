// The client against the Prism mock of the spec: requests the spec accepts, answers it documents.
// Tasks and OAuth in detail; test/mock/client-against-mock.test.ts makes one call per operation.
import {
  AmoApiError, AmoForeignHostError, createAmoClient, exchangeCode, paginate, type AmoClient,
} from '../../src/index';
import { batch } from '../../src/batch';
import { startMock, type RunningMock } from '../helpers/mock';

let prism: RunningMock;
let client: AmoClient;
beforeAll(async () => {
  prism = await startMock();
  client = createAmoClient({ baseUrl: prism.baseUrl, token: 'any-token-for-prism', rateLimit: false, retry: false });
}, 60_000);
afterAll(() => prism?.stop());

describe('Tasks against the Prism mock', () => {
  it('lists tasks with a PHP-style filter the mock validates', async () => {
    const { data, response } = await client.GET('/api/v4/tasks', {
      params: { query: { filter: { task_type: [2], is_completed: [1], updated_at: { from: 1575364000, to: 1576767914 } }, order: { id: 'asc' }, limit: 2 } },
    });
    expect(response.status).toBe(200);
    expect(data?._embedded.tasks[0]?.text).toBe('Пригласить на бесплатную тренировку');
  });

  it('a 204 (Prefer: code=204) is an empty result', async () => {
    const { data, response } = await client.GET('/api/v4/tasks', { headers: { Prefer: 'code=204' } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });

  it('paginate follows the mock\'s next links to the 204 end (the example is page 1 of 2; each page repeats its tasks)', async () => {
    const seen: number[] = [];
    for await (const t of paginate(client, '/api/v4/tasks', { params: { query: { limit: 2 } } })) seen.push(t.id!);
    expect(seen).toEqual([7087, 215089, 7087, 215089]);
  });

  it('gets one task and edits one', async () => {
    const { data } = await client.GET('/api/v4/tasks/{id}', { params: { path: { id: 56981 } } });
    expect(typeof data?.id).toBe('number');
    const edited = await client.PATCH('/api/v4/tasks/{id}', { params: { path: { id: 4747929 } }, body: { is_completed: true, result: { text: 'Done' } } });
    expect(edited.response.status).toBe(200);
  });

  it('batch-creates and batch-edits through the mock', async () => {
    const created = await batch(client, 'POST', '/api/v4/tasks', [{ text: 'Call back', complete_till: 1588885140, task_type_id: 1 }]);
    expect(created).toHaveLength(1);
    const updated = await batch(client, 'PATCH', '/api/v4/tasks', [{ id: 4745251, text: 'Renamed', request_id: '0' }]);
    expect(updated).toHaveLength(1);
  });

  it('a request the spec rejects comes back as a typed error', async () => {
    const error = await client.POST('/api/v4/tasks', { body: [{ text: 'No due date' } as never] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoApiError);
    expect((error as AmoApiError).status).toBeGreaterThanOrEqual(400);
    expect((error as AmoApiError).status).toBeLessThan(500);
  });
});

describe('OAuth against the Prism mock', () => {
  it('exchangeCode sends a body the spec accepts and reads the documented pair', async () => {
    const tokens = await exchangeCode({
      baseUrl: prism.baseUrl, clientId: 'c', clientSecret: 's', redirectUri: 'https://example.com/oauth', code: 'def50200a1b2c3d4e5f6',
    });
    expect(tokens.accessToken).toMatch(/^eyJ/);
    expect(tokens.refreshToken.length).toBeGreaterThan(0);
  });
});
