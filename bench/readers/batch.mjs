// Part 14: a batch of generated documents through `cli.js check DIR`: the .docx files alone, and with the PDFs in
// one folder (part 13 has PDFs alone), with a worker thread per core and with --jobs 1; files/s, wall time and
// peak RSS (bench/cli-rss.cjs).
import * as fs from 'node:fs';
import * as os from 'node:os';
import { fmt, linkFolder, runCli } from './common.mjs';

export async function batchPart({ row, section, record, documents }) {
  const cores = os.availableParallelism();
  const n = documents.docx.length;
  section(`14. Batch: ${n} .docx + ${n} PDF (generated) through cli.js check DIR (peak RSS of the whole process, threads included)`);
  const folders = [
    { name: `${n} .docx`, files: documents.docx },
    { name: `${n} .docx + ${n} PDF`, files: [...documents.docx, ...documents.pdf] },
  ];
  row('folder', 'jobs', 'files', 'seconds', 'files/s', 'peak RSS MB');
  const entries = [];
  for (const folder of folders) {
    const dir = linkFolder(folder.files, 'batch');
    try {
      for (const jobs of [cores, 1]) {
        const r = runCli(['--jobs', String(jobs), dir]);
        if (r.checked !== folder.files.length) throw new Error(`bench: cli checked ${r.checked} of ${folder.files.length} files: ${r.summary}`);
        const e = { folder: folder.name, jobs, files: r.checked, seconds: r.seconds, filesPerSecond: r.checked / r.seconds, peakRssMB: r.maxRssKB / 1024 };
        entries.push(e);
        row(folder.name, jobs, e.files, fmt(e.seconds, 2), fmt(e.filesPerSecond), fmt(e.peakRssMB));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  record('batch', entries);
}
