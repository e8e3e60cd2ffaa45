// Starts `scripts/mock.mjs` (the layer in front of Prism) or `scripts/proxy.mjs` (Prism's proxy) for a
// test on a free port of 127.0.0.1 and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './free-port';
import { ROOT } from './spec';

export { freePort };

export interface RunningMock {
  baseUrl: string;
  stop(): Promise<void>;
}

export const startMock = () => startPrism('mock.mjs', 'MOCK_PORT', {}, [], 'Mock is listening');

/** The validating proxy in front of `upstream` (`--errors` passed through when asked). */
export const startProxy = (upstream: string, args: string[] = []) =>
  startPrism('proxy.mjs', 'PROXY_PORT', { AMOCRM_BASE_URL: upstream }, args, 'Prism is listening');

async function startPrism(script: string, portVariable: string, env: Record<string, string>, args: string[],
  readyLine: string, timeoutMs = 30000): Promise<RunningMock> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT, env: { ...process.env, ...env, [portVariable]: String(port) }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${script} did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(readyLine)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${script} exited (${code}) before listening:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl: `http://127.0.0.1:${port}`, stop };
}
