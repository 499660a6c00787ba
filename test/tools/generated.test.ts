import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS, RULES } from '../../server/src/core';
import type { RuleMeta as Rule } from '../../server/src/core/rules/rule';
import { CATEGORIES } from '../../server/src/core/rules/rule';
import { generatedFiles, ROOT, RULES_DIR, ruleSources } from '../../tools/generate';
import { ruleIndex } from '../../tools/ruleIndex';

const STALE = 'out of date: run `npm run generate`';

describe('rules: one place per rule', () => {
  it('rules/index.ts lists exactly the rules the modules declare', () => {
    assert.strictEqual(fs.readFileSync(path.join(RULES_DIR, 'index.ts'), 'utf8'), ruleIndex(ruleSources()), `rules/index.ts ${STALE}`);
  });

  for (const { file, content } of generatedFiles()) {
    it(`${file} agrees with the rules' metadata`, () => {
      assert.strictEqual(fs.readFileSync(path.join(ROOT, file), 'utf8'), content, `${file} ${STALE}`);
    });
  }

  it('no doc page for a rule that does not exist', () => {
    const pages = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).map((f) => f.replace(/\.md$/, ''));
    assert.deepStrictEqual(pages.filter((p) => !RULE_IDS.includes(p as never)), []);
  });

  it('ids are unique kebab-case; the rules run by category; the settings list them all', () => {
    assert.strictEqual(new Set(RULE_IDS).size, RULES.length);
    for (const id of RULE_IDS) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    const ranks = (RULES as Rule[]).map((r) => CATEGORIES.indexOf(r.category));
    assert.deepStrictEqual(ranks, [...ranks].sort((a, b) => a - b));
  });

  it('the editor validates govreport.json by the schema file, which goes into the .vsix', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const [validation] = pkg.contributes.jsonValidation as { fileMatch: string[]; url: string }[];
    assert.deepStrictEqual(validation.fileMatch, ['govreport.json', '.govreportrc.json']);
    assert.ok(fs.existsSync(path.join(ROOT, validation.url)), validation.url);
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!schemas\/\*\*$/m);
  });

  it('the summaries are one line without a stop (the outputs add their own)', () => {
    for (const r of RULES as Rule[]) for (const s of [r.summary.zh, r.summary.en]) assert.match(s, /^[^\n]*[^.。\n]$/, r.id);
  });
});
