// The output masker of `npm run test:live` (scripts/lib/mask-secrets.cjs): the token and every widget
// setting value must never reach the terminal, however Respect's output is cut into chunks.
import { Readable } from 'node:stream';
import { createMasker, leafStrings, MASK } from '../../scripts/lib/mask-secrets.cjs';

async function masked(chunks: Array<string | Buffer>, secrets: string[]): Promise<string> {
  let out = '';
  for await (const piece of Readable.from(chunks).pipe(createMasker(secrets))) out += piece.toString();
  return out;
}

describe('leafStrings', () => {
  it('collects every string of nested settings, not keys, numbers or empty strings', () => {
    expect(leafStrings({
      login: 'admin', password: 'p4ss', empty: '', port: 5060,
      phones: { 504141: '1039' }, accounts: { 504141: { login: 'op1', password: 'op-secret' } }, list: ['x1'],
    }).sort()).toEqual(['1039', 'admin', 'op-secret', 'op1', 'p4ss', 'x1']);
  });
});

describe('createMasker', () => {
  it('masks a secret cut across chunks, and leaves the rest as it was', async () => {
    const out = await masked(['install with pass=s3cr', 'et-91 ok\nnext line\n', 'tail s3cret-91'], ['s3cret-91']);
    expect(out).toBe(`install with pass=${MASK} ok\nnext line\ntail ${MASK}`);
  });

  it('masks the longer of two overlapping secrets whole, and every line of a multi-line one', async () => {
    const out = await masked(['token abc-123-long and abc-123\n-----KEY\nline2\n'], ['abc-123', 'abc-123-long', '-----KEY\nline2']);
    expect(out).toBe(`token ${MASK} and ${MASK}\n${MASK}\n${MASK}\n`);
  });

  it('keeps a multi-byte character cut between two chunks', async () => {
    const bytes = Buffer.from('Пароль: ключ-42\n');
    const out = await masked([bytes.subarray(0, 3), bytes.subarray(3)], ['ключ-42']);
    expect(out).toBe(`Пароль: ${MASK}\n`);
  });
});
