import * as path from 'path';
import { pathToFileURL } from 'url';

/** A rule's page, shipped beside the bundles (docs/rules/<id>.md next to dist/), so that the link works offline and in a .vsix. */
export function ruleDocUri(rule: string): string {
  return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${rule}.md`)).toString();
}
