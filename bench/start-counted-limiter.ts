// For comparison: a limiter that counts each request when it STARTS, as the client's own did before
// it counted from the answer, and as a shared `rateLimit` limiter that returns no release still does.
import type { RateLimiter } from '../src/index';

export function createStartCountedLimiter(limit = 7, intervalMs = 1000): RateLimiter {
  const starts: number[] = [];
  let pausedUntil = 0;
  let queue: Promise<void> = Promise.resolve();
  const takeSlot = async () => {
    for (;;) {
      const t = Date.now();
      while (starts.length > 0 && starts[0]! <= t - intervalMs) starts.shift();
      const wait = Math.max(pausedUntil - t, starts.length < limit ? 0 : starts[0]! + intervalMs - t);
      if (wait <= 0) {
        starts.push(t);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  return {
    acquire() {
      queue = queue.then(takeSlot);
      return queue;
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, Date.now() + ms);
    },
  };
}
