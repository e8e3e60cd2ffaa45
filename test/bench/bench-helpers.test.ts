// The benchmarks' helpers (not the benchmarks: timed assertions do not belong in the suite).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimalValue } from '../../bench/consumer-file';
import { figures } from '../../bench/overhead';
import { maxInWindow, median, medianRatio, rotated } from '../../bench/stats';
import { parseDiagnostics, runTsc, writeConsumerProjects } from '../../bench/type-cost';
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
    const run = parseDiagnostics('Files: 79\nTypes:   15679\nInstantiations:  82479\nMemory used:   95441K\nCheck time:   0.70s\nTotal time:  1.37s\n');
    expect(run).toEqual({ totalSeconds: 1.37, checkSeconds: 0.7, memoryMB: 95441 / 1024, types: 15679, instantiations: 82479 });
    expect(() => parseDiagnostics('Total time: 1s')).toThrow(/Check time/);
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
    expect(runTsc(ROOT, projects.baseline)).toBe('');
  });
});
