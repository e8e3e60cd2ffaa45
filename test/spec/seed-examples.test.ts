// Every example of the source documents is in the spec: each JSON example of a covered seed section
// (repaired where the documents' JSON is invalid) deep-equals the value of some example.
import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { loadBundledSpec, ROOT, type JsonObject } from '../helpers/spec';
import { fencedJsonBlocks, plainJsonBlocks, sliceSeed } from '../helpers/seed-blocks';
import { SEED_SECTIONS, type SeedSection } from './seed-sections';

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

function sectionName(section: SeedSection): string {
  const range = [section.startAt && `from "${section.startAt}"`, section.endBefore && `before "${section.endBefore}"`];
  return [section.file, ...range.filter(Boolean)].join(' ');
}

describeSeeds('every example of the source documents is in the spec', () => {
  for (const section of SEED_SECTIONS) {
    const name = sectionName(section);
    const text = seedsPresent ? sliceSeed(readFileSync(join(SEEDS, section.file), 'utf8'), section) : '';
    const plain = section.format === 'plain' ? plainJsonBlocks(text) : undefined;
    const blocks = plain ? plain.blocks : fencedJsonBlocks(text);

    it(`${name}: has JSON blocks`, () => expect(blocks.length).toBeGreaterThan(0));
    if (plain) {
      it(`${name}: every example heading is followed by a JSON value`, () => expect(blocks.length).toBe(plain.headings));
    }

    blocks.forEach((block, index) => {
      if (section.notABody?.[index]) return;
      it(`${name} block ${index}`, () => {
        const repair = section.repairs?.[index];
        // A repair is kept only while the documents' text is still invalid.
        if (repair !== undefined) expect(() => JSON.parse(block)).toThrow();
        const source = repair ?? block;
        const value: unknown = JSON.parse(source);
        expect(examples.some((ex) => isDeepStrictEqual(ex, value))).toBe(true);
      });
    });
  }
});
