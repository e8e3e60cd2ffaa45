// Where createAmoClient's per-request overhead goes: bare openapi-fetch with ONE layer of the
// client's fetch stack at a time (they are exported), against bare openapi-fetch. Not a target;
// `npm run bench -- --only=layers`.
import createClient from 'openapi-fetch';
import type { paths } from '../generated/schema';
import { serializeQuery, staticToken, withAuth, withBlockGuard, withRetry, withTypedErrors, type FetchLike } from '../src/index';
import { interleave, startTaskServer } from './overhead';
import { median } from './stats';

export interface LayersResult {
  rounds: number;
  perRound: number;
  /** Median µs per request added to bare openapi-fetch by each layer alone (negative = noise). */
  addedUs: Record<string, number>;
  bareUs: number;
}

export async function measureLayers(rounds: number, perRound: number): Promise<LayersResult> {
  const server = await startTaskServer();
  try {
    const send: FetchLike = (request) => fetch(request);
    const stacks: Record<string, FetchLike> = {
      bare: send,
      'typed errors (30 s timeout)': withTypedErrors(send, 30_000),
      retry: withRetry(send, {}),
      'block guard': withBlockGuard(send),
      auth: withAuth(send, staticToken('bench-token-0000'), server.origin),
    };
    const params = { path: { id: 1 } };
    const calls = Object.fromEntries(Object.entries(stacks).map(([name, stack]) => {
      const client = createClient<paths>({ baseUrl: server.origin, fetch: stack as typeof fetch, querySerializer: serializeQuery });
      return [name, async () => (await client.GET('/api/v4/tasks/{id}', { params })).data];
    }));
    const times = await interleave(calls, rounds, perRound);
    const us = (name: string) => (median(times[name]!) / perRound) * 1000;
    const bareUs = us('bare');
    const addedUs = Object.fromEntries(Object.keys(stacks).filter((n) => n !== 'bare').map((n) => [n, us(n) - bareUs]));
    return { rounds, perRound, bareUs, addedUs };
  } finally {
    await server.stop();
  }
}
