// A proposed change to the client's limiter, measured next to the current one through the client's
// public options (`rateLimit` takes a RateLimiter, `fetch` any fetch): a slot is held from the
// moment a request is admitted until `intervalMs` after its answer arrived, not after it started.
// The server counts a request when it ARRIVES, which is somewhere between the client's start and
// the answer; timing the window from the answer is the only rule that no arrival jitter can break.
import type { RateLimiter } from '../src/index';

export interface SettledWindow {
  limiter: RateLimiter;
  /** Wraps the client's fetch so the limiter learns when each admitted request was answered. */
  wrapFetch(fetchImpl?: typeof fetch): typeof fetch;
}

export function createSettledWindowLimiter(limit = 7, intervalMs = 1000, now: () => number = Date.now): SettledWindow {
  /** Admitted requests: Infinity while in flight, then the time their answer (or failure) came. */
  const slots: { end: number }[] = [];
  const unsent: { end: number }[] = [];
  let pausedUntil = 0;
  let queue: Promise<void> = Promise.resolve();
  let wake: () => void = () => undefined;

  const takeSlot = async () => {
    for (;;) {
      const t = now();
      while (slots.length > 0 && slots[0]!.end <= t - intervalMs) slots.shift();
      let wait = pausedUntil - t;
      if (slots.length >= limit) {
        const ended = slots.filter((s) => s.end !== Infinity).map((s) => s.end + intervalMs - t);
        wait = Math.max(wait, ended.length > 0 ? Math.min(...ended) : Infinity);
      }
      if (wait <= 0) {
        const slot = { end: Infinity };
        slots.push(slot);
        unsent.push(slot);
        return;
      }
      // Sleep until the earliest slot frees, or until an in-flight request is answered.
      await new Promise<void>((resolve) => {
        const timer = wait === Infinity ? undefined : setTimeout(resolve, wait);
        wake = () => { clearTimeout(timer); resolve(); };
      });
    }
  };

  const settle = (slot: { end: number } | undefined) => {
    if (slot) slot.end = now();
    slots.sort((a, b) => a.end - b.end);
    wake();
  };

  return {
    limiter: {
      acquire() {
        const turn = queue.then(takeSlot);
        queue = turn.catch(() => undefined);
        return turn;
      },
      pause(ms) {
        pausedUntil = Math.max(pausedUntil, now() + ms);
      },
    },
    wrapFetch(fetchImpl = globalThis.fetch) {
      return (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
        const slot = unsent.shift(); // the client sends right after admitting, in admission order
        try {
          return await fetchImpl(input, init);
        } finally {
          settle(slot);
        }
      }) as typeof fetch;
    },
  };
}
