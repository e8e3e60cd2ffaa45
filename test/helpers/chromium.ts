// Headless Chromium (Debian's `chromium` package) for the reference-page test: no puppeteer, no
// download. Nothing it loads may leave 127.0.0.1: every other host name fails to resolve.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './spec';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium binary, or an error that says how to get it (the test must fail, not skip). */
export function findChromium(): string {
  const found = CANDIDATES.find((c): c is string => !!c && existsSync(c));
  if (!found) {
    throw new Error('Chromium is missing (looked for /usr/bin/chromium, /usr/bin/chromium-browser, $CHROMIUM_PATH). '
      + 'Install Debian\'s package: `apt-get install chromium` (.ci/run does this on CI).');
  }
  return found;
}

export interface PageRun {
  /** The DOM after rendering (with --dump-dom), or '' for a screenshot run. */
  dom: string;
  /** Every URL the browser requested, with the site it was requested for (netlog). */
  requests: Array<{ url: string; site: string }>;
}

export function runChromium(url: string, mode: ({ dumpDom: true } | { screenshot: string }) & { budget?: number; window?: string }): PageRun {
  const chromium = findChromium();
  const profile = mkdtempSync(join(tmpdir(), 'amocrm-chromium-'));
  const netlog = join(profile, 'netlog.json');
  try {
    const args = [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`,
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1', `--log-net-log=${netlog}`,
      `--window-size=${mode.window ?? '1400,1000'}`, '--hide-scrollbars',
      // Virtual time: the page finishes loading (hydration, the search index) before the DOM is
      // dumped or the screenshot taken, whatever the machine's load. (With real time and a loaded
      // machine, the screenshot caught the server-rendered page, its search box still "Loading...".)
      `--virtual-time-budget=${mode.budget ?? 15000}`,
      ...('dumpDom' in mode ? ['--dump-dom'] : [`--screenshot=${mode.screenshot}`]),
      url,
    ];
    const result = spawnSync(chromium, args, { encoding: 'utf8', timeout: 60000 + (mode.budget ?? 0) * 4, maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`chromium failed (${result.status ?? result.signal}):\n${result.stderr}`);
    return { dom: 'dumpDom' in mode ? result.stdout : '', requests: readNetlog(netlog) };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function readNetlog(file: string): PageRun['requests'] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8').trim();
  // Chromium may stop before closing the JSON; close it ourselves then.
  const log = JSON.parse(text.endsWith('}') ? text : `${text.replace(/,\s*$/, '')}]}`) as {
    constants: { logEventTypes: Record<string, number> };
    events: Array<{ type: number; params?: { url?: string; network_isolation_key?: string } }>;
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.filter((e) => e.type === start && e.params?.url)
    .map((e) => ({ url: e.params!.url!, site: e.params!.network_isolation_key ?? '' }));
}

/** `node scripts/serve-docs.mjs` on a free port (DOCS_PORT=0); resolves to its URL. */
export async function startDocsServer(dir = join(ROOT, 'generated', 'docs')): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts', 'serve-docs.mjs')], {
    cwd: ROOT, env: { ...process.env, DOCS_PORT: '0', DOCS_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the docs server did not start:\n${output}`)), 10000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`the docs server exited (${code}):\n${output}`)));
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { url, stop };
}

/** The text and links a user sees: scripts (Redoc's embedded state) and styles removed. */
export function visible(dom: string): { text: string; links: Array<{ href: string; text: string }> } {
  const html = dom.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<style\b[\s\S]*?<\/style>/g, '');
  const textOf = (fragment: string) => fragment.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  const links = [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)]
    .map((m) => ({ href: m[1]!, text: textOf(m[2]!) }));
  return { text: textOf(html), links };
}


export interface HarnessVisit {
  route: string;
  found: boolean;
  /** document.title once the operation was shown. */
  title: string;
  /** The labels the request samples' language menu offers. */
  tabs: string[];
  /** The code shown for each label, after picking it. */
  samples: Record<string, string | null>;
  /** One-word type names the page broke over two lines. */
  brokenWords: string[];
  /** Code blocks wider than their box that do not scroll. */
  cutCode: string[];
  error?: string;
}

/**
 * Opens the page as a file in headless Chromium with test/helpers/reference-harness.js in it, which
 * visits every planned operation (`#/<route>`) and reads its request samples as shown. One browser
 * for the whole plan: a browser per operation would take minutes. An entry with `section: true` is a
 * section without samples (the introduction's): only its layout is checked.
 */
export function runHarness(page: string, plan: Array<{ route: string; labels: string[]; section?: boolean }>, window?: string): HarnessVisit[] {
  const dir = mkdtempSync(join(tmpdir(), 'amocrm-harness-'));
  try {
    const html = readFileSync(page, 'utf8');
    const at = html.lastIndexOf('</body>');
    const script = readFileSync(join(ROOT, 'test', 'helpers', 'reference-harness.js'), 'utf8');
    const injected = `<script>window.__HARNESS_PLAN = ${JSON.stringify(plan).replace(/</g, '\\u003c')};</script>`
      + `<script>${script}</script>`;
    const file = join(dir, 'index.html');
    writeFileSync(file, html.slice(0, at) + injected + html.slice(at));
    const run = runChromium(pathToFileURL(file).href, { dumpDom: true, budget: 60000 + plan.length * 5000, window });
    const match = /<pre id="harness-result">([^<]*)<\/pre>/.exec(run.dom);
    if (!match) throw new Error('the harness wrote no result (did the page load?)');
    return JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8')) as HarnessVisit[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
