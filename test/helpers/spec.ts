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

/** Follows a local `#/components/...` reference of the bundle. */
export function deref<T = JsonObject>(spec: JsonObject, node: unknown): T {
  const ref = (node as JsonObject | undefined)?.$ref;
  if (typeof ref !== 'string') return node as T;
  const target = ref.replace(/^#\//, '').split('/')
    .reduce<unknown>((at, key) => (at as JsonObject | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  return deref<T>(spec, target);
}

/** The example a media type shows first (`example`, else the first of `examples`), if any. */
export function firstExample(spec: JsonObject, media: JsonObject): { found: boolean; value?: unknown } {
  if (media.example !== undefined) return { found: true, value: media.example };
  const first = Object.values((media.examples ?? {}) as JsonObject)[0];
  if (first === undefined) return { found: false };
  const example = deref(spec, first);
  return example.value === undefined ? { found: false } : { found: true, value: example.value };
}

/** The lowest 2xx status an operation documents, and its response (references followed). */
export function successResponse(spec: JsonObject, operation: JsonObject): { status: number; response: JsonObject } | undefined {
  const statuses = Object.keys(operation.responses as JsonObject).filter((s) => /^2\d\d$/.test(s)).sort();
  const status = statuses[0];
  if (!status) return undefined;
  return { status: Number(status), response: deref(spec, (operation.responses as JsonObject)[status]) };
}

/**
 * The headers an operation requires, at their documented examples (the Chats API's signing
 * headers: Date, Content-MD5, X-Signature), so that a hand-made request to the mock carries them.
 */
export function requiredHeaders(spec: JsonObject, path: string, operation: JsonObject): Record<string, string> {
  const item = (spec.paths as Record<string, JsonObject>)[path] ?? {};
  const parameters = [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])]
    .map((p) => deref<JsonObject>(spec, p));
  return Object.fromEntries(parameters.filter((p) => p.in === 'header' && p.required === true && p.example !== undefined)
    .map((p) => [String(p.name), String(p.example)]));
}

/** The media type of an operation's error answers: problem+json on the account's host, plain JSON on the Chats and Files APIs. */
export function errorMediaType(spec: JsonObject, operation: JsonObject, status: number): string {
  const declared = deref<JsonObject | undefined>(spec, (operation.responses as JsonObject)[String(status)]);
  const types = Object.keys((declared?.content ?? {}) as JsonObject);
  return types.includes('application/problem+json') || types.length === 0 ? 'application/problem+json' : types[0]!;
}
