// Shared access to the bundled spec and the project's tools, for the spec tests.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export type JsonObject = Record<string, unknown>;

export function loadBundledSpec(): JsonObject {
  return JSON.parse(readFileSync(join(ROOT, 'generated', 'openapi.json'), 'utf8')) as JsonObject;
}

/** Runs a binary from node_modules/.bin (Redocly's telemetry and update check off); output is stdout + stderr. */
export function runBin(name: string, args: string[], options: SpawnSyncOptions = {}) {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', name), args, {
    cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options,
  });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OperationRef {
  path: string;
  method: string;
  operation: JsonObject;
}

export function operationsOf(spec: JsonObject): OperationRef[] {
  const paths = spec.paths as Record<string, JsonObject>;
  return Object.entries(paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method] as JsonObject })));
}
