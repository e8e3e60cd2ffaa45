// Compile-time tests for the client's public types; checked by `tsc --noEmit`, never executed.
import { createAmoClient, paginate, paginateAll, type AmoValidationError, type components } from '../../src/index';
import { AmoBatchError, batch, isBatchErrorFor } from '../../src/batch';

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
    // Narrowed for the call: items and answers keep their types.
    if (isBatchErrorFor(error, 'POST', '/api/v4/tasks')) {
      const answer: TaskCreated | undefined = error.written[0]?.result;
      const sent: string | undefined = error.notWritten[0]?.item.text;
      const unsure: number | undefined = error.unknown[0]?.item.complete_till;
      // @ts-expect-error a created task's answer is not an updated one's
      const wrongAnswer: TaskUpdated['updated_at'] = error.written[0]!.result.updated_at;
      void answer; void sent; void unsure; void wrongAnswer;
    }
    if (isBatchErrorFor(error, 'PATCH', '/api/v4/tasks')) {
      const edited: TaskUpdated | undefined = error.written[0]?.result;
      void edited;
    }
    // @ts-expect-error only batch paths
    isBatchErrorFor(error, 'PATCH', '/api/v4/tasks/{id}');
  }

  // Path parameters: required at compile time where the path has them.
  for await (const field of paginate(client, '/api/v4/catalogs/{catalog_id}/custom_fields', { params: { path: { catalog_id: 7 } } })) {
    void field;
  }
  // @ts-expect-error {catalog_id} must be given
  paginate(client, '/api/v4/catalogs/{catalog_id}/custom_fields');
  // @ts-expect-error {catalog_id} must be given
  paginate(client, '/api/v4/catalogs/{catalog_id}/custom_fields', { params: { query: { limit: 5 } } });
  // @ts-expect-error {catalog_id} must be given
  await paginateAll(client, '/api/v4/catalogs/{catalog_id}/custom_fields');
  await paginateAll(client, '/api/v4/catalogs/{catalog_id}/custom_fields', { params: { path: { catalog_id: 7 } } });
  await batch(client, 'PATCH', '/api/v4/catalogs/{catalog_id}/custom_fields', [{ id: 1, name: 'Renamed' }], { params: { path: { catalog_id: 7 } } });
  // @ts-expect-error {catalog_id} must be given
  await batch(client, 'PATCH', '/api/v4/catalogs/{catalog_id}/custom_fields', [{ id: 1, name: 'Renamed' }]);
  // @ts-expect-error {catalog_id} must be given
  await batch(client, 'PATCH', '/api/v4/catalogs/{catalog_id}/custom_fields', [{ id: 1, name: 'Renamed' }], { chunkSize: 10 });
  // @ts-expect-error params are typed by the path
  await batch(client, 'PATCH', '/api/v4/catalogs/{catalog_id}/custom_fields', [{ id: 1 }], { params: { path: { catalog: 7 } } });
  // A path without parameters still takes no options.
  await batch(client, 'POST', '/api/v4/tasks', [{ text: 'Call', complete_till: 1588885140 }], { chunkSize: 10 });
  const v = null as unknown as AmoValidationError;
  const code: string | undefined = v.validationErrors[0]?.errors?.[0]?.code;

  return { tasks, all, created, updated, code };
}
