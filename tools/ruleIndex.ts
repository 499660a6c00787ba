// rules/index.ts is written from the rule modules themselves, so that adding a rule touches its own file only.
import { CATEGORIES } from '../server/src/core/rules/rule';

export interface RuleSource {
  /** The module's file name without `.ts`. */
  module: string;
  text: string;
}

interface Declared {
  module: string;
  name: string;
  id: string;
  category: string;
}

/** The rules a module declares: `export const name = defineRule({ id: '…', … category: '…'`. */
function declared(source: RuleSource): Declared[] {
  const out: Declared[] = [];
  for (const m of source.text.matchAll(/export const (\w+) = define(?:Year)?Rule\(\{\s*id: '([\w-]+)',[\s\S]*?category: '(\w+)'/g)) {
    out.push({ module: source.module, name: m[1], id: m[2], category: m[3] });
  }
  return out;
}

/** The text of rules/index.ts: every declared rule, by category in the order of CATEGORIES, then by id. */
export function ruleIndex(sources: RuleSource[]): string {
  const rules = sources.flatMap(declared);
  const rank = (c: string) => (CATEGORIES as readonly string[]).indexOf(c);
  rules.sort((a, b) => rank(a.category) - rank(b.category) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const imports = rules.map((r) => `import { ${r.name} } from './${r.module}';`);
  return [
    '// Written by `npm run generate` from the rule modules in this folder; do not edit.',
    ...imports,
    '',
    '/** Every rule, by category and id: the order their findings take at one position. */',
    'export const RULES = [',
    ...rules.map((r) => `  ${r.name},`),
    '];',
    '',
    'export type RuleId = (typeof RULES)[number][\'id\'];',
    '',
  ].join('\n');
}
