// One worker process of the multi-process tests and bench: its own ioredis connection, its own
// Redis limiter and its own client; exports its share of the fake amoCRM's tasks with paginate()
// and imports them back with batch(), then reports to its parent over IPC and exits.
import Redis from 'ioredis';
import { createAmoClient, createRateLimiter, paginate } from '../../src/index';
import { batch } from '../../src/batch';
import { createRedisRateLimiter } from '../../src/redis/index';
import { importedText, type WorkerConfig, type WorkerReport } from './worker-protocol';

async function main(config: WorkerConfig): Promise<WorkerReport> {
  const redis = new Redis({ host: '127.0.0.1', port: config.redisPort, lazyConnect: false });
  redis.on('error', () => undefined); // reconnection noise; the limiter reports what matters
  try {
    const limiter = createRedisRateLimiter({
      redis, account: config.account, integration: config.integration,
      fallback: config.fallbackLimit ? createRateLimiter({ limit: config.fallbackLimit }) : undefined,
    });
    const client = createAmoClient({ baseUrl: config.origin, token: config.token, rateLimit: limiter });
    const items: { text: string; complete_till: number }[] = [];
    const want = config.pages * config.pageSize;
    for await (const task of paginate(client, '/api/v4/tasks', { params: { query: { limit: config.pageSize, page: config.startPage } } })) {
      items.push({ text: importedText(config.index, task.text!), complete_till: task.complete_till! });
      if (items.length === want) break;
    }
    const written = await batch(client, 'POST', '/api/v4/tasks', items, { chunkSize: config.chunkSize });
    return { type: 'done', index: config.index, exported: items.length, imported: written.length, at: Date.now() };
  } catch (error) {
    const causes: string[] = [];
    for (let e = (error as Error).cause; e instanceof Error; e = e.cause) causes.push(e.name);
    return { type: 'failed', index: config.index, name: (error as Error).name, causes, message: (error as Error).message, at: Date.now() };
  } finally {
    redis.disconnect();
  }
}

void main(JSON.parse(process.argv[2]!) as WorkerConfig).then((report) => {
  process.send!(report, () => process.exit(0));
});
