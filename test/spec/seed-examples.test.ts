// Every example of the source documents is in the spec: each ```json block of a covered seed
// (repaired where the documents' JSON is invalid) deep-equals the value of some example.
import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { loadBundledSpec, ROOT, type JsonObject } from '../helpers/spec';
import { SEED_SECTIONS } from './seed-sections';

const SEEDS = join(ROOT, '..', 'shared', 'seeds');

function allExampleValues(node: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => allExampleValues(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as JsonObject)) {
      if (key === 'example') found.push(value);
      if (key === 'value') found.push(value);
      allExampleValues(value, found);
    }
  }
  return found;
}

const examples = allExampleValues(loadBundledSpec());

const seedsPresent = existsSync(SEEDS);
const describeSeeds = seedsPresent ? describe : describe.skip;
if (!seedsPresent) {
  // Said out loud: the seeds live beside the repository (shared/), not in it.
  console.warn(`seed-examples: ${SEEDS} not found; skipping the seed coverage test`);
}

describeSeeds('every example of the source documents is in the spec', () => {
  for (const section of SEED_SECTIONS) {
    const text = seedsPresent ? readFileSync(join(SEEDS, section.file), 'utf8') : '';
    const blocks = [...text.matchAll(/```json\s*\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

    it(`${section.file}: has JSON blocks`, () => expect(blocks.length).toBeGreaterThan(0));

    blocks.forEach((block, index) => {
      if (section.notABody?.[index]) return;
      it(`${section.file} block ${index}`, () => {
        const source = section.repairs?.[index] ?? block;
        const value: unknown = JSON.parse(source);
        expect(examples.some((ex) => isDeepStrictEqual(ex, value))).toBe(true);
      });
    });
  }
});
