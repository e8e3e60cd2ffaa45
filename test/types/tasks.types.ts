// Compile-time tests for the generated Tasks types; checked by `tsc --noEmit`, never executed.
// Each @ts-expect-error line is an assertion: the build fails if that wrong call type-checks.
import createClient from 'openapi-fetch';
import type { components, paths } from '../../generated/schema';

type Task = components['schemas']['Task'];

export async function typedTaskCalls() {
  const client = createClient<paths>({ baseUrl: 'https://example.amocrm.ru' });

  const { data } = await client.GET('/api/v4/tasks', {
    params: {
      query: {
        limit: 250,
        filter: { task_type: [2], is_completed: 1, updated_at: { from: 1575364000, to: 1576767914 } },
        order: { complete_till: 'asc' },
      },
    },
  });
  const tasks: Task[] | undefined = data?._embedded.tasks;
  const firstText: string | undefined = tasks?.[0]?.text;

  const one = await client.GET('/api/v4/tasks/{id}', { params: { path: { id: 56981 } } });
  if (one.data) {
    // Every key of the documented examples is required in the read model.
    const keys: [number, number, number, boolean, string, number, number] = [
      one.data.id, one.data.complete_till, one.data.responsible_user_id, one.data.is_completed,
      one.data.text, one.data.account_id, one.data.created_at,
    ];
    void keys;
  }
  const created = await client.POST('/api/v4/tasks', { body: [{ text: 'Call back', complete_till: 1588885140, request_id: 'a' }] });
  const createdId: number | undefined = created.data?._embedded.tasks[0]?.id;
  const echoed: string | undefined = created.data?._embedded.tasks[0]?.request_id;
  void [createdId, echoed];
  await client.PATCH('/api/v4/tasks', { body: [{ id: 4745251, text: 'Renamed' }] });
  await client.PATCH('/api/v4/tasks/{id}', {
    params: { path: { id: 4747929 } },
    body: { is_completed: true, result: { text: 'Done' } },
  });
  const done = await client.PATCH('/api/v4/tasks/{id}', { params: { path: { id: 4747929 } }, body: { is_completed: true } });
  const updatedAt: number | undefined = done.data?.updated_at;
  void updatedAt;

  // @ts-expect-error entity_type is one of leads, contacts, companies, customers
  await client.GET('/api/v4/tasks', { params: { query: { filter: { entity_type: 'deals' } } } });
  // @ts-expect-error order takes asc or desc
  await client.GET('/api/v4/tasks', { params: { query: { order: { id: 'up' } } } });
  // @ts-expect-error creating a task requires complete_till
  await client.POST('/api/v4/tasks', { body: [{ text: 'No due date' }] });
  // @ts-expect-error a batch edit names each task by id
  await client.PATCH('/api/v4/tasks', { body: [{ text: 'Which task?' }] });
  // @ts-expect-error the path needs the task id
  await client.GET('/api/v4/tasks/{id}', {});

  return firstText;
}
