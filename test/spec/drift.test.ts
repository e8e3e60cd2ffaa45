// generated/ is committed: rebuilding from openapi/ must reproduce it byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/spec';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

// Files under generated/ that other steps produce (the docs screenshot) are not the build's.
const NOT_FROM_BUILD = [/\.png$/];

describe('generated/ is fresh', () => {
  const out = mkdtempSync(join(tmpdir(), 'amocrm-build-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('rebuilding from openapi/ changes nothing', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--skip-lint', '--out', out], {
      cwd: ROOT, stdio: 'pipe',
    });
    const generated = join(ROOT, 'generated');
    const committed = listFiles(generated).map((f) => relative(generated, f))
      .filter((f) => !NOT_FROM_BUILD.some((re) => re.test(f))).sort();
    const rebuilt = listFiles(out).map((f) => relative(out, f)).sort();
    expect(committed).toEqual(rebuilt);
    const stale = rebuilt.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(generated, f))));
    expect(stale).toEqual([]); // if this fails: run `npm run build` and commit generated/
  });
});
