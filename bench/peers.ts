// The two amoCRM clients on npm a user would pick instead of this one, each set up as its README
// says, behind one small interface so the per-request and throughput benches drive them alike.
// Bench-only devDependencies: nothing in src/ imports them.
//
// Both speak only https to `https://{domain}`: @shevernitskiy/amo through the global fetch (so it
// shares the undici pool with the other fetch-based variants), amocrm-js through node:https with
// no port option and no agent option, so the bench points https's global agent's default port at
// its local server for as long as that client lives.
import { Amo, ApiError } from '@shevernitskiy/amo';
import { Client as AmoCrmJs } from 'amocrm-js';
import { readFileSync } from 'node:fs';
import { globalAgent as httpsGlobalAgent, type Agent } from 'node:https';
import { join } from 'node:path';

export const PEERS = {
  shevernitskiy: '@shevernitskiy/amo',
  'amocrm-js': 'amocrm-js',
} as const;
export type PeerName = keyof typeof PEERS;
export const PEER_NAMES = Object.keys(PEERS) as PeerName[];

/** "name version", read from the installed package. */
export function peerLabel(root: string, name: PeerName): string {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules', PEERS[name], 'package.json'), 'utf8')) as { version: string };
  return `${PEERS[name]} ${pkg.version}`;
}

export interface TaskInput {
  text: string;
  complete_till: number;
}

export interface PeerClient {
  /** GET /api/v4/tasks/{id}. */
  getTask(id: number): Promise<{ id?: number } | undefined>;
  /** Lists every task, `pageSize` a page, the peer's own way; returns how many it read. */
  exportTasks(pageSize: number): Promise<number>;
  /** Creates `items` in chunks of `chunkSize`, one request per chunk; returns how many the answers confirm. */
  importTasks(items: TaskInput[], chunkSize: number): Promise<number>;
  /** Calls the bench had to repeat because the peer threw on a 429 (see `untilAdmitted`). */
  readonly repeatedAfter429: number;
  close(): void;
}

export interface PeerOptions {
  /** `false` switches the peer's own throttle off (the per-request figure); `true` keeps its default. */
  throttle: boolean;
}

const TASK_PAGE_LIMIT = 250;
/** node:https takes a request's port from its agent's `defaultPort` (443) when the request names none; @types/node leaves it out. */
const globalAgent = httpsGlobalAgent as Agent & { defaultPort: number };

/**
 * Neither peer retries a 429 (amocrm-js has no throttle at all), so a loop written from either
 * README stops at the first one. The least a user must add, and what the bench adds around every
 * peer call: on a 429, wait the `retry_after` amoCRM sends (1 s) and repeat the call.
 */
async function untilAdmitted<T>(call: () => Promise<T>, isRateLimited: (error: unknown) => boolean, onRepeat: () => void): Promise<T> {
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!isRateLimited(error)) throw error;
      onRepeat();
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** @shevernitskiy/amo: `new Amo(domain, oauthToken, { request_delay })`; its queue spaces request starts `request_delay` ms apart (150 by default). */
function shevernitskiy(origin: string, token: string, { throttle }: PeerOptions): PeerClient {
  const amo = new Amo(new URL(origin).host, {
    client_id: 'bench-client', client_secret: 'bench-secret', redirect_uri: 'https://example.com/oauth',
    token_type: 'Bearer', expires_in: 86400, access_token: token, refresh_token: 'bench-refresh',
    expires_at: Date.now() + 86_400_000,
  }, throttle ? {} : { request_delay: 0 });
  let repeated = 0;
  const admitted = <T>(call: () => Promise<T>) => untilAdmitted(call,
    (e) => e instanceof ApiError && (e.response as { status?: number } | undefined)?.status === 429, () => { repeated += 1; });
  return {
    getTask: (id) => amo.task.getTaskById(id),
    async exportTasks(pageSize) {
      let read = 0;
      for (let page = 1; ; page += 1) {
        const answer = await admitted(() => amo.task.getTasks({ page, limit: Math.min(pageSize, TASK_PAGE_LIMIT) }));
        read += answer._embedded.tasks.length;
        if (!(answer._links as { next?: unknown }).next) return read;
      }
    },
    async importTasks(items, chunkSize) {
      let written = 0;
      for (const chunk of chunks(items, chunkSize)) written += (await admitted(() => amo.task.addTasks(chunk)))._embedded.tasks.length;
      return written;
    },
    get repeatedAfter429() { return repeated; },
    close() {},
  };
}

/** amocrm-js: `new Client({ domain, auth: { ..., bearer } })` (a long-lived token); `client.request.get` and the `client.tasks` factory. No throttle. */
function amocrmJs(origin: string, token: string): PeerClient {
  const { hostname, port } = new URL(origin);
  const previousPort = globalAgent.defaultPort;
  globalAgent.defaultPort = Number(port);
  const client = new AmoCrmJs({
    domain: hostname,
    auth: { client_id: 'bench-client', client_secret: 'bench-secret', redirect_uri: 'https://example.com/oauth', bearer: token },
  });
  let repeated = 0;
  // It logs every error answer's body with console.error before it throws: quiet while it runs.
  const quiet = async <T>(call: () => Promise<T>): Promise<T> => {
    const log = console.error;
    console.error = () => {};
    try {
      return await call();
    } finally {
      console.error = log;
    }
  };
  const admitted = <T>(call: () => Promise<T>) => untilAdmitted(() => quiet(call),
    (e) => ((e as { data?: { status?: number } } | undefined)?.data?.status === 429), () => { repeated += 1; });
  return {
    getTask: async (id) => (await client.request.get(`/api/v4/tasks/${id}`)).data as { id?: number },
    async exportTasks(pageSize) {
      const pages = await admitted(() => client.tasks.get({ limit: Math.min(pageSize, TASK_PAGE_LIMIT) } as never));
      let read = pages.getData().length;
      while (pages.hasNext()) {
        await admitted(() => pages.next());
        read += pages.getData().length;
      }
      return read;
    },
    async importTasks(items, chunkSize) {
      let written = 0;
      for (const chunk of chunks(items, chunkSize)) written += (await admitted(() => client.tasks.create(chunk as never))).length;
      return written;
    },
    get repeatedAfter429() { return repeated; },
    close() {
      globalAgent.defaultPort = previousPort;
    },
  };
}

export function createPeer(name: PeerName, origin: string, token: string, options: PeerOptions): PeerClient {
  switch (name) {
    case 'shevernitskiy': return shevernitskiy(origin, token, options);
    case 'amocrm-js': return amocrmJs(origin, token);
    default: throw new Error(`unknown peer ${String(name)}`);
  }
}
