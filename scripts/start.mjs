#!/usr/bin/env node
// `npm start`: the mock (Prism behind scripts/mock/'s layer) on 127.0.0.1:4010 and the reference page on 127.0.0.1:8080.
// (npm start builds first.) Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const children = [
  spawn(process.execPath, [join(root, 'scripts', 'mock.mjs')], { stdio: 'inherit' }),
  spawn(process.execPath, [join(root, 'scripts', 'serve-docs.mjs')], { stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
