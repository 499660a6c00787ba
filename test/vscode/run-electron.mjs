// The same editor suite on a desktop VS Code, for contributors whose machine can download one (@vscode/test-electron).
// CI on machines without that download uses run.mjs (code-server + headless Chromium) instead.
// Usage: npm run build && node test/vscode/build-suite.mjs && node test/vscode/run-electron.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist/test/vscode/suite/index.js'),
    launchArgs: [path.join(root, 'test/vscode/workspace'), '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { GOVREPORT_ROOT: root },
  });
} catch (e) {
  console.error(e);
  process.exit(1);
}
