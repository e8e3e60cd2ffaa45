import { runBin } from '../helpers/spec';

describe('redocly lint', () => {
  it('reports no problem at all (strict rules plus house rules)', () => {
    const { status, output } = runBin('redocly', ['lint', 'openapi/openapi.yaml', '--format=stylish']);
    expect(output).toMatch(/Your API description is valid/);
    // stylish format: one `line:col  severity  rule  message` row per problem
    expect(output).not.toMatch(/^\s+\d+:\d+\s+(error|warning)/m);
    expect(output).not.toMatch(/Validation failed|warnings? generated/);
    expect(status).toBe(0);
  });
});
