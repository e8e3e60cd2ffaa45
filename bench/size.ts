// Size: each runtime entry of the package (read from package.json `exports`, so new subpaths are
// measured as they land) bundled from its source with what it imports (openapi-fetch included),
// minified and gzipped, as a browser bundler would ship it; openapi-fetch alone for comparison.
import { build, type BuildOptions } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  minifiedBytes: number;
  gzipBytes: number;
  /** Minified bytes each input contributes, largest first. */
  inputs: Record<string, number>;
}

export interface RuntimeEntry {
  /** The export's key: '.' or './subpath'. */
  subpath: string;
  /** The source file the built entry comes from, relative to the package root. */
  source: string;
}

export interface SizeResult {
  /** By subpath; '.' is the main entry. */
  entries: Record<string, BundleSize & { source: string }>;
  openapiFetch: BundleSize;
}

type ExportTarget = string | null | { [condition: string]: ExportTarget } | ExportTarget[];

/** The JavaScript a condition object resolves to for a bundler importing it (import, then default). */
function importTarget(target: ExportTarget): string | undefined {
  if (typeof target === 'string') return target;
  if (!target || Array.isArray(target)) return undefined;
  for (const condition of ['import', 'module', 'browser', 'default']) {
    const found = target[condition] !== undefined ? importTarget(target[condition]!) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The runtime entries among package.json `exports`: those whose import target is built JavaScript
 * under dist/<format>/, mapped back to src/ (`./dist/esm/redis.js` → `src/redis.ts`). Data files
 * (the spec, package.json) are not runtime code and are left out.
 */
export function runtimeEntries(pkg: { exports?: Record<string, ExportTarget> }): RuntimeEntry[] {
  const entries: RuntimeEntry[] = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const file = importTarget(target);
    const built = file ? /^\.\/dist\/[^/]+\/(.+)\.(?:m|c)?js$/.exec(file) : null;
    if (built) entries.push({ subpath, source: `src/${built[1]}.ts` });
  }
  return entries;
}

const COMMON: BuildOptions = {
  bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'silent',
};

async function sizeOf(options: BuildOptions): Promise<BundleSize> {
  const { outputFiles, metafile } = await build({ ...COMMON, ...options, metafile: true });
  const code = outputFiles![0]!.contents;
  const output = Object.values(metafile!.outputs)[0]!;
  const inputs = Object.fromEntries(Object.entries(output.inputs).map(([file, v]) => [file, v.bytesInOutput])
    .filter(([, bytes]) => (bytes as number) > 0).sort((a, b) => (b[1] as number) - (a[1] as number)));
  return { minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength, inputs };
}

export async function measureSize(root: string): Promise<SizeResult> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Parameters<typeof runtimeEntries>[0];
  const found = runtimeEntries(pkg);
  if (!found.some((e) => e.subpath === '.')) throw new Error('size: package.json exports has no runtime main entry "."');
  const entries: SizeResult['entries'] = {};
  for (const { subpath, source } of found) entries[subpath] = { source, ...await sizeOf({ entryPoints: [join(root, source)] }) };
  return {
    entries,
    openapiFetch: await sizeOf({
      stdin: { contents: "export { default } from 'openapi-fetch';\nexport * from 'openapi-fetch';\n", resolveDir: root, loader: 'js' },
    }),
  };
}
