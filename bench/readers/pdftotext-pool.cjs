// The reference for part 13: `pdftotext -layout FILE -` over every .pdf in a folder, `jobs` processes kept busy
// at once, each one's text read to the end (as a program consuming it would) and dropped.
// Usage: node pdftotext-pool.cjs JOBS DIR. Prints the number of files converted.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const [, , jobsArg, dir] = process.argv;
const files = fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf')).sort().map((f) => path.join(dir, f));
let next = 0;
let done = 0;

function convertNext(resolve, reject) {
  if (next >= files.length) return resolve();
  const file = files[next++];
  const child = spawn('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] });
  child.stdout.resume();
  child.on('error', reject);
  child.on('close', (code) => {
    if (code !== 0) return reject(new Error(`pdftotext failed on ${file} (exit ${code})`));
    done++;
    convertNext(resolve, reject);
  });
}

const lanes = Array.from({ length: Number(jobsArg) }, () => new Promise(convertNext));
Promise.all(lanes).then(
  () => console.log(`${done} files`),
  (e) => {
    console.error(e.message);
    process.exitCode = 1;
  },
);
