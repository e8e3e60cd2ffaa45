// Type checks run as part of the suite: `tsc --noEmit` over src, tests and the generated types,
// including test/types/*, which assert that wrong calls do NOT type-check (@ts-expect-error).
import { runBin } from '../helpers/spec';

describe('tsc --noEmit', () => {
  it('type-checks the project, the generated types and the type tests', () => {
    const { status, output } = runBin('tsc', ['--noEmit', '-p', 'tsconfig.json']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
