// Who a report's body is, as a key that two years' titles share: 淮安市洪泽区人民政府 (2024) and 洪泽区人民政府 (2023)
// name one body, the prefecture written before the county or not.
import { namesIn, placesOfBody } from '../places/gazetteer';

/** Marks and spaces a title may carry around a body's name. */
const NOT_NAME = /[\s\u3000·•、，,。（）()【】\[\]“”"'《》]/g;

/**
 * The body's places (the county-level divisions its name names, or its prefecture: several codes when a name is
 * ambiguous and nothing above it says which) and the words after the last of them (人民政府办公室, 教育局). A name
 * with no place is its own key; a name of the place alone is its 人民政府. Two keys are one body only when equal: a name that leaves a doubt pairs with nothing.
 */
export function bodyKey(body: string): string | undefined {
  const name = body.replace(NOT_NAME, '');
  if (!name) return undefined;
  const places = placesOfBody(name);
  if (!places.length) return `|${name}`;
  const own = new Set(places.map((p) => p.name));
  let end = 0;
  for (const n of namesIn(name)) if (n.name.full && own.has(n.name.text)) end = Math.max(end, n.at + n.name.text.length);
  // A title that names only the place (洪泽区2023年政府信息公开工作年度报告) is its government's report.
  const rest = name.slice(end) || '人民政府';
  return `${places.map((p) => p.code).sort().join(',')}|${rest}`;
}
