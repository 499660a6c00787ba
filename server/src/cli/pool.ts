// Many files, checked on every core: worker threads take batches of files in turn and send back their results,
// which are put back in the order of the files. The same script is the worker (see main.ts).
import { availableParallelism } from 'os';
import { Worker } from 'worker_threads';
import { checkFile, type FileOptions, type FileResult } from './checkFile';
import { messagesFor } from './messages';
import type { Profile } from './configs';

/** Below this many files a thread costs more to start than it saves. */
const MIN_FILES_PER_WORKER = 24;
const BATCH = 16;

export interface Job {
  files: string[];
  /** Per file: found by searching a directory (then a non-report is skipped). */
  fromDirectories: boolean[];
  /** Per file: only read, never fixed (last year's reports, named by --previous). */
  readOnly: boolean[];
  /** Per file: the number of its configuration's profile. */
  profileOf: number[];
  profiles: Profile[];
  options: Pick<FileOptions, 'lang' | 'fix' | 'diff' | 'yearFacts'>;
}

/** What a thread is given once: the run's options and every profile. */
type Shared = Pick<Job, 'options' | 'profiles'>;

/** Results in the order of `job.files`: in this thread for few files or jobs = 1, else in worker threads. */
export async function checkFiles(job: Job, jobs: number | undefined, script: string, onProgress?: (done: number) => void): Promise<FileResult[]> {
  const threads = threadCount(jobs, job.files.length, availableParallelism());
  if (threads <= 1) return checkAll(job, job, onProgress);
  const results = new Array<FileResult>(job.files.length);
  let next = 0;
  let done = 0;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: { govreportWorker: true, shared: { options: job.options, profiles: job.profiles } } });
      const give = () => {
        if (next >= job.files.length) return void worker.postMessage(null);
        const from = next;
        next = Math.min(job.files.length, next + BATCH);
        const slice = <T>(a: T[]) => a.slice(from, next);
        worker.postMessage({ from, files: slice(job.files), fromDirectories: slice(job.fromDirectories), readOnly: slice(job.readOnly), profileOf: slice(job.profileOf) });
      };
      worker.on('message', (m: { from: number; results: FileResult[] }) => {
        m.results.forEach((r, k) => (results[m.from + k] = r));
        done += m.results.length;
        onProgress?.(done);
        give();
      });
      worker.on('error', reject);
      worker.on('exit', () => resolve());
      give();
    });
  await Promise.all(Array.from({ length: threads }, run));
  return results;
}

/**
 * Threads for a run: as many as asked, but never more than the cores (beyond them, more threads only cost memory
 * and switching: `--jobs 999` started 794 and took thirteen times as long as 2) nor than the files fill.
 */
export function threadCount(jobs: number | undefined, files: number, cores: number): number {
  return Math.min(jobs ?? cores, cores, Math.floor(files / MIN_FILES_PER_WORKER));
}

type Batch = Pick<Job, 'files' | 'fromDirectories' | 'readOnly' | 'profileOf'>;

/** Files checked one after another in this thread: the whole run with one job, a batch in a worker. */
async function checkAll(batch: Batch, { options, profiles }: Shared, onProgress?: (done: number) => void): Promise<FileResult[]> {
  const m = messagesFor(options.lang);
  const results: FileResult[] = [];
  // One file after another: a thread's files share its core, and a PDF's reading is the only waiting there is.
  for (let k = 0; k < batch.files.length; k++) {
    const file = { ...options, ...profiles[batch.profileOf[k]], fix: options.fix && !batch.readOnly[k], onlyReports: batch.fromDirectories[k] };
    results.push(await checkFile(batch.files[k], file, m));
    onProgress?.(k + 1);
  }
  return results;
}

/** The worker's side: batches in, results out, until told to stop (a null batch). */
export function serveBatches(port: import('worker_threads').MessagePort, shared: Shared): void {
  port.on('message', (batch: (Batch & { from: number }) | null) => {
    if (!batch) return void port.close();
    void checkAll(batch, shared).then((results) => port.postMessage({ from: batch.from, results }));
  });
}
