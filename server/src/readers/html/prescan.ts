// The HTML standard's prescan of a byte stream for its encoding (§13.2.3.2, "prescan a byte stream to determine its
// encoding"): the first 1024 bytes are read as ASCII for <meta charset> and <meta http-equiv="Content-Type"
// content="…charset=…">, skipping comments and the attributes of other tags, as a browser does before parsing.

const LIMIT = 1024;

const isSpace = (b: number) => b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
const isLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** Whether the bytes at `at` are `word` (ASCII, compared case-insensitively; `word` in lower case). */
function startsWith(bytes: Uint8Array, at: number, end: number, word: string): boolean {
  if (at + word.length > end) return false;
  for (let i = 0; i < word.length; i++) if (lower(bytes[at + i]) !== word.charCodeAt(i)) return false;
  return true;
}

interface Attr { name: string; value: string; next: number }

/** The spec's "get an attribute": the next attribute of a tag at `at`, or undefined at the tag's end. */
function getAttribute(bytes: Uint8Array, at: number, end: number): Attr | undefined {
  while (at < end && (isSpace(bytes[at]) || bytes[at] === 0x2f)) at++;
  if (at >= end || bytes[at] === 0x3e) return undefined;
  let name = '';
  for (; at < end; at++) {
    const b = bytes[at];
    if (b === 0x3d && name) break;
    if (isSpace(b) || b === 0x2f || b === 0x3e) break;
    name += String.fromCharCode(lower(b));
  }
  while (at < end && isSpace(bytes[at])) at++;
  if (at >= end || bytes[at] !== 0x3d) return at < end ? { name, value: '', next: at } : undefined;
  at++;
  while (at < end && isSpace(bytes[at])) at++;
  if (at >= end) return undefined;
  let value = '';
  const quote = bytes[at];
  if (quote === 0x22 || quote === 0x27) {
    for (at++; at < end && bytes[at] !== quote; at++) value += String.fromCharCode(lower(bytes[at]));
    return at < end ? { name, value, next: at + 1 } : undefined;
  }
  if (quote === 0x3e) return { name, value: '', next: at };
  for (; at < end && !isSpace(bytes[at]) && bytes[at] !== 0x3e; at++) value += String.fromCharCode(lower(bytes[at]));
  return at < end ? { name, value, next: at } : undefined;
}

/** The spec's "extract a character encoding from a meta element": the label after `charset=` in a content value. */
export function charsetFromContent(content: string): string | undefined {
  const s = content.toLowerCase();
  let at = 0;
  for (;;) {
    at = s.indexOf('charset', at);
    if (at < 0) return undefined;
    at += 7;
    while (at < s.length && ' \t\n\f\r'.includes(s[at])) at++;
    if (s[at] === '=') break;
  }
  at++;
  while (at < s.length && ' \t\n\f\r'.includes(s[at])) at++;
  const q = s[at];
  if (q === '"' || q === "'") {
    const close = s.indexOf(q, at + 1);
    return close < 0 ? undefined : s.slice(at + 1, close);
  }
  const m = /^[^\s;]+/.exec(s.slice(at));
  return m ? m[0] : undefined;
}

/** A <meta> element's declared encoding label (as written, lower case), from its attributes starting at `at`. */
function metaCharset(bytes: Uint8Array, at: number, end: number): { label?: string; next: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | undefined;
  let label: string | undefined;
  for (let attr = getAttribute(bytes, at, end); attr; attr = getAttribute(bytes, attr.next, end)) {
    at = attr.next;
    if (seen.has(attr.name)) continue;
    seen.add(attr.name);
    if (attr.name === 'http-equiv' && attr.value === 'content-type') gotPragma = true;
    else if (attr.name === 'content' && label === undefined) {
      const found = charsetFromContent(attr.value);
      if (found) [label, needPragma] = [found, true];
    } else if (attr.name === 'charset') [label, needPragma] = [attr.value.trim(), false];
  }
  if (needPragma === undefined || (needPragma && !gotPragma)) return { next: at };
  return { label, next: at };
}

/** The encoding label a page declares in its first 1024 bytes, or undefined. */
export function prescanCharset(bytes: Uint8Array): string | undefined {
  const end = Math.min(bytes.length, LIMIT);
  let at = 0;
  while (at < end) {
    if (bytes[at] !== 0x3c /* < */) {
      at++;
      continue;
    }
    if (startsWith(bytes, at, end, '<!--')) {
      const close = indexOfArrow(bytes, at + 2, end, true);
      if (close < 0) return undefined;
      at = close;
    } else if (startsWith(bytes, at, end, '<meta') && at + 5 < end && (isSpace(bytes[at + 5]) || bytes[at + 5] === 0x2f)) {
      const meta = metaCharset(bytes, at + 5, end);
      if (meta.label) return meta.label;
      at = Math.max(meta.next, at + 5);
    } else if (isLetter(bytes[at + 1]) || (bytes[at + 1] === 0x2f && isLetter(bytes[at + 2]))) {
      at += bytes[at + 1] === 0x2f ? 2 : 1;
      while (at < end && !isSpace(bytes[at]) && bytes[at] !== 0x3e) at++;
      for (let attr = getAttribute(bytes, at, end); attr; attr = getAttribute(bytes, attr.next, end)) at = attr.next;
    } else if (bytes[at + 1] === 0x21 || bytes[at + 1] === 0x2f || bytes[at + 1] === 0x3f) {
      const close = indexOfArrow(bytes, at + 1, end, false);
      if (close < 0) return undefined;
      at = close;
    } else at++;
  }
  return undefined;
}

/** The position after the next `>` (after `-->` for a comment) from `at`, or -1 before `end`. */
function indexOfArrow(bytes: Uint8Array, at: number, end: number, comment: boolean): number {
  for (let i = at; i < end; i++) {
    if (bytes[i] !== 0x3e) continue;
    if (!comment || (i - 2 >= at && bytes[i - 1] === 0x2d && bytes[i - 2] === 0x2d)) return i + 1;
  }
  return -1;
}
