// The reference page as readers meet it: generated/docs/index.html served from 127.0.0.1 (and opened
// as a file) in headless Chromium, with no network. Every operation and callback of the spec must be reachable,
// nothing may be loaded from elsewhere, and the README's screenshot is taken here.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium, runChromium, startDocsServer, visible, type PageRun } from '../helpers/chromium';
import { loadBundledSpec, operationsOf, ROOT, type JsonObject } from '../helpers/spec';

const PAGE = join(ROOT, 'generated', 'docs', 'index.html');
const SCREENSHOT = join(ROOT, 'generated', 'docs', 'screenshot.png');
const spec = loadBundledSpec();
// The callbacks amoCRM sends (top-level `webhooks`) are in the reference too, in their own sections.
const callbacks = Object.values((spec.webhooks ?? {}) as Record<string, JsonObject>)
  .flatMap((item) => ['get', 'post'].filter((m) => item[m]).map((m) => item[m] as JsonObject));
const operations = [...operationsOf(spec).map(({ operation }) => operation), ...callbacks].map((operation) => ({
  id: operation.operationId as string, summary: operation.summary as string, tag: (operation.tags as string[])[0]!,
}));
const tags = [...new Set(operations.map((o) => o.tag))];
const groupedTags = ((spec['x-tagGroups'] ?? []) as Array<{ tags: string[] }>).flatMap((g) => g.tags);

/** Requests the page itself made (not Chromium's own services) that went anywhere but `origin`. */
function foreignRequests(run: PageRun, site: string, origin: string) {
  return run.requests.filter((r) => r.site.includes(site))
    .map((r) => r.url).filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
}

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

  describe('served from 127.0.0.1 in headless Chromium', () => {
    let server: { url: string; stop(): Promise<void> };
    let sectionPath: Map<string, string>;
    beforeAll(async () => {
      findChromium();
      server = await startDocsServer();
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('renders the introduction, with a sidebar entry for every section and nothing fetched from elsewhere', () => {
      const run = runChromium(server.url, { dumpDom: true });
      const { text, links } = visible(run.dom);
      expect(text).toContain(spec.info && (spec.info as JsonObject).title as string);
      expect(text).toContain('The account\'s own host');
      sectionPath = new Map(links.map((l) => [l.text, l.href.replace(/^#/, '')]));
      for (const tag of new Set([...groupedTags, ...tags])) expect(sectionPath.get(tag)).toMatch(/^\/[a-z0-9-]+$/);
      expect(foreignRequests(run, '127.0.0.1', server.url)).toEqual([]);
      expect(run.requests.map((r) => r.url)).toContain(server.url);
    });

    it.each(tags)('section %s shows every one of its operations', (tag) => {
      const path = sectionPath.get(tag);
      expect(path).toBeDefined();
      const run = runChromium(`${server.url}#${path}`, { dumpDom: true });
      const { text, links } = visible(run.dom);
      const missing = operations.filter((o) => o.tag === tag).filter((o) => {
        const link = links.find((l) => l.href === `#${path}/${o.id.toLowerCase()}`);
        return !link || !link.text.startsWith(o.summary);
      });
      expect(missing.map((o) => `${o.id} (${o.summary})`)).toEqual([]);
      expect(text).toContain(operations.find((o) => o.tag === tag)!.summary);
      expect(foreignRequests(run, '127.0.0.1', server.url)).toEqual([]);
    });

    it('renders an operation with its code samples', () => {
      const first = operations[0]!;
      const url = `${server.url}#${sectionPath.get(first.tag)}/${first.id.toLowerCase()}`;
      const { text } = visible(runChromium(url, { dumpDom: true }).dom);
      expect(text).toContain(first.summary);
      expect(text).toMatch(/curl .*https:\/\/example\.amocrm\.ru\//);
    });

    it('saves the README screenshot of the landing page', () => {
      // The landing page, not a deeper route: its first paint is already the final one (a route
      // in the hash renders after `load`, when the screenshot may already have been taken).
      const dir = mkdtempSync(join(tmpdir(), 'amocrm-shot-'));
      try {
        const shot = join(dir, 'screenshot.png');
        runChromium(server.url, { screenshot: shot });
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

  it('works opened as a file, with no server at all', () => {
    const url = pathToFileURL(PAGE).href;
    const tag = tags[0]!;
    const slug = tag.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const run = runChromium(`${url}#/${slug}`, { dumpDom: true });
    const { text } = visible(run.dom);
    for (const o of operations.filter((x) => x.tag === tag)) expect(text).toContain(o.summary);
    expect(run.requests.map((r) => r.url).filter((u) => /^https?:/.test(u) && !/google|gstatic|gvt1/.test(u))).toEqual([]);
  });
});
