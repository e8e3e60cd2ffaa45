// A free TCP port of 127.0.0.1, for servers that cannot listen on port 0 (Prism, redis-server).
import { createServer } from 'node:net';

/** Ask the OS for a free port, release it and hand it over. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
