// Bundles the three entry points. Types are checked separately by `tsc -p .`.
import { chmodSync, copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const IMPORT_META_URL = "var importMetaUrl = require('url').pathToFileURL(__filename).href;";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
  // ES modules bundled into CommonJS (PDFium's loader) ask import.meta.url where they are: the bundle's own file.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: IMPORT_META_URL },
};

/**
 * Libraries that only some files need (the .docx, HTML and PDF readers', and the decoders of text that is not
 * UTF-8), which the sources load with require() when a file first needs them. For the CLI each is a bundle of its
 * own, dist/lib/<name>.js: a command line run is a cold process, and V8 compiles the whole of a script before it
 * runs a line of it, so a run over text files would pay for 900 KB it never uses (bench part 17). The server and
 * the extension keep them inside: they start once, and the .vsix ships only their bundles.
 */
const LAZY_LIBRARIES = ['iconv-lite', 'chardet', 'parse5', '@embedpdf/pdfium', 'fflate', 'saxes'];
const libraryFile = (name) => `lib/${name.replace('/', '+')}.js`;
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(b) {
    b.onResolve({ filter: /^[@a-z]/ }, (args) => (LAZY_LIBRARIES.includes(args.path) ? { path: `./${libraryFile(args.path)}`, external: true } : undefined));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${IMPORT_META_URL}` }, plugins: [lazyLibraries] }),
  ...LAZY_LIBRARIES.map((name) =>
    build({ ...common, stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: fileURLToPath(new URL('.', import.meta.url)) }, outfile: `dist/${libraryFile(name)}` })),
]);

// The CLI is run as a program (`npx govreport`, the package's bin), which needs the executable bit: esbuild writes
// plain files, and a fresh clone has no linked copy that npm would have made executable.
chmodSync('dist/cli.js', 0o755);

// PDFium's WebAssembly binary (server/src/readers/pdf) goes beside the bundles: the .vsix is packaged without
// node_modules, and the reader looks beside the bundle first.
copyFileSync('node_modules/@embedpdf/pdfium/dist/pdfium.wasm', 'dist/pdfium.wasm');
