// The reference page as readers meet it: generated/docs/index.html served from 127.0.0.1 (and opened
// as a file) in headless Chromium, with no network. Every operation shows each of its published code
// samples, sections have addresses that work in a new tab and from a file, nothing is loaded from
// elsewhere, and the README's screenshot is taken here. The callbacks amoCRM sends (top-level
// `webhooks`) are on the page too, in their own sections.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  findChromium, runChromium, runHarness, startDocsServer, visible, type HarnessVisit, type PageRun,
} from '../helpers/chromium';
import { loadBundledSpec, operationsOf, ROOT, type JsonObject } from '../helpers/spec';

const DOCS = join(ROOT, 'generated', 'docs');
const PAGE = join(DOCS, 'index.html');
const SCREENSHOT = join(DOCS, 'screenshot.png');
const TITLE = 'amoCRM (Kommo) REST API v4 reference';
const spec = loadBundledSpec();
const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

interface CodeSample { lang: string; label: string; source: string }
// The callbacks amoCRM sends (top-level `webhooks`) are in the reference too, in their own sections.
const callbacks = Object.values((spec.webhooks ?? {}) as Record<string, JsonObject>)
  .flatMap((item) => ['get', 'post'].filter((m) => item[m]).map((m) => item[m] as JsonObject));
const calls = operationsOf(spec).map(({ path, operation }) => ({ path, operation }));
const operations = [...calls, ...callbacks.map((operation) => ({ path: undefined, operation }))].map(({ path, operation }) => ({
  id: operation.operationId as string,
  // What the spec publishes: four languages; two (curl and the package's helper) for the Chats API,
  // signed with the channel secret, and a drive part, sent to the URL the drive gives; none for a
  // callback, which amoCRM sends rather than the reader.
  expectedSamples: path === undefined ? 0
    : path.startsWith('/v2/origin/custom/') || operation.operationId === 'uploadDriveFilePart' ? 2 : 4,
  summary: operation.summary as string,
  tag: (operation.tags as string[])[0]!,
  samples: (operation['x-codeSamples'] ?? []) as CodeSample[],
}));
const route = (o: { id: string; tag: string }) => `${slugOf(o.tag)}/${o.id.toLowerCase()}`;
const groups = (spec['x-tagGroups'] ?? []) as Array<{ name: string; tags: string[] }>;
const tags = [...new Set([...groups.flatMap((g) => g.tags), ...operations.map((o) => o.tag)])];
const counts = new Map<string, number>();
for (const o of operations) counts.set(o.tag, (counts.get(o.tag) ?? 0) + 1);

/** Requests the page itself made (not Chromium's own services) that went anywhere but `origin`. */
function foreignRequests(run: PageRun, site: string, origin: string) {
  return run.requests.filter((r) => r.site.includes(site))
    .map((r) => r.url).filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
}
const titleOf = (dom: string) => /<title>([^<]*)<\/title>/.exec(dom)?.[1]?.replace(/&amp;/g, '&');

describe('the reference page', () => {
  it('has Chromium to render it with', () => {
    expect(findChromium()).toMatch(/chromium/);
  });

  it('loads no external script, style, font or image (works offline)', () => {
    const html = readFileSync(PAGE, 'utf8');
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link\b[^>]*\bhref=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*['"`]?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(url\()?['"`]?(https?:)?\/\//i);
    expect(html).not.toMatch(/\b(src|href)\s*[:=]\s*[`'"](https?:)?\/\/[^`'"\s]+\.(js|mjs|css|woff2?|ttf|otf|svg|png)[`'"]/i);
  });

  it('has a favicon of its own, inline', () => {
    expect(readFileSync(PAGE, 'utf8')).toMatch(/<link rel="icon" type="image\/svg\+xml" href="data:image\/svg\+xml,%3Csvg/);
  });

  it('links sections by hash (#/tasks), never by a path that is a 404 from a file or in a new tab', () => {
    const html = readFileSync(PAGE, 'utf8');
    const rendered = html.slice(html.indexOf('<div id="redoc">'), html.indexOf('<script type="module">'));
    const hrefs = [...rendered.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.filter((h) => h.startsWith('/'))).toEqual([]);
    for (const tag of tags) expect(hrefs).toContain(`#/${slugOf(tag)}`);
  });

  it('has the bundled spec beside it for download: JSON, YAML and the flat-query form', () => {
    const html = readFileSync(PAGE, 'utf8');
    for (const file of ['openapi.json', 'openapi.yaml', 'openapi.flat-query.json', 'openapi.flat-query.yaml']) {
      expect(readFileSync(join(DOCS, file), 'utf8')).toBe(readFileSync(join(ROOT, 'generated', file), 'utf8'));
      expect(html).toContain(`href="${file}"`);
    }
  });

  it('keeps the 26-row table of custom field types in one place, which the custom field schemas link to', () => {
    const text = JSON.stringify(spec);
    const row = '| `org_legal_name` |';
    expect(text.split(row).length - 1).toBe(1);
    const tag = (spec.tags as Array<{ name: string; description: string }>).find((t) => t.name === 'Custom field types')!;
    expect(tag.description).toContain(row);
    // The type table's rows have three cells (the availability table's have seven).
    expect(tag.description.split('\n').filter((l) => /^\| `[a-z_]+` \| /.test(l) && l.split('|').length === 5)).toHaveLength(26);
    const schemas = (spec.components as JsonObject).schemas as Record<string, { description?: string }>;
    expect(schemas.CustomFieldType!.description).toContain('(#/custom-field-types)');
  });

  describe('served from 127.0.0.1 in headless Chromium', () => {
    let server: { url: string; stop(): Promise<void> };
    beforeAll(async () => {
      findChromium();
      server = await startDocsServer();
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('renders the introduction and what the page covers, with a sidebar entry for every section and nothing fetched from elsewhere', () => {
      const run = runChromium(server.url, { dumpDom: true });
      const { text, links } = visible(run.dom);
      expect(text).toContain((spec.info as JsonObject).title as string);
      expect(text).toContain('The account\'s own host');
      // Finished loading: the search index is built (the server-rendered page says "Loading...").
      expect(text).toMatch(/Search Ctrl\+K/);
      expect(text).not.toContain('Loading...');
      for (const tag of tags) expect(links.map((l) => l.href)).toContain(`#/${slugOf(tag)}`);
      expect(foreignRequests(run, '127.0.0.1', server.url)).toEqual([]);
      expect(run.requests.map((r) => r.url)).toContain(server.url);
      // The download links resolve to the files served beside the page.
      for (const file of ['openapi.json', 'openapi.flat-query.yaml']) expect(links.map((l) => l.href)).toContain(file);
    });

    it('says what it covers and what not yet, computed from the spec', () => {
      const { text } = visible(runChromium(`${server.url}#/coverage`, { dumpDom: true }).dom);
      expect(text).toContain(`This reference describes ${calls.length} operations and ${callbacks.length} callbacks (what amoCRM sends) in ${counts.size} sections`);
      for (const [tag, n] of counts) expect(text).toContain(`${tag} (${n})`);
      expect(text).toMatch(/Not described yet/);
    });

    it('saves the README screenshot of the landing page once it has finished loading', () => {
      const dir = mkdtempSync(join(tmpdir(), 'amocrm-shot-'));
      try {
        const shot = join(dir, 'screenshot.png');
        runChromium(server.url, { screenshot: shot, budget: 20000 });
        const png = readFileSync(shot);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(png.readUInt32BE(16)).toBe(1400); // width, from the IHDR chunk
        expect(png.length).toBeGreaterThan(30000); // a rendered page, not a blank one
        // Screenshots differ byte-wise run to run: replace the committed one only when the page
        // changed since (or when asked), so `npm test` does not dirty the tree every time.
        if (!existsSync(SCREENSHOT) || process.env.UPDATE_SCREENSHOT === '1'
          || statSync(PAGE).mtimeMs > statSync(SCREENSHOT).mtimeMs) copyFileSync(shot, SCREENSHOT);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('opened as a file, with no server at all', () => {
    const url = pathToFileURL(PAGE).href;

    // A section's address opened afresh, as a new tab or a bookmark would.
    it('a section opens from its own address, with its own title', () => {
      const tag = operations[operations.length - 1]!.tag;
      const run = runChromium(`${url}#/${slugOf(tag)}`, { dumpDom: true });
      const { text } = visible(run.dom);
      for (const o of operations.filter((x) => x.tag === tag)) expect(text).toContain(o.summary);
      expect(titleOf(run.dom)).toBe(`${tag} · ${TITLE}`);
      expect(run.requests.map((r) => r.url).filter((u) => /^https?:/.test(u) && !/google|gstatic|gvt1/.test(u))).toEqual([]);
    });

    // Every operation, through the page: one browser visits each operation's address, opens the
    // samples' language menu and picks every language (a browser per operation would take minutes).
    const sectionsOnly = tags.filter((t) => !counts.get(t)).map(slugOf);
    let visits: Map<string, HarnessVisit>;
    beforeAll(() => {
      visits = new Map(runHarness(PAGE, [
        ...sectionsOnly.map((r) => ({ route: r, labels: [], section: true })),
        ...operations.map((o) => ({ route: route(o), labels: o.samples.map((s) => s.label) })),
      ]).map((v) => [v.route, v]));
    }, 1200000);

    it.each(sectionsOnly)('section %s: no type name or code broken mid-word in its tables, no code block cut', (slug) => {
      const visit = visits.get(slug)!;
      expect(visit.found).toBe(true);
      expect(visit.brokenWords).toEqual([]);
      expect(visit.cutCode).toEqual([]);
    });

    it('the layout checks catch a word broken over two lines and a code block cut at its edge', () => {
      const dir = mkdtempSync(join(tmpdir(), 'amocrm-layout-'));
      try {
        const page = join(dir, 'index.html');
        writeFileSync(page, '<!DOCTYPE html><html><head><title>t</title></head><body><div data-section-id="/x">'
          + '<table><tr><td style="width:40px;word-break:break-all"><code>org_legal_name</code></td></tr></table>'
          + '<pre style="width:80px;overflow:hidden">curl --request GET --url https://example.amocrm.ru/api/v4/leads</pre>'
          + '</div></body></html>');
        const [visit] = runHarness(page, [{ route: 'x', labels: [], section: true }]);
        expect(visit!.brokenWords).toEqual(['org_legal_name']);
        expect(visit!.cutCode).toEqual([expect.stringMatching(/^curl --request GET/)]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    describe.each(groups.filter((g) => g.tags.some((t) => counts.get(t))).map((g) => [g.name, g] as const))('group %s', (_name, group) => {
      const planned = operations.filter((o) => group.tags.includes(o.tag));
      it.each(planned.map((o) => [`${o.id} (${o.tag})`, o] as const))('%s shows every published sample, as the spec has it', (_id, o) => {
        const visit = visits.get(route(o))!;
        expect(visit.error).toBeUndefined();
        expect(visit.found).toBe(true);
        expect(visit.title).toBe(`${o.tag} · ${TITLE}`);
        expect(o.samples.length).toBe(o.expectedSamples);
        expect(visit.tabs).toEqual(o.samples.map((s) => s.label));
        for (const sample of o.samples) expect({ label: sample.label, code: visit.samples[sample.label] }).toEqual({ label: sample.label, code: sample.source });
        expect(visit.brokenWords).toEqual([]);
        expect(visit.cutCode).toEqual([]);
      });
    });
  });
});
