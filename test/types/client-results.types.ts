// Compile-time tests for what a call of the client resolves to; checked by `tsc --noEmit`, never
// executed. Errors are thrown, so a result has no `error`, and `data` is the 2xx body: undefined
// only where the operation documents an answer without a body (204, an empty 202).
import { createAmoClient, type components } from '../../src/index';

type Task = components['schemas']['Task'];

export async function resultTypes() {
  const client = createAmoClient({ subdomain: 'example', token: 'token' });

  // 200 only: data is the task, never undefined.
  const one = await client.GET('/api/v4/tasks/{id}', { params: { path: { id: 1 } } });
  const task: Task = one.data;
  const id: number | undefined = one.data.id;
  // @ts-expect-error there is no error member: errors are thrown
  void one.error;

  // 200 or 204 (nothing matches): data may be undefined, and the compiler says so.
  const list = await client.GET('/api/v4/tasks');
  // @ts-expect-error the list documents a 204, so data may be undefined
  const tasks: Task[] = list.data._embedded.tasks;
  const maybe: Task[] | undefined = list.data?._embedded.tasks;

  // 204 only: data is undefined.
  const removed = await client.DELETE('/api/v4/widgets/{widget_code}', { params: { path: { widget_code: 'w' } } });
  const nothing: undefined = removed.data;
  // An empty 202: undefined as well.
  const continued = await client.POST('/api/v4/salesbot/{bot_id}/continue/{continue_id}', {
    params: { path: { bot_id: 1, continue_id: 2 } }, body: { data: {} },
  });
  const alsoNothing: undefined = continued.data;

  // 201 with a body: data is the body.
  const created = await client.POST('/api/v4/leads/custom_fields', { body: [{ name: 'Source', type: 'text' }] });
  const fields: unknown[] = created.data._embedded.custom_fields;

  // request() is typed the same way.
  const viaRequest = await client.request('get', '/api/v4/tasks/{id}', { params: { path: { id: 1 } } });
  const sameTask: Task = viaRequest.data;

  // parseAs still changes what data is.
  const text = await client.GET('/api/v4/tasks/{id}', { params: { path: { id: 1 } }, parseAs: 'text' });
  const raw: string = text.data;

  // The path parameters are required where the path has them.
  // @ts-expect-error {id} needs params.path.id
  await client.GET('/api/v4/tasks/{id}');

  return { task, id, tasks, maybe, nothing, alsoNothing, fields, sameTask, raw };
}
