// Runs other projects' generators on the bundles, as a user of the spec would, into a temp dir.
// Each generator's console output is kept: a line that is not one of its progress lines is a warning.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/spec';

export interface Run {
  status: number;
  /** stdout + stderr, colours off. */
  output: string;
}

/** A binary of node_modules/.bin, asynchronously (the generators run side by side). */
export function runAsync(name: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', name), args, {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** The lines of a generator's output that are not its progress lines. */
export function unexpectedLines(output: string, progress: RegExp[]): string[] {
  return stripAnsi(output).split('\n').map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '' && !progress.some((re) => re.test(line)));
}

export const HEY_API_PROGRESS = [
  /^@hey-api\/openapi-ts v\d+\.\d+\.\d+$/,
  /^\[Job \d+\] ⏳ Generating from \d+ inputs?:$/,
  /^\[Job \d+\] +\[\d+\] \S+$/,
  /^\[Job \d+\] ✅ Done! Your output is in \S+$/,
];

export const ORVAL_PROGRESS = [
  /^🍻 orval v\d+\.\d+\.\d+ - A swagger client generator for typescript$/,
  /^🎉 .+ - Your OpenAPI spec has been converted into ready to use orval!$/,
];

/**
 * @hey-api/openapi-ts: types, SDK and its fetch client, with the parser's own spec validation
 * reporting (`validate_EXPERIMENTAL: 'warn'`), into `out`.
 */
export function heyApi(spec: string, out: string, work: string): Promise<Run> {
  const config = join(work, `${out.replace(/\W/g, '_')}.hey-api.config.mjs`);
  writeFileSync(config, `export default ${JSON.stringify({
    input: spec,
    output: out,
    plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
    parser: { validate_EXPERIMENTAL: 'warn' },
    logs: { file: false },
  })};\n`);
  return runAsync('openapi-ts', ['-f', config], work);
}

/** orval: a fetch client in one file, `out/api.ts`. */
export function orval(spec: string, out: string, work: string): Promise<Run> {
  return runAsync('orval', ['--input', spec, '--output', join(out, 'api.ts'), '--client', 'fetch', '--mode', 'single'], work);
}
