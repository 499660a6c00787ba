// markdownlint's whole process, the yardstick of bench part 17: read the files, lint them with markdownlint's own
// rules (the library call part 1 times in-process) and print one line per violation, as its command line does.
// Usage: node bench/markdownlint-process.mjs <file>...
import { lint } from 'markdownlint/sync';

const results = lint({ files: process.argv.slice(2) }).toString();
if (results) process.stdout.write(`${results}\n`);
process.exitCode = results ? 1 : 0;
