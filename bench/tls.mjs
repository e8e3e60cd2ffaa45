// A self-signed certificate for 127.0.0.1, made at bench time with the openssl CLI. Both amoCRM
// peers speak only https, so the per-request and throughput servers do too, and every variant
// beside them goes over the same https. Node trusts the certificate only through
// NODE_EXTRA_CA_CERTS, which it reads at start: so run.mjs makes it before it starts the bench.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Writes key.pem and cert.pem (valid one day, for IP 127.0.0.1) into `dir`; returns their paths. */
export function makeCertificate(dir) {
  mkdirSync(dir, { recursive: true });
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const run = spawnSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert,
    '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
  ], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(`bench: openssl could not make the TLS certificate the https figures need (${run.error?.message ?? run.stderr.trim()}); `
      + 'install it with `apt-get install openssl`');
  }
  return { key, cert };
}
