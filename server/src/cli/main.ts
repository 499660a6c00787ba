import { isMainThread, parentPort, workerData } from 'worker_threads';
import { setJitFlags } from './jitFlags';
import { runCli } from './run';
import { serveBatches } from './pool';

setJitFlags();

if (!isMainThread && (workerData as { govreportWorker?: boolean } | undefined)?.govreportWorker) {
  // A worker of `checkFiles`: this same script, started as a thread.
  serveBatches(parentPort!, (workerData as { shared: Parameters<typeof serveBatches>[1] }).shared);
} else {
  // Output piped into `head` and the like: a closed pipe ends the run quietly instead of throwing from a write.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  runCli(process.argv.slice(2), __filename).then((code) => { process.exitCode = code; });
}
