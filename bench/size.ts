// Size: the runtime entry bundled (openapi-fetch included), minified and gzipped, as a browser
// bundler would ship it; openapi-fetch alone for comparison.
import { build, type BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  minifiedBytes: number;
  gzipBytes: number;
}

export interface SizeResult {
  client: BundleSize;
  openapiFetch: BundleSize;
}

const COMMON: BuildOptions = {
  bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'silent',
};

async function sizeOf(options: BuildOptions): Promise<BundleSize> {
  const { outputFiles } = await build({ ...COMMON, ...options });
  const code = outputFiles![0]!.contents;
  return { minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

export async function measureSize(root: string): Promise<SizeResult> {
  return {
    client: await sizeOf({ entryPoints: [join(root, 'src', 'index.ts')] }),
    openapiFetch: await sizeOf({
      stdin: { contents: "export { default } from 'openapi-fetch';\nexport * from 'openapi-fetch';\n", resolveDir: root, loader: 'js' },
    }),
  };
}
