// Bundles the editor test suite (test/vscode/suite/*.ts) into dist/test/vscode/suite/, one file per entry:
// index.js (the extensionTestsPath module) and each *.test.js, which index.js hands to mocha.
// vscode comes from the extension host; mocha stays external and loads from node_modules.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = path.join(root, 'test/vscode/suite');
const outDir = path.join(root, 'dist/test/vscode/suite');
const entryPoints = readdirSync(srcDir).filter((f) => f.endsWith('.ts')).map((f) => path.join(srcDir, f));

rmSync(outDir, { recursive: true, force: true }); // no stale *.test.js from a renamed or deleted test
await build({
  entryPoints,
  outdir: outDir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(`bundled ${entryPoints.length} file(s) into ${path.relative(root, outDir)}/`);
