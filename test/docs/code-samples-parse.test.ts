// Every PHP and Python sample the reference publishes parses with the language's own tool
// (`php -l`; Python's `ast`), so a reader can paste one. Debian's php-cli and python3: .ci/run
// installs php-cli; the test fails, not skips, where either is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundledSpec, operationsOf } from '../helpers/spec';

interface CodeSample { lang: string; label: string; source: string }
// The Chats API (signed with the channel secret) and a drive part (sent to the URL the drive gives)
// publish curl and the package's helper only: test/docs/code-samples.test.ts checks those.
const ownSamples = (path: string, operationId: unknown) => path.startsWith('/v2/origin/custom/') || operationId === 'uploadDriveFilePart';
const samples = operationsOf(loadBundledSpec()).filter(({ path, operation }) => !ownSamples(path, operation.operationId)).map(({ operation }) => {
  const list = (operation['x-codeSamples'] ?? []) as CodeSample[];
  return {
    operationId: String(operation.operationId),
    php: list.find((s) => s.lang === 'PHP')?.source,
    python: list.find((s) => s.lang === 'Python')?.source,
  };
});

// `php -l` lints one file at a time: a small PHP script runs it for each file and reports the failures.
const PHP_LINT_ALL = String.raw`
$bad = [];
foreach (array_slice($argv, 1) as $file) {
  $out = []; $code = 0;
  exec('php -l ' . escapeshellarg($file) . ' 2>&1', $out, $code);
  if ($code !== 0) { $bad[] = basename($file) . ': ' . implode(' ', $out); }
}
echo implode("\n", $bad);
exit(count($bad) ? 1 : 0);
`;

const PYTHON_PARSE_ALL = String.raw`
import ast, sys, os
bad = []
for path in sys.argv[1:]:
    try:
        ast.parse(open(path, encoding="utf-8").read(), filename=path)
    except SyntaxError as e:
        bad.append("%s: %s" % (os.path.basename(path), e))
print("\n".join(bad))
sys.exit(1 if bad else 0)
`;

describe('PHP and Python code samples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'amocrm-samples-parse-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (ext: 'php' | 'py', pick: (s: typeof samples[number]) => string | undefined) =>
    samples.map((s) => {
      const file = join(dir, `${s.operationId}.${ext}`);
      writeFileSync(file, pick(s)!);
      return file;
    });

  it('every operation has one of each', () => {
    expect(samples.filter((s) => !s.php || !s.python).map((s) => s.operationId)).toEqual([]);
  });

  it('all PHP samples pass `php -l`', () => {
    const files = write('php', (s) => s.php);
    const result = spawnSync('php', ['-r', PHP_LINT_ALL, '--', ...files], { encoding: 'utf8', timeout: 300000 });
    if (result.error) throw new Error(`php is missing (${result.error.message}): apt-get install php-cli (.ci/run does)`);
    expect(result.stdout.trim()).toBe('');
    expect(result.status).toBe(0);
  });

  it('all Python samples parse (python3 ast)', () => {
    const files = write('py', (s) => s.python);
    const result = spawnSync('python3', ['-c', PYTHON_PARSE_ALL, ...files], { encoding: 'utf8', timeout: 120000 });
    if (result.error) throw new Error(`python3 is missing (${result.error.message})`);
    expect(result.stdout.trim()).toBe('');
    expect(result.status).toBe(0);
  });

  it('the checks catch a sample that does not parse', () => {
    const php = join(dir, 'broken.php');
    writeFileSync(php, "<?php\n$client->request('GET', [\n");
    const phpRun = spawnSync('php', ['-r', PHP_LINT_ALL, '--', php], { encoding: 'utf8' });
    expect(phpRun.stdout).toMatch(/broken\.php/);
    expect(phpRun.status).not.toBe(0);
    const py = join(dir, 'broken.py');
    writeFileSync(py, 'payload = {\n    "a": 1\n');
    const pyRun = spawnSync('python3', ['-c', PYTHON_PARSE_ALL, py], { encoding: 'utf8' });
    expect(pyRun.stdout).toMatch(/broken\.py/);
    expect(pyRun.status).not.toBe(0);
  });
});
