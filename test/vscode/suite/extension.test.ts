// Which extension the suite is testing: the repository as development extension (npm run test:vscode), or the one
// installed from the .vsix (run-vsix.sh sets GOVREPORT_EXPECT_EXTENSIONS_DIR to the extensions dir it installed into).
import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { ROOT } from './lib/helpers';

describe('the extension under test', () => {
  const installedIn = process.env.GOVREPORT_EXPECT_EXTENSIONS_DIR;
  const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

  it(installedIn ? `is govreport.govreport@${version} installed in ${installedIn}` : `is govreport.govreport from ${ROOT}`, () => {
    const ext = vscode.extensions.getExtension('govreport.govreport');
    assert.ok(ext, 'extension govreport.govreport is not there');
    assert.strictEqual(ext.packageJSON.version, version);
    const expected = installedIn ? path.join(installedIn, `govreport.govreport-${version}`) : ROOT;
    assert.strictEqual(path.resolve(ext.extensionPath), path.resolve(expected));
    for (const f of ['dist/extension.js', 'dist/server.js', 'syntaxes/govreport.tmLanguage.json', 'l10n/bundle.l10n.zh-cn.json']) {
      assert.ok(existsSync(path.join(ext.extensionPath, f)), `${f} missing in ${ext.extensionPath}`);
    }
  });
});
