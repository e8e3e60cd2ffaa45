import { serializeQuery } from '../../src/index';
import { clientOf, startFake } from './helpers';
import type { FakeAmoCrm } from './fake-amocrm';

describe('serializeQuery (amoCRM / PHP style)', () => {
  it('writes arrays as key[]=v, objects as key[sub]=v, in order', () => {
    expect(serializeQuery({
      filter: { task_type: [1, 2], updated_at: { from: 1575364000, to: 1576767914 } },
      order: { id: 'asc' },
      limit: 250,
    })).toBe('filter[task_type][]=1&filter[task_type][]=2&filter[updated_at][from]=1575364000'
      + '&filter[updated_at][to]=1576767914&order[id]=asc&limit=250');
  });

  it('turns booleans into 1/0 and leaves out undefined and null', () => {
    expect(serializeQuery({ filter: { is_completed: true, x: undefined, y: null }, flag: false, gone: undefined }))
      .toBe('filter[is_completed]=1&flag=0');
  });

  it('percent-encodes names and values but keeps the brackets literal', () => {
    expect(serializeQuery({ query: 'a&b=c d/é', filter: { 'na me': ['x]y'] } }))
      .toBe('query=a%26b%3Dc%20d%2F%C3%A9&filter[na%20me][]=x%5Dy');
  });

  it('indexes arrays of objects, which PHP would otherwise split at every []', () => {
    expect(serializeQuery({ filter: { custom_fields_values: [{ field_id: 5, values: ['a', 'b'] }] } }))
      .toBe('filter[custom_fields_values][0][field_id]=5&filter[custom_fields_values][0][values][]=a'
        + '&filter[custom_fields_values][0][values][]=b');
  });

  it('gives an empty string for an empty or missing query', () => {
    expect(serializeQuery({})).toBe('');
    expect(serializeQuery(undefined)).toBe('');
  });
});

describe('the client sends filters the way amoCRM reads them', () => {
  let fake: FakeAmoCrm;
  beforeEach(async () => { fake = await startFake(); });
  afterEach(() => fake.stop());

  it('puts the serialised filter on the wire unchanged (openapi-fetch alone would throw on it)', async () => {
    fake.seedTasks(4);
    const client = clientOf(fake, { rateLimit: false });
    const { data } = await client.GET('/api/v4/tasks', {
      params: { query: { filter: { task_type: [2], updated_at: { from: 1, to: 2000000000 } }, order: { id: 'asc' }, limit: 250 } },
    });
    expect(fake.requests[0]!.rawQuery)
      .toBe('filter[task_type][]=2&filter[updated_at][from]=1&filter[updated_at][to]=2000000000&order[id]=asc&limit=250');
    expect(data?._embedded.tasks.map((t) => t.task_type_id)).toEqual([2, 2]);
  });
});
