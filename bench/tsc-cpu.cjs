// Preloaded into tsc (`node -r bench/tsc-cpu.cjs tsc.js ...`): as tsc exits, prints the CPU time
// of its main thread. tsc's own timings are wall-clock, which swing several-fold when other jobs
// share the machine's two cores; the main thread's CPU time barely moves, and on an idle machine
// it is about the wall time (the process's CPU time is not: V8's GC and compiler threads add to it).
// Linux keeps it in /proc/self/task/<pid>/stat (utime, stime: fields 14 and 15, in 1/100 s);
// elsewhere the process's CPU time stands in for it.
const { readFileSync } = require('node:fs');

function mainThreadSeconds() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    const usage = process.resourceUsage();
    return (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  }
}

process.on('exit', () => {
  process.stdout.write(`CPU time: ${mainThreadSeconds().toFixed(2)}s\n`);
});
