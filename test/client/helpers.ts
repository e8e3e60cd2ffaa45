// Shared set-up for the client tests: a fake amoCRM and a client pointed at it, fast by default.
import { createAmoClient, type AmoClient, type AmoClientOptions } from '../../src/index';
import { FakeAmoCrm, type FakeOptions } from './fake-amocrm';

export const TOKEN = 'long-lived-TOKEN-7f3a9c';

/** A fake that accepts TOKEN; stopped by the caller (afterEach). */
export async function startFake(options: FakeOptions = {}): Promise<FakeAmoCrm> {
  return new FakeAmoCrm({ staticTokens: [TOKEN], ...options }).start();
}

/** A client of `fake` with fast retries; the rate limit and the rest as given. */
export function clientOf(fake: FakeAmoCrm, options: Partial<AmoClientOptions> = {}): AmoClient {
  return createAmoClient({
    baseUrl: fake.origin,
    token: options.oauth ? undefined : TOKEN,
    retry: { baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 5, ...(options.retry === false ? {} : options.retry) },
    ...options,
    ...(options.retry === false ? { retry: false } : {}),
  } as AmoClientOptions);
}
