// The README stands on its own: it names no file outside the repository, and every repository
// path it names exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/spec';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('the README', () => {
  it('names no file outside the repository', () => {
    expect(readme.match(/\.\.\/[\w./-]+/g) ?? []).toEqual([]);
    expect(readme.match(/\/(?:work|home|tmp)\/[\w./-]+/g) ?? []).toEqual([]);
    expect(readme).not.toMatch(/DEVELOPERS\.md/);
  });

  it('names only repository paths that exist', () => {
    const named = [...readme.matchAll(/`((?:src|scripts|test|bench|generated|openapi)\/[\w./-]*)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(5);
    // What a command writes and git ignores (`bench/results.json`) need not exist in a clone.
    const ignored = new Set(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim()));
    expect(named.filter((path) => !existsSync(join(ROOT, path)) && !ignored.has(path))).toEqual([]);
  });

  it('shows the OAuth options in full, with expiresAt in milliseconds said in words', () => {
    for (const option of ['clientId', 'clientSecret', 'redirectUri', 'tokens', 'onTokens', 'refreshMarginMs']) {
      expect(readme).toMatch(new RegExp(`\\b${option}:`));
    }
    expect(readme).toMatch(/`expiresAt` is [^.]*milliseconds since the epoch/);
  });
});
