// Where createAmoClient's per-request overhead goes: openapi-fetch with light requests (the client's
// LightRequest, one Request built, by fetch), then the per-call wrapper (retry, timeout, JSON read
// once), then ONE layer of the fetch stack at a time on top of it, each against bare openapi-fetch.
// Raw fetch with and without a 30 s timeout signal shows the floor: what a timeout costs by itself;
// a hand-written wrapper of fetch, what a client costs that does not go through openapi-fetch; a
// GET through node:https (no fetch at all, as amocrm-js sends), what fetch itself costs.
// Over https, to the per-request figure's server. Not a target; `npm run bench -- --only=layers`.
import { Agent, request } from 'node:https';
import { createCallClient } from '../src/call';
import { fromFetch } from '../src/fetch-like';
import { serializeQuery, staticToken, withAuth, withBlockGuard, withTypedErrors, type FetchLike } from '../src/index';
import type { TlsPair } from './https';
import {
  AUTH_HEADERS, baselineCalls, figures, interleave, startTaskServer, TASK_PARAMS, TOKEN, type Call, type VariantFigures,
} from './overhead';

/** The variant every layer is compared with. */
export const BARE = 'bare openapi-fetch';

export interface LayersResult {
  rounds: number;
  perRound: number;
  /** Each variant's figures against raw fetch (median request). */
  variants: Record<string, VariantFigures>;
}

export async function measureLayers(rounds: number, perRound: number, tls: TlsPair): Promise<LayersResult> {
  const server = await startTaskServer(tls);
  try {
    const { origin } = server;
    const send = fromFetch();
    const options = { baseUrl: origin, querySerializer: serializeQuery };
    const wrapped = (stack: FetchLike, timeoutMs = 30_000) => createCallClient(stack, options, { retry: {}, timeoutMs });
    const url = `${origin}/api/v4/tasks/1`;
    const base = baselineCalls(origin);
    const agent = new Agent({ keepAlive: true });
    const { hostname, port } = new URL(origin);
    const httpsGet = () => new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
      const sent = request({ hostname, port, path: '/api/v4/tasks/1', headers: AUTH_HEADERS, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({
          status: response.statusCode ?? 0, headers: response.headers as Record<string, string>, body: Buffer.concat(chunks),
        }));
        response.on('error', reject);
      });
      sent.on('error', reject);
      sent.end();
    });
    const clients = {
      'per-call wrapper, no timeout (retry, JSON read)': wrapped(send, 0),
      'per-call wrapper with the 30 s timeout': wrapped(send),
      'wrapper + typed errors': wrapped(withTypedErrors(send)),
      'wrapper + block guard': wrapped(withBlockGuard(send)),
      'wrapper + auth': wrapped(withAuth(send, staticToken(TOKEN), origin)),
    };
    const calls: Record<string, Call> = {
      'raw fetch': base.fetch,
      'raw fetch + a 30 s timeout signal': async () => {
        const timeout = new AbortController();
        const timer = setTimeout(() => timeout.abort(), 30_000);
        try {
          return (await (await fetch(url, { headers: AUTH_HEADERS, signal: timeout.signal })).json()) as { id?: number };
        } finally {
          clearTimeout(timer);
        }
      },
      'raw fetch + AbortSignal.timeout(30 s)': async () => (
        await (await fetch(url, { headers: AUTH_HEADERS, signal: AbortSignal.timeout(30_000) })).json()) as { id?: number },
      'hand-written fetch wrapper (path, headers, status and type checks, JSON; no openapi-fetch)': async () => {
        const path = '/api/v4/tasks/{id}'.replace('{id}', encodeURIComponent(TASK_PARAMS.path.id));
        const response = await fetch(`${origin}${path}`, { headers: AUTH_HEADERS, redirect: 'manual' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const text = await response.text();
        if (!/json/i.test(response.headers.get('content-type') ?? '')) throw new Error('not JSON');
        return JSON.parse(text) as { id?: number };
      },
      'node:https request, JSON (no fetch)': async () => JSON.parse((await httpsGet()).body.toString('utf8')) as { id?: number },
      'node:https request wrapped in a Response (a transport for openapi-fetch without fetch)': async () => {
        const { status, headers, body } = await httpsGet();
        return (await new Response(new Uint8Array(body), { status, headers }).json()) as { id?: number };
      },
      [BARE]: base.openapiFetch,
      'light requests (LightRequest, no wrapper)': base.openapiFetchLight,
      ...Object.fromEntries(Object.entries(clients).map(([name, client]) => (
        [name, async () => (await client.GET('/api/v4/tasks/{id}', { params: TASK_PARAMS })).data]
      ))),
    };
    const times = await interleave(calls, rounds, perRound);
    agent.destroy();
    return { rounds, perRound, variants: figures(times, 'raw fetch') };
  } finally {
    await server.stop();
  }
}
