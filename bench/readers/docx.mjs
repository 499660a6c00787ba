// Part 10: a .docx in process, warm: our whole check (bytes read → .docx reader → checkSource) against mammoth's
// bare text extraction (extractRawText) of the same file, side by side in interleaved rounds.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fmt, interleaved, kb, load, QUICK, ratio, requireDev } from './common.mjs';

export async function docxPart({ row, section, record, documents }) {
  section('10. .docx in process, warm: our whole check vs mammoth.extractRawText (ms per file; median of interleaved rounds)');
  const { docxReader } = load('server/src/readers/docx/index.js');
  const { checkSource } = load('server/src/core/index.js');
  const mammoth = requireDev('mammoth');
  // One filled template per real report: the first five generated files hold reports 000…004's numbers.
  const files = documents.docx.slice(0, 5);
  const ours = async (file) => checkSource(await docxReader.read(new Uint8Array(fs.readFileSync(file))));
  const theirs = async (file) => mammoth.extractRawText({ buffer: fs.readFileSync(file) });
  // The JIT sees every file many times first, as in a CLI run over a folder.
  for (let i = 0; i < (QUICK ? 3 : 30); i++) for (const f of files) await ours(f), await theirs(f);
  const tools = [{ run: ours, runs: QUICK ? 3 : 10 }, { run: theirs, runs: QUICK ? 1 : 3 }];
  const [us, them] = await interleaved(tools, files, QUICK ? 3 : 15, 1);
  row('file (filled template)', 'KB', 'findings', 'ours ms', 'mammoth ms', 'ours × faster');
  const entries = [];
  for (const [k, f] of files.entries()) {
    const e = { file: path.basename(f), bytes: fs.statSync(f).size, findings: (await ours(f)).diagnostics.length, oursMs: us[k], mammothMs: them[k], speedup: them[k] / us[k] };
    entries.push(e);
    row(`${e.file} (report ${String(k).padStart(3, '0')})`, kb(e.bytes), e.findings, fmt(e.oursMs, 2), fmt(e.mammothMs, 2), ratio(e.speedup));
  }
  const sum = (key) => entries.reduce((s, e) => s + e[key], 0);
  const all = { oursMs: sum('oursMs') / entries.length, mammothMs: sum('mammothMs') / entries.length };
  all.speedup = all.mammothMs / all.oursMs;
  row('mean of the five', '', '', fmt(all.oursMs, 2), fmt(all.mammothMs, 2), ratio(all.speedup));
  record('docx', { files: entries, mean: all, target: 'ours ≥ 10× faster', met: all.speedup >= 10 });
}
