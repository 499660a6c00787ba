import { runCli } from './run';

// Output piped into `head` and the like: a closed pipe ends the run quietly instead of throwing from a write.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

runCli(process.argv.slice(2)).then((code) => { process.exitCode = code; });
