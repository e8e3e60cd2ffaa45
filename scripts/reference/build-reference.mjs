// The reference page: generated/docs/index.html from the bundled spec (redocly build-docs, Redoc),
// with this project's template (scripts/reference/template.hbs), a Coverage section computed from
// the spec and coverage.yaml, every operation's code samples shown, section links that work as
// files and in new tabs, and the bundled spec beside the page for download.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { SAMPLE_LANGUAGES } = require('../redocly/code-samples.cjs');

export const TITLE = 'amoCRM (Kommo) REST API v4 reference';
export const COVERAGE_TAG = 'Coverage';
/** The files offered for download on the page, copied beside it. */
export const DOWNLOADS = [
  { file: 'openapi.json', title: 'OpenAPI 3.1 (JSON)' },
  { file: 'openapi.yaml', title: 'OpenAPI 3.1 (YAML)' },
  { file: 'openapi.flat-query.json', title: 'For other generators: one query parameter per filter key (JSON)' },
  { file: 'openapi.flat-query.yaml', title: 'For other generators: one query parameter per filter key (YAML)' },
];

/** Redoc's address of a tag: `Pipeline statuses` is `#/pipeline-statuses`. */
export const slugOf = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Operations per tag, in paths and webhooks. */
export function operationCounts(spec) {
  const counts = new Map();
  for (const items of [spec.paths ?? {}, spec.webhooks ?? {}]) {
    for (const item of Object.values(items)) {
      for (const method of METHODS) {
        const tag = item?.[method]?.tags?.[0];
        if (tag) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** The Coverage section's text: which sections of amoCRM's reference are described here, and which not yet. */
export function coverageMarkdown(spec, sections = parse(readFileSync(join(here, 'coverage.yaml'), 'utf8')).sections) {
  const counts = operationCounts(spec);
  const callbacks = Object.values(spec.webhooks ?? {}).reduce((n, item) => n + METHODS.filter((m) => item?.[m]).length, 0);
  const total = [...counts.values()].reduce((a, b) => a + b, 0) - callbacks;
  const link = (tag) => `[${tag}](#/${slugOf(tag)}) (${counts.get(tag)})`;
  const covered = [];
  const missing = [];
  for (const section of sections) {
    const tags = section.tags.filter((t) => counts.get(t));
    if (tags.length) covered.push(`- ${section.name}: ${tags.map(link).join(', ')}`);
    else missing.push(`- ${section.name} (\`${section.source}\`)`);
  }
  const listed = new Set(sections.flatMap((s) => s.tags));
  const extra = [...counts.keys()].filter((t) => !listed.has(t));
  if (extra.length) covered.push(`- Also: ${extra.map(link).join(', ')}`);
  return [
    `This reference describes **${total} operations** and **${callbacks} callbacks** (what amoCRM sends) in ${counts.size} sections. It is written section by`,
    'section from amoCRM\'s official reference; this list is computed from the description itself when the',
    'page is built, so it is never behind it.',
    '',
    '**Described here** (operations in brackets):',
    '',
    ...covered,
    '',
    '**Not described yet** (the page of the official reference under `/developers/content/`):',
    '',
    ...(missing.length ? missing : ['- nothing: every section of the official reference listed in this project is described.']),
    '',
    '**Downloads.** The description this page shows, bundled into one file:',
    ...DOWNLOADS.map((d) => `[${d.title}](${d.file})`).map((l) => `- ${l}`),
    '',
  ].join('\n');
}

/** The spec the page shows: the bundle plus the Coverage section at the end of the introduction. */
export function pageSpec(spec) {
  const page = structuredClone(spec);
  page.tags = [...(page.tags ?? []), { name: COVERAGE_TAG, description: coverageMarkdown(spec) }];
  const groups = page['x-tagGroups'] ?? [];
  if (groups.length) groups[0].tags = [...groups[0].tags, COVERAGE_TAG];
  return page;
}

export const FAVICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
  + '<rect width="32" height="32" rx="7" fill="#0d76bd"/><text x="16" y="22" text-anchor="middle" font-family="sans-serif" '
  + 'font-size="15" font-weight="bold" fill="#fff">amo</text></svg>')}`;

/** Redoc's options: the samples' tabs in order (a sample whose label is not listed is dropped), the downloads. */
export function redocOptions() {
  return {
    codeSamples: { languages: SAMPLE_LANGUAGES.map(({ lang, label }) => ({ lang, label })) },
    downloadUrls: DOWNLOADS.map((d) => ({ url: d.file, title: d.title })),
  };
}

/**
 * The server-rendered HTML links sections as `/tasks`: a 404 opened in a new tab or from a file.
 * Redoc itself routes by hash (`#/tasks`), and hydration keeps the server's attributes, so the
 * server-rendered links get the hash form. Only the rendered HTML, not the embedded state.
 */
export function hashLinks(html) {
  const start = html.indexOf('<div id="redoc">');
  const end = html.indexOf('<script type="module">', start);
  if (start < 0 || end < 0) throw new Error('reference: the page has no server-rendered #redoc block');
  const rendered = html.slice(start, end).replace(/\bhref="\/(?!\/)/g, 'href="#/');
  return html.slice(0, start) + rendered + html.slice(end);
}

// Redoc's sidebar credit loads its logo from Redocly's CDN: the same credit as an inline SVG instead.
const CREDIT = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="44" height="14" viewBox="0 0 44 14">'
  + '<text x="0" y="11" font-family="sans-serif" font-size="11" font-weight="bold" fill="#5d6272">Redocly</text></svg>')}`;

/** Writes `docsDir/index.html` and the downloads beside it. `run(bin, args)` runs a node_modules binary. */
export function buildReference({ bundleDir, docsDir, run }) {
  const spec = JSON.parse(readFileSync(join(bundleDir, 'openapi.json'), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'amocrm-reference-'));
  try {
    const input = join(work, 'reference.json');
    writeFileSync(input, JSON.stringify(pageSpec(spec)));
    const titles = Object.fromEntries([...(spec.tags ?? []).map((t) => t.name), COVERAGE_TAG].map((n) => [slugOf(n), n]));
    const template = join(work, 'template.hbs');
    writeFileSync(template, readFileSync(join(here, 'template.hbs'), 'utf8')
      .replace('__FAVICON__', FAVICON).replace('__SECTION_TITLES__', JSON.stringify(titles)));
    const page = join(docsDir, 'index.html');
    run('redocly', ['build-docs', input, '--inlineBundle', '-o', page, '--title', TITLE, '--template', template,
      '--openapi', JSON.stringify(redocOptions())]);
    const html = readFileSync(page, 'utf8').replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g, CREDIT);
    writeFileSync(page, hashLinks(html));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  for (const { file } of DOWNLOADS) copyFileSync(join(bundleDir, file), join(docsDir, file));
}
