// Starts Debian's redis-server for a test or a bench on 127.0.0.1 and a free port, with nothing
// written to disk, and stops it afterwards (or kills it, to play a crash).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port';

export interface RunningRedis {
  port: number;
  /** True until the server has exited. */
  readonly running: boolean;
  /** Stops the server (SIGTERM, or the given signal) and resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `port`: a given one (to bring a stopped server back where it was), else a free one. */
export async function startRedis({ port: given, timeoutMs = 10_000 }: { port?: number; timeoutMs?: number } = {}): Promise<RunningRedis> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not installed: apt-get install redis-server (.ci/run does)');
  }
  const port = given ?? await freePort();
  const child: ChildProcess = spawn('redis-server', [
    '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited before it was ready:\n${output}`));
    });
  });
  return {
    port,
    get running() { return !exited; },
    async stop(signal = 'SIGTERM') {
      if (!exited) child.kill(signal);
      await exit;
    },
  };
}
