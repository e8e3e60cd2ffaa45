#!/usr/bin/env node
// Serves generated/docs (the reference page) on 127.0.0.1:8080 (DOCS_PORT; 0 picks a free port,
// DOCS_DIR another folder). No dependencies: node:http only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.json': 'application/json', '.yaml': 'text/yaml' };

export function createDocsServer(dir) {
  const base = resolve(dir);
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.env.DOCS_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', 'generated', 'docs');
  const port = Number(process.env.DOCS_PORT ?? 8080); // 0: any free port (the tests use it)
  const server = createDocsServer(root).listen(port, '127.0.0.1', () => {
    console.log(`Reference: http://127.0.0.1:${server.address().port}/`);
  });
}
