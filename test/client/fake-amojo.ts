// A fake Chats API (amojo) of the tests' own, on 127.0.0.1 (port 0). It checks every request's
// signature the way chats/chat-start.md describes it, with node:crypto (not the client's own code):
// 403 for a wrong or missing X-Signature, a Content-MD5 that is not the body's, a Date older than
// 15 minutes. Signed requests get a small canned answer per path.
import { createHash, createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AmojoRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  accepted: boolean;
}

export interface FakeAmojo {
  baseUrl: string;
  requests: AmojoRequest[];
  stop(): Promise<void>;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

function answerFor(method: string, path: string): { status: number; body?: unknown } {
  if (method === 'POST' && /\/connect$/.test(path)) {
    return { status: 200, body: { account_id: 'acc', scope_id: 'chan_acc', title: 'T', hook_api_version: 'v2' } };
  }
  if (method === 'DELETE' && /\/disconnect$/.test(path)) return { status: 200 };
  if (method === 'GET' && /\/history$/.test(path)) return { status: 200, body: { messages: [] } };
  if (method === 'POST' && /\/typing$/.test(path)) return { status: 204 };
  if (method === 'POST' && /^\/v2\/origin\/custom\/[^/]+$/.test(path)) return { status: 200, body: { new_message: { msgid: 'm-1', ref_id: 'r-1' } } };
  return { status: 200 };
}

export async function startFakeAmojo(secret: string, now: () => number = Date.now): Promise<FakeAmojo> {
  const requests: AmojoRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const [path = '/', query = ''] = (req.url ?? '/').split('?');
      const method = req.method ?? 'GET';
      const header = (name: string) => String(req.headers[name.toLowerCase()] ?? '');
      const md5 = createHash('md5').update(raw).digest('hex');
      const signed = [method.toUpperCase(), header('Content-MD5'), header('Content-Type'), header('Date'), path].join('\n');
      const expected = createHmac('sha1', secret).update(signed).digest('hex');
      const date = Date.parse(header('Date'));
      const accepted = header('Content-Type') === 'application/json' && header('Content-MD5') === md5
        && header('X-Signature') === expected && Number.isFinite(date) && Math.abs(now() - date) <= FIFTEEN_MINUTES;
      requests.push({ method, path, query, headers: req.headers, body: raw.toString('utf8'), accepted });
      if (!accepted) {
        res.writeHead(403, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: 'invalid signature' }));
        return;
      }
      const answer = answerFor(method, path);
      if (answer.body === undefined) {
        res.writeHead(answer.status);
        res.end();
      } else {
        res.writeHead(answer.status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
