// What a worker of the multi-process tests and bench is told (its argv, as JSON) and reports (over IPC).

export interface WorkerConfig {
  index: number;
  origin: string;
  token: string;
  redisPort: number;
  account: string;
  integration: string;
  /** The first page of this worker's share, and how many pages of `pageSize` it exports. */
  startPage: number;
  pages: number;
  pageSize: number;
  chunkSize: number;
  /** Admit through a local limiter of this many per second when Redis is unreachable (none: fail). */
  fallbackLimit?: number;
}

export type WorkerReport =
  | { type: 'done'; index: number; exported: number; imported: number; at: number }
  | { type: 'failed'; index: number; name: string; causes: string[]; message: string; at: number };

/** The text a worker gives the copy it imports of a task, so each worker's imports can be counted. */
export const importedText = (index: number, text: string) => `w${index}:${text}`;
