// Preloaded into a CLI run by bench/batch.ts: at exit, writes the process's peak resident memory and CPU time
// (user + system, all threads).
// Usage: BATCH_PROBE_OUT=FILE node --require bench/batch-probe.cjs dist/cli.js extract ...
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.BATCH_PROBE_OUT, JSON.stringify({ maxRssKB: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
});
