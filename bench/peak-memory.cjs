// Preloaded into a measured process (node -r): reports its peak resident memory and CPU time on stderr as it exits.
process.on('exit', () => {
  const cpu = process.cpuUsage();
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS} cpu-ms ${((cpu.user + cpu.system) / 1000).toFixed(0)}\n`);
});
