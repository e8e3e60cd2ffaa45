// Size: the runtime entry bundled (openapi-fetch included), minified and gzipped, as a browser
// bundler would ship it; openapi-fetch alone for comparison.
import { build, type BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  minifiedBytes: number;
  gzipBytes: number;
  /** Minified bytes each input contributes, largest first. */
  inputs: Record<string, number>;
}

export interface SizeResult {
  client: BundleSize;
  openapiFetch: BundleSize;
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
  return {
    client: await sizeOf({ entryPoints: [join(root, 'src', 'index.ts')] }),
    openapiFetch: await sizeOf({
      stdin: { contents: "export { default } from 'openapi-fetch';\nexport * from 'openapi-fetch';\n", resolveDir: root, loader: 'js' },
    }),
  };
}
