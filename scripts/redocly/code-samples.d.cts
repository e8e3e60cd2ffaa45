// Types for the code-sample decorator's pure functions (used by test/docs/code-samples.test.ts).
export interface ExampleParameter { name: string; in: string; explode?: boolean; value: unknown }
export interface ExampleRequest {
  method: string;
  path: string;
  baseUrl: string;
  parameters: ExampleParameter[];
  body?: { mediaType: string; value: unknown };
  authenticated: boolean;
  /** A security scheme sent as a header of its own (`X-Refresh-Token`), with the environment variable holding its value. */
  apiKeyHeader?: { name: string; env: string };
}
export interface CodeSample { lang: string; label: string; source: string }
type Node = Record<string, any>;
export type Resolve = (node: unknown, from?: string) => { node: any; from?: string };
export function exampleRequest(input: {
  method: string; path: string; operation: Node; pathItem?: Node; root?: Node; resolve: Resolve; from?: string; rootFrom?: string;
}): ExampleRequest;
export function codeSamples(request: ExampleRequest): CodeSample[];
export function curlSample(request: ExampleRequest): string;
export function typescriptSample(request: ExampleRequest): string;
export function phpSample(request: ExampleRequest): string;
export function pythonSample(request: ExampleRequest): string;
/** The request as a HAR entry, as HTTPSnippet reads it (the bearer token is a placeholder). */
export function harRequest(request: ExampleRequest): Record<string, unknown>;
/** The samples every operation gets, in tab order. */
export const SAMPLE_LANGUAGES: ReadonlyArray<{ lang: string; label: string }>;
export function phpQueryPairs(name: string, value: unknown): Array<[string, string]>;
export function serverUrl(servers: unknown): string;
export function CodeSamplesDecorator(): Node;
