// `amocrm-openapi/drive`: uploadDriveFile against a fake drive host of the tests' own (127.0.0.1,
// port 0) that opens upload sessions, takes parts at absolute per-part URLs and assembles the file.
// A multi-part upload completes; an injected failure of one part is retried alone; an upload
// whose retries run out resumes from where it stopped; a part URL on another host is refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { AmoForeignHostError } from '../../src';
import { createFilesClient, DriveUploadError, uploadDriveFile } from '../../src/drive';

const TOKEN = 'drive-token';
type Fault = 'reset' | '503' | undefined;

interface FakeDrive {
  baseUrl: string;
  /** Every part received, in order: the part's number and its size. */
  parts: Array<{ part: number; bytes: number; ok: boolean }>;
  assembled(): Buffer;
  /** Chooses a fault for a part attempt (part number, attempt for that part from 1). */
  fault: (part: number, attempt: number) => Fault;
  /** Where the next upload URLs point (default: the fake itself). */
  partOrigin?: string;
  stop(): Promise<void>;
}

async function startFakeDrive(maxPartSize: number): Promise<FakeDrive> {
  let chunks: Buffer[] = [];
  let size = 0;
  let name = '';
  const attempts = new Map<number, number>();
  const drive: FakeDrive = {
    baseUrl: '', parts: [], fault: () => undefined,
    assembled: () => Buffer.concat(chunks),
    stop: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req, res) => {
    const body: Buffer[] = [];
    req.on('data', (c: Buffer) => body.push(c));
    req.on('end', () => {
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return json(res, 401, { error: 'unauthorized' });
      const raw = Buffer.concat(body);
      const url = req.url ?? '/';
      const origin = drive.partOrigin ?? drive.baseUrl;
      if (req.method === 'POST' && url === '/v1.0/sessions') {
        const session = JSON.parse(raw.toString('utf8')) as { file_name: string; file_size: number };
        ({ file_size: size, file_name: name } = session);
        chunks = [];
        attempts.clear();
        return json(res, 200, { max_file_size: 1_000_000, max_part_size: maxPartSize, session_id: 7, upload_url: `${origin}/v1.0/sessions/upload/tok.part1` });
      }
      const match = /^\/v1\.0\/sessions\/upload\/tok\.part(\d+)$/.exec(url);
      if (req.method === 'POST' && match) {
        const part = Number(match[1]);
        const attempt = (attempts.get(part) ?? 0) + 1;
        attempts.set(part, attempt);
        const fault = drive.fault(part, attempt);
        drive.parts.push({ part, bytes: raw.length, ok: fault === undefined });
        if (fault === 'reset') return req.socket.destroy();
        if (fault === '503') return json(res, 503, { error: 'unavailable' });
        if (req.headers['content-type'] !== 'application/octet-stream' || raw.length > maxPartSize || part !== chunks.length + 1) {
          return json(res, 400, { error: 'bad part' });
        }
        chunks.push(raw);
        const received = chunks.reduce((n, c) => n + c.length, 0);
        if (received < size) return json(res, 200, { session_id: 7, next_url: `${origin}/v1.0/sessions/upload/tok.part${part + 1}` });
        return json(res, 200, { uuid: 'f-1', type: 'file', name, size: received, version_uuid: 'v-1', session_id: 7 });
      }
      return json(res, 404, { error: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  drive.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return drive;
}

describe('uploadDriveFile against a fake drive host', () => {
  let drive: FakeDrive;
  beforeEach(async () => {
    drive = await startFakeDrive(4096);
  });
  afterEach(async () => {
    await drive?.stop();
  });
  const files = () => createFilesClient({ driveUrl: drive.baseUrl, token: TOKEN, rateLimit: false, retry: false });

  it('sends a multi-part file part by part and returns the file', async () => {
    const bytes = randomBytes(4096 * 3 + 100);
    const progress: number[] = [];
    const file = await uploadDriveFile(files(), new Blob([bytes]), { fileName: 'report.pdf', onProgress: ({ uploaded }) => progress.push(uploaded) });
    expect(file).toMatchObject({ uuid: 'f-1', name: 'report.pdf', size: bytes.length });
    expect(drive.parts.map((p) => [p.part, p.bytes])).toEqual([[1, 4096], [2, 4096], [3, 4096], [4, 100]]);
    expect(drive.assembled().equals(bytes)).toBe(true);
    expect(progress).toEqual([4096, 8192, 12288, 12388]);
  });

  it('uses a smaller partSize when asked, never a larger one than the session allows', async () => {
    const bytes = randomBytes(5000);
    await uploadDriveFile(files(), bytes, { fileName: 'a.bin', partSize: 2000 });
    expect(drive.parts.map((p) => p.bytes)).toEqual([2000, 2000, 1000]);
    drive.parts.length = 0;
    await uploadDriveFile(files(), bytes, { fileName: 'a.bin', partSize: 1_000_000 });
    expect(drive.parts.map((p) => p.bytes)).toEqual([4096, 904]);
  });

  it.each<[string, Fault]>([['a dropped connection', 'reset'], ['a 503', '503']])(
    'retries the one part that failed with %s, and only that part', async (_name, fault) => {
      drive.fault = (part, attempt) => (part === 2 && attempt === 1 ? fault : undefined);
      const bytes = randomBytes(4096 * 3);
      await uploadDriveFile(files(), bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), { fileName: 'x', retryDelayMs: 1 });
      expect(drive.parts.map((p) => [p.part, p.ok])).toEqual([[1, true], [2, false], [2, true], [3, true]]);
      expect(drive.assembled().equals(bytes)).toBe(true);
    });

  it('when a part keeps failing, stops with where to resume, and resuming completes the file', async () => {
    drive.fault = (part, attempt) => (part === 3 && attempt <= 3 ? '503' : undefined);
    const bytes = randomBytes(4096 * 4);
    const error = await uploadDriveFile(files(), bytes, { fileName: 'x', partRetries: 2, retryDelayMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriveUploadError);
    const { resume } = error as DriveUploadError;
    expect(resume).toEqual({ url: `${drive.baseUrl}/v1.0/sessions/upload/tok.part3`, offset: 8192 });
    // The upload token is in the resume URL only, which JSON.stringify of the error leaves out.
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain('tok.part3');

    const file = await uploadDriveFile(files(), bytes, { fileName: 'x', resume: resume!, partSize: 4096 });
    expect(file.size).toBe(bytes.length);
    expect(drive.parts.map((p) => [p.part, p.ok])).toEqual([[1, true], [2, true], [3, false], [3, false], [3, false], [3, true], [4, true]]);
    expect(drive.assembled().equals(bytes)).toBe(true);
  });

  it('does not retry a part the drive refused (a 4xx): nothing would change', async () => {
    const bytes = randomBytes(100);
    drive.fault = () => undefined;
    const client = files();
    const wrongPart = await uploadDriveFile(client, bytes, {
      fileName: 'x', resume: { url: `${drive.baseUrl}/v1.0/sessions/upload/tok.part9`, offset: 0 }, partSize: 4096, retryDelayMs: 1,
    }).catch((e: unknown) => e);
    expect(wrongPart).toBeInstanceOf(DriveUploadError);
    expect(drive.parts).toHaveLength(1);
  });

  it('refuses a part URL on another host: the token goes to the drive host only', async () => {
    drive.partOrigin = 'http://127.0.0.2:9';
    const error = await uploadDriveFile(files(), randomBytes(10), { fileName: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmoForeignHostError);
    expect(drive.parts).toEqual([]);
  });

  it('refuses a file larger than the session allows before sending any part', async () => {
    await expect(uploadDriveFile(files(), new Uint8Array(1_000_001), { fileName: 'big' })).rejects.toThrow(RangeError);
    expect(drive.parts).toEqual([]);
  });
});
