#!/usr/bin/env node
// `npm run mock`: the mock of the spec on 127.0.0.1:4010 (MOCK_PORT to change). Prism, in static
// mode on the bundled spec, answers on a private port of 127.0.0.1; the thin layer of
// scripts/mock/ stands in front of it and does what Prism cannot (PHP-style filters checked,
// problem+json that names what is wrong, `Accept: application/json`, links on the mock, pages,
// the path's own values echoed). Every behaviour is derived from generated/openapi.json.
// `npm run mock -- --send-webhook <name> <url>` instead sends a callback's example to a URL
// (scripts/mock/send-webhook.mjs) and exits, with no mock started.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockLayer } from './mock/layer.mjs';
import { sendWebhookCommand } from './mock/send-webhook.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sendAt = process.argv.indexOf('--send-webhook');
if (sendAt > 0) {
  const spec = JSON.parse(readFileSync(join(root, 'generated', 'openapi.json'), 'utf8'));
  process.exit(await sendWebhookCommand(spec, process.argv.slice(sendAt + 1)));
}
const host = '127.0.0.1';
const port = Number(process.env.MOCK_PORT ?? '4010');

/** Prism cannot listen on port 0: ask the OS for a free port and hand it over. */
const freePort = () => new Promise((done, fail) => {
  const probe = createServer().once('error', fail);
  probe.listen(0, host, () => {
    const { port: free } = probe.address();
    probe.close(() => done(free));
  });
});

const prismPort = await freePort();
const prism = spawn(join(root, 'node_modules', '.bin', 'prism'),
  ['mock', join(root, 'generated', 'openapi.yaml'), '--host', host, '--port', String(prismPort)],
  { stdio: ['ignore', 'pipe', 'pipe'] });

let layer;
const closeLayer = () => {
  layer?.close();
  layer?.closeAllConnections();
};
const stop = () => {
  closeLayer();
  if (prism.exitCode === null && prism.signalCode === null) prism.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
prism.on('exit', (code) => {
  closeLayer();
  process.exitCode = code ?? 0;
});

// Prism's log goes through; its own "listening" line names the private port, so it is replaced
// by the layer's once both listen.
const relay = (out) => {
  let pending = '';
  return (chunk) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
      if (!layer && line.includes('Prism is listening')) startLayer();
      else out.write(`${line}\n`);
    }
  };
};
prism.stdout.on('data', relay(process.stdout));
prism.stderr.on('data', relay(process.stderr));

function startLayer() {
  const spec = JSON.parse(readFileSync(join(root, 'generated', 'openapi.json'), 'utf8'));
  layer = createMockLayer({ spec, upstream: { host, port: prismPort } });
  layer.on('error', (error) => {
    console.error(`The mock cannot listen on ${host}:${port}: ${error.message}`);
    stop();
  });
  layer.listen(port, host, () => console.log(`Mock is listening on http://${host}:${port} (Prism behind it on ${host}:${prismPort})`));
}
