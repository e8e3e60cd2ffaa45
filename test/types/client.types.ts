// Compile-time tests for the client's public types; checked by `tsc --noEmit`, never executed.
import {
  AmoBatchError, batch, createAmoClient, paginate, paginateAll, type AmoValidationError, type components,
} from '../../src/index';

type Task = components['schemas']['Task'];
type TaskCreated = components['schemas']['TaskCreated'];
type TaskUpdated = components['schemas']['TaskUpdated'];

export async function clientTypes() {
  const client = createAmoClient({ subdomain: 'example', token: 'token' });
  createAmoClient({ subdomain: 'example', domain: 'kommo.com', token: 'token', rateLimit: false, retry: false });
  // @ts-expect-error the domain is one of amocrm.ru, kommo.com, amocrm.com
  createAmoClient({ subdomain: 'example', domain: 'evil.com', token: 'token' });

  const { data } = await client.GET('/api/v4/tasks', { params: { query: { filter: { is_completed: 1 } } } });
  const tasks: Task[] | undefined = data?._embedded.tasks;
  // @ts-expect-error a literal path of the spec only
  await client.GET('/api/v4/task');

  for await (const task of paginate(client, '/api/v4/tasks', { params: { query: { filter: { task_type: [2] } } } })) {
    const t: Task = task;
    // @ts-expect-error items are tasks (not any)
    const s: string = task;
    void t;
    void s;
  }
  const all: Task[] = await paginateAll(client, '/api/v4/tasks');
  // @ts-expect-error paginate takes list paths only (this one answers one task)
  paginate(client, '/api/v4/tasks/{id}');
  // @ts-expect-error the filter is typed by the path
  paginate(client, '/api/v4/tasks', { params: { query: { filter: { entity_type: 'deals' } } } });

  // @ts-expect-error answers are typed (not any)
  const wrong: string[] = await batch(client, 'POST', '/api/v4/tasks', [{ text: 'Call', complete_till: 1588885140 }]);
  void wrong;
  const created: TaskCreated[] = await batch(client, 'POST', '/api/v4/tasks', [{ text: 'Call', complete_till: 1588885140 }]);
  const updated: TaskUpdated[] = await batch(client, 'PATCH', '/api/v4/tasks', [{ id: 1, text: 'Renamed' }]);
  // @ts-expect-error a created task needs complete_till
  await batch(client, 'POST', '/api/v4/tasks', [{ text: 'No due date' }]);
  // @ts-expect-error only array-bodied writes can be batched
  await batch(client, 'PATCH', '/api/v4/tasks/{id}', []);

  try {
    await batch(client, 'POST', '/api/v4/tasks', []);
  } catch (error) {
    if (error instanceof AmoBatchError) {
      const firstUnknown: number | undefined = error.unknown[0]?.index;
      void firstUnknown;
    }
  }
  const v = null as unknown as AmoValidationError;
  const code: string | undefined = v.validationErrors[0]?.errors?.[0]?.code;

  return { tasks, all, created, updated, code };
}
