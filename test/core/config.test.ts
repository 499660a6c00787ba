import * as assert from 'assert';
import Ajv from 'ajv';
import {
  CONFIG_SCHEMA, configDefaults, configFromFile, configFromSettings, configProperties, filesMatcher, mergeConfig, problemText, resolveConfig,
  type ConfigKey,
} from '../../server/src/core/config';
import { RULE_IDS } from '../../server/src/core';
import { messagesFor } from '../../server/src/cli/messages';

/** Every key of the Config type, once: the compiler holds this to the type, the test below to the schema. */
const TYPED_KEYS: Record<ConfigKey, true> = {
  messageLanguage: true, rules: true, repeatedText: true, maxSize: true, include: true, exclude: true, detect: true, maxProblems: true, inlayHints: true, workspaceCheck: true,
};

describe('config schema (schemas/govreport.schema.json)', () => {
  it('its keys are the Config type\'s, each with both descriptions and a default; its rules are the rule list', () => {
    assert.deepStrictEqual(configProperties().map((p) => p.key).sort(), Object.keys(TYPED_KEYS).sort());
    for (const p of configProperties()) {
      assert.ok(p.node.description && p.node['x-description-zh'], `${p.key}: descriptions`);
      assert.ok(p.node.default !== undefined, `${p.key}: default`);
    }
    assert.deepStrictEqual(Object.keys(CONFIG_SCHEMA.properties!.rules.properties!), RULE_IDS);
    assert.deepStrictEqual(configDefaults().repeatedText, 50);
  });

  // The schema's own validator (what an editor uses on govreport.json) and ours agree on what is valid.
  const ajv = new Ajv({ allErrors: true, strict: false });
  const valid = ajv.compile(CONFIG_SCHEMA);
  const cases: unknown[] = [
    {}, { $schema: './schema.json' }, { rules: { balance: 'off', 'row-label': 'info' } }, { messageLanguage: 'en', repeatedText: 33.5 },
    { include: ['reports/**'], exclude: [] }, { maxSize: 1 }, { inlayHints: false, detect: 'off', maxProblems: 1, workspaceCheck: true },
    { rules: { balnce: 'off' } }, { rules: { balance: 'loud' } }, { rules: [] }, { repeatedText: 0 }, { repeatedText: 101 }, { repeatedText: '50' },
    { maxSize: 1.5 }, { maxSize: 0 }, { include: 'reports' }, { include: [1] }, { exclude: [null] }, { colour: true }, { messageLanguage: 'fr' },
    { maxProblems: 0 }, { inlayHints: 'yes' }, { detect: null }, [], 'text', 3, null,
  ];
  it('a config is without problems exactly when the JSON Schema validator (ajv) accepts it', () => {
    for (const c of cases) assert.strictEqual(configFromFile(c).problems.length === 0, valid(c), JSON.stringify(c));
  });

  it('problems name their place, in both languages; what is valid is kept', () => {
    const read = configFromFile({ rules: { balance: 'off', balnce: 'off', 'row-total': 'loud' }, repeatedText: 101, maxProblems: 0, include: [1], colour: 1 });
    assert.deepStrictEqual(read.config, { rules: { balance: 'off' } });
    assert.deepStrictEqual(read.problems.map((p) => problemText(p, 'en')), [
      'rules.balnce: unknown setting', 'rules.row-total: must be one of "error", "warning", "info", "off"', 'repeatedText: must be from 1 to 100',
      'maxProblems: must be at least 1', 'include[0]: must be a string', 'colour: unknown setting',
    ]);
    assert.deepStrictEqual(read.problems.map((p) => problemText(p, 'zh')).slice(3, 5), ['maxProblems：应不小于 1', 'include[0]：应为字符串']);
    assert.deepStrictEqual(problemText(configFromFile([]).problems[0], 'en'), 'the configuration must be a JSON object {…}');
  });

  it('the editor\'s settings: each key at its setting\'s path, other keys left alone, wrong values dropped', () => {
    const read = configFromSettings({ inlayHints: { enabled: false }, rules: { balance: 'off' }, repeatedText: 0, maxSize: 3, somethingElse: 1, files: {} });
    assert.deepStrictEqual(read.config, { rules: { balance: 'off' }, inlayHints: false });
    assert.deepStrictEqual(read.problems.map((p) => p.path), ['repeatedText']);
  });

  it('layers merge key by key and rule by rule, the later winning; defaults below them all', () => {
    const merged = mergeConfig({ rules: { balance: 'off', 'row-label': 'info' }, repeatedText: 20 }, { rules: { balance: 'warning' } }, undefined, { messageLanguage: 'en' });
    assert.deepStrictEqual(merged, { rules: { balance: 'warning', 'row-label': 'info' }, repeatedText: 20, messageLanguage: 'en' });
    const resolved = resolveConfig({ maxSize: 2 });
    assert.deepStrictEqual([resolved.maxSize, resolved.maxProblems, resolved.include, resolved.rules], [2, 500, ['**'], {}]);
  });

  it('include and exclude globs: relative paths with /, dot files like others, exclude over include', () => {
    const m = filesMatcher({ include: ['reports/**', '*.txt'], exclude: ['**/drafts/**', '**/*-old.*'] });
    const taken = ['reports/a.docx', 'reports/2024/.b.txt', 'top.txt', 'reports/drafts/x.txt', 'reports/a-old.pdf', 'other/c.txt'].filter(m);
    assert.deepStrictEqual(taken, ['reports/a.docx', 'reports/2024/.b.txt', 'top.txt']);
    assert.ok(filesMatcher({})('any/where/at.all'));
  });

  it('the command line\'s options of the schema (x-cli) are in its help, in both languages', () => {
    const options = configProperties().filter((p) => p.in.includes('cli')).map((p) => p.node['x-cli']!);
    assert.deepStrictEqual(options, ['--lang', '--rule', '--repeated-text', '--max-size']);
    for (const lang of ['zh', 'en'] as const) for (const o of options) assert.match(messagesFor(lang).usage, new RegExp(`^ {2}${o} <`, 'm'), `${lang} ${o}`);
  });
});
