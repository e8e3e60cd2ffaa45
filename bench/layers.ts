// Where createAmoClient's per-request overhead goes: openapi-fetch with light requests (the client's
// LightRequest, one Request built, by fetch), then the per-call wrapper (retry, timeout, JSON read
// once), then ONE layer of the fetch stack at a time on top of it, each against bare openapi-fetch.
// Raw fetch with and without a 30 s timeout signal shows the floor: what a timeout costs by itself;
// a hand-written wrapper of fetch, what a client costs that does not go through openapi-fetch.
// Not a target; `npm run bench -- --only=layers`.
import createClient from 'openapi-fetch';
import type { paths } from '../generated/schema';
import { createCallClient } from '../src/call';
import { fromFetch, LightRequest } from '../src/fetch-like';
import { serializeQuery, staticToken, withAuth, withBlockGuard, withTypedErrors, type FetchLike } from '../src/index';
import { interleave, startTaskServer } from './overhead';
import { median } from './stats';

export interface LayersResult {
  rounds: number;
  perRound: number;
  bareUs: number;
  /** Median µs of one request of each variant minus bare openapi-fetch's (negative: cheaper than bare). */
  addedUs: Record<string, number>;
}

export async function measureLayers(rounds: number, perRound: number): Promise<LayersResult> {
  const server = await startTaskServer();
  try {
    const { origin } = server;
    const send = fromFetch();
    const params = { path: { id: 1 } };
    const options = { baseUrl: origin, querySerializer: serializeQuery };
    const wrapped = (stack: FetchLike, timeoutMs = 30_000) => createCallClient(stack, options, { retry: {}, timeoutMs });
    const url = `${origin}/api/v4/tasks/1`;
    const headers = { Authorization: 'Bearer bench-token-0000' };
    const clients = {
      bare: createClient<paths>({ ...options, headers }),
      'light requests (LightRequest, no wrapper)': createClient<paths>({ ...options, headers, Request: LightRequest as never, fetch: send as never }),
      'per-call wrapper, no timeout (retry, JSON read)': wrapped(send, 0),
      'per-call wrapper with the 30 s timeout': wrapped(send),
      'wrapper + typed errors': wrapped(withTypedErrors(send)),
      'wrapper + block guard': wrapped(withBlockGuard(send)),
      'wrapper + auth': wrapped(withAuth(send, staticToken('bench-token-0000'), origin)),
    };
    const calls: Record<string, () => Promise<{ id?: number } | undefined>> = {
      'raw fetch': async () => (await (await fetch(url, { headers })).json()) as { id?: number },
      'raw fetch + a 30 s timeout signal': async () => {
        const timeout = new AbortController();
        const timer = setTimeout(() => timeout.abort(), 30_000);
        try {
          return (await (await fetch(url, { headers, signal: timeout.signal })).json()) as { id?: number };
        } finally {
          clearTimeout(timer);
        }
      },
      'hand-written fetch wrapper (path, headers, status and type checks, JSON; no openapi-fetch)': async () => {
        const path = '/api/v4/tasks/{id}'.replace('{id}', encodeURIComponent(params.path.id));
        const response = await fetch(`${origin}${path}`, { headers, redirect: 'manual' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const text = await response.text();
        if (!/json/i.test(response.headers.get('content-type') ?? '')) throw new Error('not JSON');
        return JSON.parse(text) as { id?: number };
      },
      ...Object.fromEntries(Object.entries(clients).map(([name, client]) => (
        [name, async () => (await client.GET('/api/v4/tasks/{id}', { params })).data]
      ))),
    };
    const times = await interleave(calls, rounds, perRound);
    const us = (name: string) => median(times[name]!.requestMs) * 1000;
    const bareUs = us('bare');
    const addedUs = Object.fromEntries(Object.keys(calls).filter((n) => n !== 'bare').map((n) => [n, us(n) - bareUs]));
    return { rounds, perRound, bareUs, addedUs };
  } finally {
    await server.stop();
  }
}
