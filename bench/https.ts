// The certificate bench/run.mjs made for this run (bench/tls.mjs), for the bench's https servers.
import { readFileSync } from 'node:fs';

export interface TlsPair {
  key: string;
  cert: string;
}

export function benchTls(): TlsPair {
  const { BENCH_TLS_KEY: key, BENCH_TLS_CERT: cert, NODE_EXTRA_CA_CERTS: trusted } = process.env;
  if (!key || !cert || trusted !== cert) {
    throw new Error('the https figures need the certificate bench/run.mjs makes and trusts: run them with `npm run bench`');
  }
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}
