// uploadDriveFile: a whole file through an upload session (files/files-api.md): open the session,
// send the file in parts of at most `max_part_size` bytes, each to the absolute URL the previous
// answer gave (`upload_url`, then `next_url`), until the answer is the file. A part that fails in a
// way worth repeating (network, timeout, 429, 5xx) is sent again to the same URL, alone; nothing
// already taken is sent twice. When the retries run out the error says where to resume.
import type { components } from '../../generated/schema.js';
import { internalsOf, type AmoClient } from '../client.js';
import { AmoApiError, AmoForeignHostError, AmoMalformedResponseError, AmoNetworkError, AmoRateLimitError } from '../errors.js';
import { sleep } from '../sleep.js';

export type DriveFile = components['schemas']['DriveFile'];
export type DriveUploadSession = components['schemas']['DriveUploadSession'];

/** Where an interrupted upload goes on: the next part's URL and the bytes already taken. */
export interface DriveUploadResume {
  url: string;
  offset: number;
}

export interface UploadDriveFileOptions {
  /** The file's name (required: the session needs it). */
  fileName: string;
  contentType?: string;
  /** Upload a new version of this file instead of a new file. */
  fileUuid?: string;
  withPreview?: boolean;
  /** Bytes per part; default and upper bound: the session's `max_part_size`. */
  partSize?: number;
  /** Extra attempts per part (default 3). */
  partRetries?: number;
  /** Pause before a part's retry, in ms (default 500, doubled each time). */
  retryDelayMs?: number;
  /** Go on from an earlier, interrupted upload (its DriveUploadError's `resume`) instead of opening a session. */
  resume?: DriveUploadResume;
  signal?: AbortSignal;
  /** Called after each part taken. */
  onProgress?: (progress: { uploaded: number; total: number }) => void;
}

/** An upload that stopped: `resume` (when known) continues it with the same file. */
export class DriveUploadError extends Error {
  override name = 'DriveUploadError';
  /** Not enumerable: the URL holds the session's upload token, which should not end up in a log line. */
  declare readonly resume: DriveUploadResume | undefined;
  constructor(message: string, resume: DriveUploadResume | undefined, options?: { cause?: unknown }) {
    super(message, options);
    Object.defineProperty(this, 'resume', { value: resume, enumerable: false });
  }
}

export type DriveUploadInput = Blob | Uint8Array | ArrayBuffer;

const UPLOAD_PATH = '/v1.0/sessions/upload/';

function sizeOf(file: DriveUploadInput): number {
  return file instanceof Blob ? file.size : file.byteLength;
}

function slice(file: DriveUploadInput, start: number, end: number): Blob | Uint8Array {
  if (file instanceof Blob) return file.slice(start, end);
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  return bytes.subarray(start, end);
}

/** A failure worth sending the same part again for: nothing was taken, or we cannot know. */
function retryable(error: unknown): boolean {
  return error instanceof AmoRateLimitError || error instanceof AmoNetworkError || error instanceof AmoMalformedResponseError
    || (error instanceof AmoApiError && error.status >= 500);
}

/** The session token inside an absolute part URL, checked to be on the client's own host. */
function tokenOf(url: string, origin: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AmoMalformedResponseError({ method: 'POST', url: UPLOAD_PATH, reason: 'the part URL is not a URL' });
  }
  if (parsed.origin !== origin) {
    // The token would follow the part: refuse any host but the drive host.
    throw new AmoForeignHostError({ method: 'POST', url: parsed.pathname, reason: `the part URL is not on ${origin}` });
  }
  if (!parsed.pathname.startsWith(UPLOAD_PATH) || parsed.search) {
    throw new AmoMalformedResponseError({ method: 'POST', url: parsed.pathname, reason: 'the part URL is not an upload URL' });
  }
  return decodeURIComponent(parsed.pathname.slice(UPLOAD_PATH.length));
}

/** Uploads `file` to the drive of `client` (a createFilesClient client) and returns the file. */
export async function uploadDriveFile(client: AmoClient, file: DriveUploadInput, options: UploadDriveFileOptions): Promise<DriveFile> {
  const { origin } = internalsOf(client);
  const { signal, partRetries = 3, retryDelayMs = 500 } = options;
  const total = sizeOf(file);
  let url: string;
  let offset: number;
  let partSize: number;
  if (options.resume) {
    ({ url, offset } = options.resume);
    partSize = options.partSize ?? 0;
    if (!(partSize > 0)) throw new TypeError('resuming needs partSize (the session\'s max_part_size, or less)');
  } else {
    const { data: session } = await client.POST('/v1.0/sessions', {
      body: {
        file_name: options.fileName, file_size: total,
        ...(options.contentType !== undefined ? { content_type: options.contentType } : {}),
        ...(options.fileUuid !== undefined ? { file_uuid: options.fileUuid } : {}),
        ...(options.withPreview !== undefined ? { with_preview: options.withPreview } : {}),
      },
      signal,
    });
    if (total > session.max_file_size) throw new RangeError(`the file has ${total} bytes; the drive takes at most ${session.max_file_size}`);
    partSize = Math.min(options.partSize ?? session.max_part_size, session.max_part_size);
    url = session.upload_url;
    offset = 0;
  }
  if (!(partSize > 0)) throw new RangeError('partSize must be positive');

  for (;;) {
    const end = Math.min(offset + partSize, total);
    const token = tokenOf(url, origin);
    let answer: components['schemas']['DriveUploadNextPart'] | DriveFile | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        const { data } = await client.POST('/v1.0/sessions/upload/{session_token}', {
          params: { path: { session_token: token } },
          body: slice(file, offset, end) as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'Content-Type': 'application/octet-stream' },
          signal,
        });
        answer = data;
        break;
      } catch (error) {
        // The error names the path, and the path holds the upload token.
        if (error instanceof AmoApiError) error.redact([token]);
        if (signal?.aborted || !retryable(error) || attempt >= partRetries) {
          throw new DriveUploadError(`upload stopped at byte ${offset} of ${total}: ${(error as Error).message}`, { url, offset }, { cause: error });
        }
        await sleep(retryDelayMs * 2 ** attempt, signal);
      }
    }
    offset = end;
    options.onProgress?.({ uploaded: offset, total });
    if ('next_url' in answer) {
      if (offset >= total) throw new DriveUploadError('the drive asked for another part after the whole file was sent', { url: answer.next_url, offset });
      url = answer.next_url;
      continue;
    }
    if (offset < total) throw new DriveUploadError(`the drive closed the file after ${offset} of ${total} bytes`, undefined);
    return answer;
  }
}
