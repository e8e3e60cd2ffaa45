// A fake amoCRM of the tests' own, on 127.0.0.1 (port 0): the behaviours the client must survive.
// Tasks only: list (pages of up to 250, 204 when empty), batch create and edit (400 with
// validation-errors, nothing applied), get by id. Plus the OAuth token endpoint with single-use
// refresh tokens, a sliding-window rate limit answering 429, the nginx HTML 403, and faults on demand.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export type Fault =
  | 'reset' // destroy the socket before doing anything
  | 'reset-after-apply' // apply the write, then destroy the socket instead of answering
  | 'drop-body' // send headers and half a JSON body, then destroy the socket
  | '429' | '502' | '503' | '504'
  | 'slow' // answer normally after `slowMs`
  | 'malformed' // 200 with a broken JSON body
  | 'html403' // the nginx blocked page
  | 'echo-secrets' // a 500 whose problem detail and body repeat the Authorization header and the body
  | 'echo-html-200'; // a 200 HTML page (a captive portal, a misrouted proxy) that repeats the Authorization header

export interface FakeOptions {
  /** Requests per window before 429 (default 7). */
  limit?: number;
  /**
   * Window in ms (default 950: a little looser than the client's 1000 ms, so that localhost jitter
   * in arrival times is not mistaken for a breach).
   */
  windowMs?: number;
  /** `retry_after` (seconds) in 429 bodies (default 1). */
  retryAfter?: number;
  /** Long-lived tokens accepted as they are. */
  staticTokens?: string[];
  clientId?: string;
  clientSecret?: string;
  slowMs?: number;
  /** Chooses a fault for a request, or none. Called for every request, after the rate limit check. */
  fault?: (req: RequestInfo) => Fault | undefined;
  /** Extra host to put into `_links.next` (to test that the client refuses foreign links). */
  nextLinkOrigin?: string;
  /** Serve https with this key and certificate (PEM) instead of http (the bench's https-only peers). */
  tls?: { key: string; cert: string };
}

export interface RequestInfo {
  method: string;
  path: string;
  rawQuery: string;
  authorization?: string;
  body?: unknown;
  at: number;
}

export interface StoredTask {
  id: number;
  text: string;
  complete_till: number;
  is_completed: boolean;
  task_type_id: number;
  updated_at: number;
}

export class FakeAmoCrm {
  readonly requests: RequestInfo[] = [];
  readonly tasks = new Map<number, StoredTask>();
  readonly stats = { rateLimited: 0, refreshCalls: 0, faults: 0, applied: 0 };
  /** Every refresh token presented to the token endpoint, in order. */
  readonly refreshTokensPresented: string[] = [];
  /** Access tokens accepted now; add or remove to simulate expiry and revocation. */
  readonly accessTokens = new Set<string>();
  /** Refresh tokens not yet used. */
  readonly refreshTokens = new Set<string>();
  /** When each access token was first issued (ms), to check ordering against onTokens. */
  readonly issuedAt = new Map<string, number>();
  /** The first time each access token was used on an API call. */
  readonly firstUse = new Map<string, number>();
  fault: FakeOptions['fault'];
  /** How long a 'slow' fault holds the answer, in ms. */
  slowMs: number;
  /** The Content-Type of the token endpoint's 200 (amoCRM's is application/json). */
  tokenContentType = 'application/json';
  blocked = false;
  private readonly server: Server;
  private readonly starts: number[] = [];
  private nextId = 1;
  private pairs = 0;
  origin = '';

  constructor(private readonly options: FakeOptions = {}) {
    this.fault = options.fault;
    this.slowMs = options.slowMs ?? 500;
    for (const t of options.staticTokens ?? []) this.accessTokens.add(t);
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    };
    this.server = options.tls ? createHttpsServer(options.tls, handler) : createServer(handler);
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `${this.options.tls ? 'https' : 'http'}://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Issues a token pair as the token endpoint would. */
  issuePair(): { access_token: string; refresh_token: string; expires_in: number; token_type: string } {
    this.pairs += 1;
    const pair = { token_type: 'Bearer', expires_in: 86400, access_token: `access-${this.pairs}-x7Hq`, refresh_token: `refresh-${this.pairs}-p9Zw` };
    this.accessTokens.add(pair.access_token);
    this.refreshTokens.add(pair.refresh_token);
    this.issuedAt.set(pair.access_token, Date.now());
    return pair;
  }

  seedTasks(count: number): void {
    for (let i = 0; i < count; i += 1) this.store({ text: `seed-${i}`, complete_till: 1588885140 + i, task_type_id: 1 + (i % 2) });
  }

  countOf(method: string, path: string): number {
    return this.requests.filter((r) => r.method === method && r.path === path).length;
  }

  private store(input: { text: string; complete_till: number; task_type_id?: number }): StoredTask {
    const task: StoredTask = {
      id: this.nextId++, text: input.text, complete_till: input.complete_till, is_completed: false,
      task_type_id: input.task_type_id ?? 1, updated_at: 1588885140,
    };
    this.tasks.set(task.id, task);
    return task;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const info: RequestInfo = {
      method: req.method ?? 'GET', path: url.pathname, rawQuery: url.search.slice(1),
      authorization: req.headers.authorization, body, at: Date.now(),
    };
    this.requests.push(info);

    if (this.blocked) return html(res, 403, '<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><hr><center>nginx</center></body></html>');
    if (!this.admit()) {
      this.stats.rateLimited += 1;
      return problem(res, 429, 'Too Many Requests', 'Превышен лимит запросов', { retry_after: this.options.retryAfter ?? 1 });
    }
    const fault = this.fault?.(info);
    if (fault) this.stats.faults += 1;
    switch (fault) {
      case 'reset': return void req.socket.destroy();
      case 'html403': return html(res, 403, '<html><body><h1>403 Forbidden</h1><hr>nginx</body></html>');
      case '429': return problem(res, 429, 'Too Many Requests', 'Превышен лимит запросов', { retry_after: this.options.retryAfter ?? 1 });
      case '502': case '503': case '504': return problem(res, Number(fault), 'Gateway problem', 'Try later');
      case 'malformed':
        res.writeHead(200, { 'Content-Type': 'application/hal+json' });
        return void res.end('{"_page":1,"_embedded":{"tasks":[{"id":1,');
      case 'drop-body':
        res.writeHead(200, { 'Content-Type': 'application/hal+json', 'Content-Length': '5000' });
        res.write('{"_page":1,"_embedded":{"tasks":[');
        return void setTimeout(() => req.socket.destroy(), 5);
      case 'echo-secrets':
        return problem(res, 500, 'Internal Server Error', `auth was ${req.headers.authorization ?? ''}; body was ${raw}`,
          { echo: req.headers.authorization });
      case 'echo-html-200':
        return html(res, 200, `<html><body>Your request: Authorization: ${req.headers.authorization ?? ''}</body></html>`);
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, this.slowMs));
        break;
      default:
        break;
    }
    if (url.pathname === '/oauth2/access_token' && req.method === 'POST') return this.token(res, body);
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!this.accessTokens.has(token)) return problem(res, 401, 'Unauthorized', 'Необходимо авторизоваться');
    if (!this.firstUse.has(token)) this.firstUse.set(token, Date.now());
    await this.api(req.method ?? 'GET', url, body, res, fault);
  }

  private admit(): boolean {
    const now = Date.now();
    const windowMs = this.options.windowMs ?? 950;
    while (this.starts.length > 0 && this.starts[0]! <= now - windowMs) this.starts.shift();
    if (this.starts.length >= (this.options.limit ?? 7)) return false;
    this.starts.push(now);
    return true;
  }

  private token(res: ServerResponse, body: unknown): void {
    const b = (body ?? {}) as Record<string, string>;
    if (b.client_id !== (this.options.clientId ?? 'client-1') || b.client_secret !== (this.options.clientSecret ?? 'client-secret-S3cr')) {
      return problem(res, 401, 'Unauthorized', 'Client authentication failed', { hint: 'Client authentication failed' });
    }
    if (b.grant_type === 'refresh_token') {
      this.stats.refreshCalls += 1;
      this.refreshTokensPresented.push(b.refresh_token ?? '');
      if (!this.refreshTokens.delete(b.refresh_token ?? '')) {
        return problem(res, 400, 'Некорректный запрос', 'В запросе отсутствует ряд параметров или параметры невалидны', { hint: 'Token has been revoked' });
      }
    } else if (b.grant_type !== 'authorization_code' || b.code !== 'good-code-Q1w2') {
      return problem(res, 400, 'Некорректный запрос', 'В запросе отсутствует ряд параметров или параметры невалидны', { hint: 'Authorization code has expired' });
    }
    json(res, 200, this.issuePair(), this.tokenContentType);
  }

  private async api(method: string, url: URL, body: unknown, res: ServerResponse, fault: Fault | undefined): Promise<void> {
    const byId = /^\/api\/v4\/tasks\/(\d+)$/.exec(url.pathname);
    if (byId && method === 'GET') {
      const task = this.tasks.get(Number(byId[1]));
      return task ? json(res, 200, task) : problem(res, 404, 'Not Found', 'Сущность не найдена');
    }
    if (url.pathname !== '/api/v4/tasks') return problem(res, 404, 'Not Found', 'No such path');
    if (method === 'GET') return this.list(url, res);
    if (method !== 'POST' && method !== 'PATCH') return problem(res, 405, 'Method Not Allowed', method);
    const items = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
    const invalid = items.map((item, i) => ({ item, i, errors: this.validate(method, item) })).filter((x) => x.errors.length > 0);
    if (items.length === 0 || items.length > 250 || invalid.length > 0) {
      return problem(res, 400, 'Bad Request', 'Request validation failed', {
        'validation-errors': invalid.map(({ item, i, errors }) => ({ request_id: String(item.request_id ?? i), errors })),
      });
    }
    const answers = items.map((item, i) => {
      const request_id = String(item.request_id ?? i);
      if (method === 'POST') {
        const task = this.store(item as unknown as StoredTask);
        return { id: task.id, request_id, _links: { self: { href: `${this.origin}/api/v4/tasks/${task.id}` } } };
      }
      const task = this.tasks.get(Number(item.id))!;
      Object.assign(task, item, { updated_at: task.updated_at + 1 });
      return { id: task.id, updated_at: task.updated_at, request_id };
    });
    this.stats.applied += items.length;
    if (fault === 'reset-after-apply') return void res.socket?.destroy();
    json(res, 200, { _links: { self: { href: `${this.origin}/api/v4/tasks` } }, _embedded: { tasks: answers } });
  }

  private validate(method: string, item: Record<string, unknown>) {
    const errors: { code: string; path: string; detail: string }[] = [];
    if (method === 'PATCH' && !this.tasks.has(Number(item.id))) errors.push({ code: 'NotFound', path: 'id', detail: 'No such task' });
    if (method === 'POST' && (typeof item.text !== 'string' || item.text === '')) errors.push({ code: 'NotBlank', path: 'text', detail: 'This value should not be blank.' });
    if (method === 'POST' && typeof item.complete_till !== 'number') errors.push({ code: 'NotBlank', path: 'complete_till', detail: 'This value should not be blank.' });
    return errors;
  }

  private list(url: URL, res: ServerResponse): void {
    const page = Number(url.searchParams.get('page') ?? '1');
    const limit = Math.min(250, Number(url.searchParams.get('limit') ?? '50'));
    const types = url.searchParams.getAll('filter[task_type][]').map(Number);
    const all = [...this.tasks.values()].filter((t) => types.length === 0 || types.includes(t.task_type_id));
    const slice = all.slice((page - 1) * limit, page * limit);
    if (slice.length === 0) {
      res.writeHead(204);
      return void res.end();
    }
    // amoCRM keeps the query as sent, brackets and all, in its links.
    const rest = url.search.slice(1).split('&').filter((kv) => kv !== '' && !kv.startsWith('page=')).join('&');
    const query = (p: number) => `${rest ? `${rest}&` : ''}page=${p}`;
    const linkOrigin = this.options.nextLinkOrigin ?? this.origin;
    const links: Record<string, { href: string }> = { self: { href: `${this.origin}${url.pathname}?${query(page)}` } };
    if (page * limit < all.length) links.next = { href: `${linkOrigin}${url.pathname}?${query(page + 1)}` };
    json(res, 200, { _page: page, _links: links, _embedded: { tasks: slice } });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, value: unknown, type = 'application/hal+json'): void {
  res.writeHead(status, { 'Content-Type': type });
  res.end(JSON.stringify(value));
}

function problem(res: ServerResponse, status: number, title: string, detail: string, extra: Record<string, unknown> = {}): void {
  json(res, status, { title, type: `https://httpstatus.es/${status}`, status, detail, ...extra }, 'application/problem+json');
}

function html(res: ServerResponse, status: number, page: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html' });
  res.end(page);
}

/** A small deterministic PRNG (mulberry32), so fault patterns repeat from run to run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
