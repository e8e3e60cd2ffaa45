// Preloaded (`node --import`) into `redocly respect` by test-live.mjs: turns RESPECT_INPUT (JSON) into
// a `--input` argument inside the process, so secret inputs (widget settings) are never on the
// command line, where `ps` and /proc show them to every user of the machine.
const input = process.env.RESPECT_INPUT;
if (input) {
  delete process.env.RESPECT_INPUT;
  process.argv.push('--input', input);
}
