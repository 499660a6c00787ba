// Runs the CLI in this process and reports, on stderr as the last line, its wall time and peak resident memory
// (worker threads share the process, so the peak covers them too). Usage: node cli-rss.cjs dist/cli.js check ...
const [, , cli, ...args] = process.argv;
const t0 = process.hrtime.bigint();
process.argv = [process.argv[0], cli, ...args];
process.on('exit', () => {
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stderr.write(`\n${JSON.stringify({ seconds, maxRssKB: process.resourceUsage().maxRSS })}\n`);
});
require(require('path').resolve(cli));
