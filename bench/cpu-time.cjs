// Preloaded into a timed node process (`node -r bench/cpu-time.cjs script ...`): as it exits, prints
// the CPU time it used. Wall-clock swings several-fold when other jobs share the machine's two
// cores; CPU time moves far less.
//   CPU time:      the main thread's (tsc: on an idle machine about its wall time; the process's is
//                  not, as V8's GC and compiler threads add to it)
//   Tree CPU time: the process's, all threads, plus every child it waited for (the build's steps)
// Linux keeps both in /proc/self/task/<pid>/stat and /proc/self/stat (utime, stime, cutime, cstime:
// fields 14 to 17, in 1/100 s); elsewhere the process's own CPU time stands in for both.
const { readFileSync } = require('node:fs');

function ticks(path) {
  const stat = readFileSync(path, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 15).map(Number);
}

process.on('exit', () => {
  let main;
  let tree;
  try {
    const [utime, stime] = ticks(`/proc/self/task/${process.pid}/stat`);
    const [u, s, cu, cs] = ticks('/proc/self/stat');
    main = (utime + stime) / 100;
    tree = (u + s + cu + cs) / 100;
  } catch {
    const usage = process.resourceUsage();
    main = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    tree = main;
  }
  process.stdout.write(`CPU time: ${main.toFixed(2)}s\nTree CPU time: ${tree.toFixed(2)}s\n`);
});
