#!/usr/bin/env node
// `npm run build:client`: compiles src/ twice into dist/ (not committed): ESM in dist/esm and
// CommonJS in dist/cjs, each with its types, plus the generated schema types they import. For Node,
// `import` is served by small ESM wrappers over the CommonJS build (dist/esm/node/), so that a
// process that loads the package both ways still has one set of classes (no dual package hazard:
// an error thrown by a client made through `require` is `instanceof` the class got by `import`).
// Bundlers and browsers get the ESM build itself. Every entry of package.json's `exports` (the
// root, `./batch`, `./custom-fields`, `./webhooks`, `./chats`, `./drive`, and `./redis-limiter` from src/redis/) must then exist.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

rmSync(dist, { recursive: true, force: true });
const formats = [
  { dir: 'esm', type: 'module', args: ['--module', 'es2022', '--moduleResolution', 'bundler'] },
  { dir: 'cjs', type: 'commonjs', args: ['--module', 'commonjs', '--moduleResolution', 'node10'] },
];
for (const { dir, type, args } of formats) {
  console.log(`> tsc (${dir})`);
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', join(dist, dir), ...args],
    { cwd: root, stdio: 'inherit' });
  // Each half says what it is, whatever the root package.json says.
  writeFileSync(join(dist, dir, 'package.json'), `${JSON.stringify({ type }, null, 2)}\n`);
}
// src/ imports the spec's types as '../generated/schema.js': from dist/<format>/ that is dist/generated/.
mkdirSync(join(dist, 'generated'), { recursive: true });
copyFileSync(join(root, 'generated', 'schema.d.ts'), join(dist, 'generated', 'schema.d.ts'));

// The package's entry points (package.json `exports`): one wrapper each, naming every runtime export.
const ENTRIES = ['index', 'batch', 'custom-fields', 'webhooks', 'chats', 'drive'];
const require = createRequire(import.meta.url);
mkdirSync(join(dist, 'esm', 'node'), { recursive: true });
for (const entry of ENTRIES) {
  const names = Object.keys(require(join(dist, 'cjs', `${entry}.js`))).filter((n) => n !== '__esModule').sort();
  writeFileSync(join(dist, 'esm', 'node', `${entry}.js`), '// Node: the CommonJS build\'s objects, so that require and import share one set of classes.\n'
    + `import cjs from '../../cjs/${entry}.js';\n\nexport const { ${names.join(', ')} } = cjs;\n`);
}
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const missing = targets(exports).filter((file) => file.startsWith('./dist/') && !existsSync(join(root, file)));
if (missing.length > 0) throw new Error(`build-client: package.json exports files the build did not write: ${missing.join(', ')}`);
