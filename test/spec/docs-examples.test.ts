// Every JSON example of the amoCRM reference pages a section covers is in the spec: each ```json
// block (repaired where the page's JSON is invalid, or adapted where the spec says why) deep-equals
// the value of some example. The pages live beside the repository (../shared/amocrm-docs); without
// them the test says so and skips.
import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { loadBundledSpec, ROOT, type JsonObject } from '../helpers/spec';
import { fencedJsonBlocks } from '../helpers/seed-blocks';

const DOCS = join(ROOT, '..', 'shared', 'amocrm-docs', 'crm_platform');

interface DocPage {
  file: string;
  /** Blocks (zero-based) whose JSON is invalid on the page: the repair of their text. */
  repaired?: Record<number, (text: string) => string>;
  /** Blocks the spec shows changed, with how (the example's description says why). */
  adapted?: Record<number, (value: any) => unknown>;
  /** Blocks the spec does not show as an example: the block's value (checked, so the page is still what was judged) and why. */
  omitted?: Record<number, { value: unknown; why: string }>;
  /** The page fences its examples with a bare ``` instead of ```json. */
  plainFences?: boolean;
}

const elideButtonScript = (script: string) => script.replace("s.src='https://gso.amocrm.ru/js/button.js'", "s.src='https:…/js/button.js'");

const PAGES: DocPage[] = [
  // No comma after "drive_url".
  { file: 'account-info.md', repaired: { 0: (t) => t.replace('"https://drive-b.amocrm.ru"\n', '"https://drive-b.amocrm.ru",\n') } },
  // A trailing comma after "color": null in _embedded.tags[0].
  { file: 'leads-api.md', repaired: { 1: (t) => t.replace(/"color": null,(\s*\})/, '"color": null$1') } },
  {
    file: 'contacts-api.md',
    adapted: {
      // The batch-edit example is one object (the single edit's body) and sends field_name, which a write does not take.
      4: (v) => { delete v.custom_fields_values[0].field_name; return v; },
    },
  },
  { file: 'companies-api.md' },
  { file: 'leads_pipelines.md' },
  { file: 'users-api.md' },
  {
    file: 'unsorted-api.md',
    // The two GET "request examples" are URLs inside ```json fences: their queries are the filter parameters' examples.
    repaired: {
      0: () => JSON.stringify({ uid: '98fb033cefde74f5de1a5d3980a2a2d108037' }),
      13: () => JSON.stringify({ created_at: { from: 1589176500, to: 1589176560 }, pipeline_id: 2194576 }),
    },
    adapted: {
      // The forms example sends the contact's name and last_name as numbers; a contact's name is a string.
      5: (v) => { const c = v[0]._embedded.contacts[0]; c.name = String(c.name); c.last_name = String(c.last_name); return v; },
    },
  },
  { file: 'webhooks-api.md' },
  { file: 'calls-api.md' },
  {
    file: 'sources-api.md',
    // A trailing comma after the "add" array of the CRM Plugin edit.
    repaired: { 11: (t) => t.replace(/\],(\s*\})/, ']$1') },
    // The CRM Plugin scripts load https://gso.amocrm.ru/js/button.js: the examples elide its address,
    // since the reference page must name no script it could load from elsewhere.
    adapted: {
      12: (v) => ({ ...v, script: elideButtonScript(v.script) }),
      13: (v) => ({ ...v, script: elideButtonScript(v.script) }),
      14: (v) => {
        for (const b of v._embedded.website_buttons) b.script = elideButtonScript(b.script);
        return v;
      },
    },
    omitted: { 10: { value: {}, why: 'the online chat 202 is "an empty answer" (пустой ответ): declared with no body' } },
  },
  { file: 'short_links.md', plainFences: true },
];

function allExampleValues(node: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => allExampleValues(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as JsonObject)) {
      if (key === 'example' || key === 'value') found.push(value);
      allExampleValues(value, found);
    }
  }
  return found;
}

const present = existsSync(DOCS);
if (!present) console.warn(`docs-examples: ${DOCS} not found; skipping the documentation coverage test`);
const describeDocs = present ? describe : describe.skip;
const examples = present ? allExampleValues(loadBundledSpec()) : [];

describeDocs('every JSON example of the covered reference pages is in the spec', () => {
  for (const page of PAGES) {
    const text = present ? readFileSync(join(DOCS, page.file), 'utf8') : '';
    const blocks = page.plainFences ? [...text.matchAll(/```\s*\n([\s\S]*?)```/g)].map((m) => m[1]!.trim()) : fencedJsonBlocks(text);
    it(`${page.file}: has JSON blocks`, () => expect(blocks.length).toBeGreaterThan(0));
    blocks.forEach((block, index) => {
      it(`${page.file} block ${index}`, () => {
        const omitted = page.omitted?.[index];
        if (omitted) {
          expect(JSON.parse(block)).toEqual(omitted.value);
          return;
        }
        const repair = page.repaired?.[index];
        // A repair is kept only while the page's text is still invalid.
        if (repair) expect(() => JSON.parse(block)).toThrow();
        let value: unknown = JSON.parse(repair ? repair(block) : block);
        const adapt = page.adapted?.[index];
        if (adapt) value = adapt(value);
        expect(examples.some((ex) => isDeepStrictEqual(ex, value))).toBe(true);
      });
    });
  }
});
