// Preloaded into a measured process (node -r): reports its peak resident memory on stderr as it exits.
process.on('exit', () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
