#!/usr/bin/env node
// The build: lint -> bundle (YAML + JSON, and the flat-query form of both) -> TypeScript types -> reference page.
// Everything it writes goes to generated/; nothing there is edited by hand.
// `node scripts/build.mjs --out DIR` writes to DIR instead (the drift test compares the two).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, NEVER } from 'openapi-typescript';
import { buildReference } from './reference/build-reference.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1] : join(root, 'generated'));
const skipLint = process.argv.includes('--skip-lint');

// Redocly must not phone home: the build runs with no network but the npm registry.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (name, args) => {
  console.log(`> ${name} ${args.join(' ')}`);
  execFileSync(bin(name), args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
};

mkdirSync(join(out, 'docs'), { recursive: true });
if (!skipLint) run('redocly', ['lint', 'openapi/openapi.yaml', '--format=stylish']);
const bundle = join(out, 'openapi.yaml');
run('redocly', ['bundle', 'openapi/openapi.yaml', '-o', bundle, '--component-renaming-conflicts-severity=error']);
run('redocly', ['bundle', 'openapi/openapi.yaml', '-o', join(out, 'openapi.json'), '--ext', 'json']);
// The form for other generators: the same sources through redocly.yaml's `amocrm-flat-query` API,
// whose decorator (scripts/redocly/flat-query.cjs) turns each PHP-style filter key into its own
// query parameter. `openapi/openapi.yaml` given as a path above gets the `amocrm` API's config.
for (const ext of ['yaml', 'json']) {
  run('redocly', ['bundle', 'amocrm-flat-query', '-o', join(out, `openapi.flat-query.${ext}`), '--ext', ext,
    '--component-renaming-conflicts-severity=error']);
}
// The Node API, not the CLI: the CLI reads redocly.yaml's `apis` and wants its output path there.
console.log('> openapi-typescript (types)');
const ast = await openapiTS(pathToFileURL(bundle), {
  // A property that no value matches (`not: {}`, written instead of the boolean schema `false`,
  // which orval cannot read) is `never`, as `false` was.
  transform: (schema) => (isNothing(schema) ? NEVER : undefined),
});
writeFileSync(join(out, 'schema.d.ts'), withRenamedAliases(astToString(ast)));
// The JSON bundles end with a newline, like every other committed file.
for (const name of ['openapi.json', 'openapi.flat-query.json']) {
  const json = join(out, name);
  const text = readFileSync(json, 'utf8');
  if (!text.endsWith('\n')) writeFileSync(json, `${text}\n`);
}

/** `{not: {}}` and nothing else: the schema no value matches. */
function isNothing(schema) {
  if (!schema || typeof schema !== 'object' || Object.keys(schema).length !== 1) return false;
  const not = schema.not;
  return !!not && typeof not === 'object' && Object.keys(not).length === 0;
}

/**
 * Old names of renamed components (scripts/lib/renamed-components.json) stay importable from the
 * types: each becomes a deprecated alias of its new name beside the other schemas.
 */
function withRenamedAliases(types) {
  const renamed = JSON.parse(readFileSync(join(root, 'scripts', 'lib', 'renamed-components.json'), 'utf8'));
  const start = types.indexOf('export interface components {\n');
  if (start < 0) throw new Error('schema.d.ts: no components interface to alias renamed names in');
  let [before, text] = [types.slice(0, start), types.slice(start)];
  for (const [kind, names] of Object.entries(renamed)) {
    // Retired names (`to: null`, examples only) make no type to alias.
    if (kind.startsWith('$') || Object.values(names).every(({ to }) => to === null)) continue;
    const open = `\n    ${kind}: {\n`;
    if (!text.includes(open)) throw new Error(`schema.d.ts: no components.${kind} to alias renamed names in`);
    const aliases = Object.entries(names).map(([from, { to }]) =>
      `        /** @deprecated Renamed: use \`components["${kind}"]["${to}"]\`. */\n        ${from}: components["${kind}"]["${to}"];\n`).join('');
    text = text.replace(open, `${open}${aliases}`);
  }
  return before + text;
}

// The reference page last: it offers the finished bundles for download (scripts/reference/).
buildReference({ bundleDir: out, docsDir: join(out, 'docs'), run });
