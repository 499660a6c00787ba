// `npm run generate`: writes rules/index.ts from the rule modules (with --index), or everything that lists the
// rules from their metadata. A test holds the files to what this writes.
import * as fs from 'fs';
import * as path from 'path';
import { ruleIndex } from './ruleIndex';
import { docPage, docPath, nlsEntries, readmeTable, README_BEGIN, README_END, schemaRuleProperties } from './ruleOutputs';
import { configNls, SCHEMA_FILE, settingsFromSchema } from './configOutputs';

export const ROOT = path.resolve(__dirname, '..', '..');
export const RULES_DIR = path.join(ROOT, 'server', 'src', 'core', 'rules');

export function ruleSources() {
  return fs.readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort()
    .map((f) => ({ module: f.slice(0, -3), text: fs.readFileSync(path.join(RULES_DIR, f), 'utf8') }));
}

/** Every generated file: its path from the repository root and the content it should have. */
export function generatedFiles(): { file: string; content: string }[] {
  // Loaded here, not imported above: `--index` must run when the compiled rules are out of date.
  const { RULES } = require('../server/src/core/rules') as typeof import('../server/src/core/rules');
  const read = (f: string) => (fs.existsSync(path.join(ROOT, f)) ? fs.readFileSync(path.join(ROOT, f), 'utf8') : undefined);
  const schema = JSON.parse(read(SCHEMA_FILE)!);
  schema.properties.rules.properties = schemaRuleProperties(RULES);
  const pkg = JSON.parse(read('package.json')!);
  pkg.contributes.configuration.properties = settingsFromSchema(schema);
  pkg.contributes.jsonValidation = [{ fileMatch: ['govreport.json', '.govreportrc.json'], url: `./${SCHEMA_FILE}` }];
  const nls = (file: string, lang: 'zh' | 'en') =>
    JSON.stringify({ ...JSON.parse(read(file)!), ...configNls(schema, lang), ...nlsEntries(RULES, lang) }, null, 2) + '\n';
  const readme = read('README.md')!;
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin < 0 || end < 0) throw new Error(`README.md has no rules table between "${README_BEGIN}" and "${README_END}"`);
  return [
    { file: SCHEMA_FILE, content: JSON.stringify(schema, null, 2) + '\n' },
    { file: 'package.json', content: JSON.stringify(pkg, null, 2) + '\n' },
    { file: 'package.nls.json', content: nls('package.nls.json', 'en') },
    { file: 'package.nls.zh-cn.json', content: nls('package.nls.zh-cn.json', 'zh') },
    { file: 'README.md', content: readme.slice(0, begin) + readmeTable(RULES) + readme.slice(end + README_END.length) },
    ...RULES.map((r) => ({ file: docPath(r.id), content: docPage(r, read(docPath(r.id))) })),
  ];
}

function main(): void {
  if (process.argv.includes('--index')) {
    fs.writeFileSync(path.join(RULES_DIR, 'index.ts'), ruleIndex(ruleSources()));
    return;
  }
  for (const { file, content } of generatedFiles()) {
    const at = path.join(ROOT, file);
    if (!fs.existsSync(at) || fs.readFileSync(at, 'utf8') !== content) {
      fs.writeFileSync(at, content);
      console.log(`wrote ${file}`);
    }
  }
}

if (require.main === module) main();
