// Timers that an AbortSignal can cut short; the only clock primitives the runtime uses.

/** Milliseconds since the epoch; injectable so tests can drive time. */
export type Now = () => number;

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const systemNow: Now = () => Date.now();

export const sleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort);
  });

/**
 * `promise`'s outcome, or the signal's reason as soon as it aborts: the caller stops waiting, the
 * work goes on for whoever else waits for it.
 */
export const raced = <T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> => (signal ? new Promise<T>((resolve, reject) => {
  signal.throwIfAborted();
  const onAbort = () => reject(signal.reason);
  signal.addEventListener('abort', onAbort);
  promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
}) : promise);
