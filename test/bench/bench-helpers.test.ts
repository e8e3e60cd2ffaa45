// The benchmarks' helpers (not the benchmarks: timed assertions do not belong in the suite).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countOperations, deref, minimalValue } from '../../bench/consumer-file';
import { figures } from '../../bench/overhead';
import { PEERS } from '../../bench/peers';
import { renameRef, scaleSpec } from '../../bench/scale-spec';
import { runtimeEntries } from '../../bench/size';
import { maxInWindow, median, medianRatio, rotated } from '../../bench/stats';
import {
  growthExponent, interpolate, parseDiagnostics, runTsc, scalesFor, writeConsumerProjects,
} from '../../bench/type-cost';
import { loadBundledSpec, operationsOf, ROOT } from '../helpers/spec';

describe('stats', () => {
  it('median of odd and even counts, unsorted input', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('medianRatio compares each round with its own baseline', () => {
    // Round 2 is slow for both (noise): its ratio is still 1.5.
    expect(medianRatio([15, 300, 16.5], [10, 200, 11])).toBeCloseTo(1.5);
    expect(() => medianRatio([1], [1, 2])).toThrow(RangeError);
  });

  it('median takes a typed array of request times', () => {
    expect(median(Float64Array.of(0.3, 0.1, 0.2))).toBeCloseTo(0.2);
  });

  it('figures: the ratio of median request times, with the per-round ratio of totals beside it', () => {
    // One slow request (a GC pause) moves the subject's mean and its round total, not its median.
    const times = {
      fetch: { roundMs: [0.4, 0.4], requestMs: Float64Array.of(0.1, 0.1, 0.1, 0.1) },
      client: { roundMs: [0.45, 1.2], requestMs: Float64Array.of(0.11, 0.11, 0.11, 0.9) },
    };
    const f = figures(times, 'fetch');
    expect(f.fetch.overFetch).toBe(1);
    expect(f.client.medianUs).toBeCloseTo(110);
    expect(f.client.overFetch).toBeCloseTo(1.1);
    expect(f.client.meanUs).toBeCloseTo(412.5);
    expect(f.client.overFetchByRound).toBeCloseTo((0.45 / 0.4 + 1.2 / 0.4) / 2);
  });

  it('rotated puts each item first once per cycle', () => {
    expect([0, 1, 2, 3].map((r) => rotated(['a', 'b', 'c'], r).join(''))).toEqual(['abc', 'bca', 'cab', 'abc']);
  });

  it('maxInWindow counts a half-open window, as a sliding-window server admits', () => {
    expect(maxInWindow([0, 10, 999, 1000, 1010], 1000)).toBe(3); // 1000 is outside the window of 0, 1010 outside that of 10
    expect(maxInWindow([0, 10, 999, 1000, 1001], 1000)).toBe(4); // 10..1001 spans 991 ms
    expect(maxInWindow([0, 1000, 2000], 1000)).toBe(1);
    expect(maxInWindow([], 1000)).toBe(0);
  });
});

describe('tsc diagnostics parser', () => {
  it('reads time, memory and counts', () => {
    const run = parseDiagnostics('Files: 79\nTypes:   15679\nInstantiations:  82479\nMemory used:   95441K\nCheck time:   0.70s\nTotal time:  1.37s\n'
      + 'CPU time: 1.520s\nMax RSS: 175992K\n');
    expect(run).toEqual({ totalSeconds: 1.37, checkSeconds: 0.7, cpuSeconds: 1.52, memoryMB: 95441 / 1024, types: 15679, instantiations: 82479 });
    expect(() => parseDiagnostics('Total time: 1s')).toThrow(/Check time/);
  });
});

describe('the type-cost projection', () => {
  it('measures at the spec, twice it, and the first multiple reaching the full spec', () => {
    expect(scalesFor(68)).toEqual([1, 2, 5]);
    expect(scalesFor(150)).toEqual([1, 2]);
    expect(scalesFor(300)).toEqual([1, 2]);
    expect(() => scalesFor(0)).toThrow(RangeError);
  });

  it('interpolates on the broken line through the points, extending the end segments', () => {
    const points = [{ x: 68, y: 1 }, { x: 136, y: 2 }, { x: 340, y: 6 }];
    expect(interpolate(points, 136)).toBeCloseTo(2);
    expect(interpolate(points, 290)).toBeCloseTo(2 + (4 * (290 - 136)) / 204);
    expect(interpolate(points, 34)).toBeCloseTo(0.5);
    expect(interpolate(points, 400)).toBeCloseTo(6 + (4 * 60) / 204);
    expect(interpolate([{ x: 1, y: 7 }], 5)).toBe(7);
  });

  it('growth exponent: 1 for linear, 2 for quadratic, none where a cost is not positive', () => {
    expect(growthExponent([{ x: 68, y: 1 }, { x: 136, y: 2 }, { x: 272, y: 4 }])).toBeCloseTo(1);
    expect(growthExponent([{ x: 10, y: 1 }, { x: 40, y: 16 }])).toBeCloseTo(2);
    expect(growthExponent([{ x: 10, y: -0.1 }, { x: 40, y: 1 }])).toBeNull();
  });
});

describe('the spec at k times its size', () => {
  const spec = loadBundledSpec() as unknown as Record<string, unknown>;

  it('renames pointers into copied components only', () => {
    expect(renameRef('#/components/schemas/Task', 3)).toBe('#/components/schemas/Task_3');
    expect(renameRef('#/components/schemas/Task/properties/id', 2)).toBe('#/components/schemas/Task_2/properties/id');
    expect(renameRef('#/components/securitySchemes/oauth2', 2)).toBe('#/components/securitySchemes/oauth2');
  });

  it('has k times the operations, unique operationIds, and every $ref of a copy resolving to that copy', () => {
    const scaled = scaleSpec(spec, 3);
    expect(countOperations(scaled)).toBe(3 * countOperations(spec));
    const ids: string[] = [];
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'operationId' && typeof value === 'string') ids.push(value);
        else if (key === '$ref' && typeof value === 'string') refs.push(value);
        else walk(value);
      }
    };
    walk(scaled.paths);
    walk(scaled.components);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of new Set(refs)) expect(() => deref(scaled, { $ref: ref })).not.toThrow();
    const copyRefs = JSON.stringify((scaled.paths as Record<string, unknown>)['/copy3/api/v4/tasks/{id}']).match(/#\/components\/(schemas|responses|parameters)\/[^"]+/g) ?? [];
    expect(copyRefs.length).toBeGreaterThan(0);
    for (const ref of copyRefs) expect(ref).toMatch(/_3($|\/)/);
    expect(scaleSpec(spec, 1)).toEqual(spec);
    expect(() => scaleSpec(spec, 0)).toThrow(RangeError);
  });
});

describe('runtime entries from package.json exports', () => {
  it('maps built JavaScript back to src/ and leaves data files out', () => {
    const pkg = {
      exports: {
        '.': { import: { types: './dist/esm/index.d.ts', default: './dist/esm/index.js' }, require: { default: './dist/cjs/index.js' } },
        './redis': { import: './dist/esm/redis/index.js', require: './dist/cjs/redis/index.js' },
        './webhooks': { require: './dist/cjs/webhooks.cjs', default: './dist/esm/webhooks.mjs' },
        './openapi.json': './generated/openapi.json',
        './package.json': './package.json',
      },
    };
    expect(runtimeEntries(pkg)).toEqual([
      { subpath: '.', source: 'src/index.ts' },
      { subpath: './redis', source: 'src/redis/index.ts' },
      { subpath: './webhooks', source: 'src/webhooks.ts' },
    ]);
  });

  it('finds the main entry in the package as it is', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(runtimeEntries(pkg)).toContainEqual({ subpath: '.', source: 'src/index.ts' });
  });
});

describe('the amoCRM peers', () => {
  it('are exact-pinned devDependencies that nothing in src/ imports', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(ROOT, 'src', f), 'utf8'));
    for (const name of Object.values(PEERS)) {
      expect(pkg.devDependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
      expect(pkg.dependencies?.[name]).toBeUndefined();
      for (const source of sources) expect(source).not.toContain(`'${name}`);
    }
  });
});

describe('minimal literals from the spec', () => {
  const spec = {
    components: {
      schemas: {
        Base: { type: 'object', properties: { text: { type: 'string', example: 'Call' }, due: { type: ['integer', 'null'] } } },
        Kind: { type: 'string', enum: ['text', 'numeric'] },
      },
    },
  };

  it('takes required names from the outer level and their schemas from the allOf branches', () => {
    const schema = { allOf: [{ $ref: '#/components/schemas/Base' }], required: ['text', 'due'], unevaluatedProperties: false };
    expect(minimalValue(spec, schema)).toEqual({ text: 'Call', due: 1 });
  });

  it('gives a top-level array one item, the first enum value, the first oneOf branch', () => {
    expect(minimalValue(spec, { type: 'array', items: { $ref: '#/components/schemas/Kind' } }, true)).toEqual(['text']);
    expect(minimalValue(spec, { oneOf: [{ type: 'boolean' }, { type: 'string' }] })).toBe(true);
  });
});

describe('the consumer file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'amocrm-bench-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('calls every operation of the spec once, and type-checks (as does the baseline)', () => {
    const projects = writeConsumerProjects(ROOT, dir);
    const operations = operationsOf(loadBundledSpec());
    expect(projects.operations).toBe(operations.length);
    const source = readFileSync(join(dir, 'consumer.ts'), 'utf8');
    for (const { path, method } of operations) expect(source).toContain(`client.${method.toUpperCase()}(${JSON.stringify(path)}`);
    expect(runTsc(ROOT, projects.consumer)).toBe('');
    expect(runTsc(ROOT, projects.one)).toBe('');
    expect(readFileSync(join(dir, 'one.ts'), 'utf8')).toContain('client.GET("/api/v4/tasks/{id}"');
    expect(runTsc(ROOT, projects.baseline)).toBe('');
  });

  it('the CPU-time preload adds the line the bench reads', () => {
    const projects = writeConsumerProjects(ROOT, dir);
    const run = parseDiagnostics(runTsc(ROOT, projects.baseline, ['--extendedDiagnostics'], ['-r', join(ROOT, 'bench', 'cpu-time.cjs')]));
    expect(run.cpuSeconds).toBeGreaterThan(0);
    expect(run.instantiations).toBeGreaterThan(0);
  });
});
