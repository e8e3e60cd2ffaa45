// Spectral with its own OpenAPI ruleset (`spectral:oas`, recommended rules) finds nothing in the
// bundle: no error, no warning, no information or hint either (issue 21).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Spectral } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { ROOT } from '../helpers/spec';

const SEVERITY = ['error', 'warning', 'information', 'hint'];

describe.each(['openapi.json', 'openapi.flat-query.json'])('Spectral spectral:oas on generated/%s', (file) => {
  it('reports nothing', async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas as never, 'recommended']] });
    const text = readFileSync(join(ROOT, 'generated', file), 'utf8');
    const results = await spectral.run(new Document(text, Parsers.Json, file));
    // Not vacuous: the ruleset is loaded and runs (its rules are many; the bundle has operations).
    expect(Object.keys(spectral.ruleset?.rules ?? {}).length).toBeGreaterThan(40);
    expect(results.map((r) => `${SEVERITY[r.severity]} ${String(r.code)} ${r.path.join('.')}: ${r.message}`)).toEqual([]);
  }, 600_000);
});
