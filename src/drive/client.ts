// createFilesClient: the package's client pointed at the account's drive host (the `drive_url` of
// `GET /api/v4/account?with=drive_url`). Same token, rate limit, retries and typed errors as the
// main client; the token goes to that host only.
import { createAmoClient, type AmoClient, type AmoClientOptions } from '../client.js';

export interface FilesClientOptions extends Omit<AmoClientOptions, 'subdomain' | 'domain' | 'baseUrl'> {
  /** The account's `drive_url`, e.g. `https://drive-b.amocrm.ru`. */
  driveUrl: string;
}

export function createFilesClient({ driveUrl, ...options }: FilesClientOptions): AmoClient {
  if (typeof driveUrl !== 'string' || driveUrl.length === 0) throw new TypeError('createFilesClient needs driveUrl (GET /api/v4/account?with=drive_url)');
  return createAmoClient({ ...options, baseUrl: driveUrl });
}

/** The drive host of an account: `drive_url` of `GET /api/v4/account?with=drive_url`, through the main client. */
export async function getDriveUrl(amo: AmoClient, signal?: AbortSignal): Promise<string> {
  const { data } = await amo.GET('/api/v4/account', { params: { query: { with: ['drive_url'] } }, signal });
  const url = (data as { drive_url?: unknown }).drive_url;
  if (typeof url !== 'string' || url.length === 0) throw new TypeError('the account answered no drive_url');
  return url;
}
