// word/document.xml as a JavaScript string, and which characters of a text node stand verbatim in it. Offsets into
// that string are what a .docx source piece records and what the fix writer edits.
import type { SourcePiece } from '../../core/source/document';
import { utf8Text } from '../../io/utf8';

/**
 * The XML part's text. A UTF-8 byte order mark is dropped (the string starts at the first character after it; the
 * writer puts it back); bytes that are not UTF-8 throw, as a broken part.
 */
export function decodeXml(bytes: Uint8Array): string {
  const text = utf8Text(bytes);
  if (text === undefined) throw new Error('an XML part is not valid UTF-8');
  return hasBom(bytes) ? text.slice(1) : text;
}

/** Whether the part starts with a UTF-8 byte order mark (which decodeXml leaves out of the string). */
export const hasBom = (bytes: Uint8Array) => bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * The verbatim runs of a text node: `decoded` is the text the parser gave, `raw` the source between the tags, from
 * `rawStart`. They agree character for character except where the source has an entity or character reference
 * (`&amp;`, `&#x31;`) or a line break the parser normalised (CR LF to LF): those characters are not verbatim, and
 * split the node into pieces around them (offsets relative to the node's text). Returns undefined when the two
 * cannot be aligned (a CDATA section or comment in the node): no piece at all.
 */
export function verbatimPieces(decoded: string, raw: string, rawStart: number): SourcePiece[] | undefined {
  if (raw === decoded) return decoded ? [{ start: 0, end: decoded.length, source: rawStart }] : [];
  const pieces: SourcePiece[] = [];
  let r = 0;
  let d = 0;
  let runStart = -1;
  const close = () => {
    if (runStart >= 0 && d > runStart) pieces.push({ start: runStart, end: d, source: rawStart + r - (d - runStart) });
    runStart = -1;
  };
  while (r < raw.length && d < decoded.length) {
    const c = raw.charCodeAt(r);
    if (c === 0x26 /* & */) {
      close();
      const semi = raw.indexOf(';', r);
      if (semi < 0) return undefined;
      const value = referenceValue(raw.slice(r + 1, semi));
      if (value === undefined || decoded.slice(d, d + value.length) !== value) return undefined;
      r = semi + 1;
      d += value.length;
    } else if (c === 0x0d /* CR */) {
      close();
      if (decoded.charCodeAt(d) !== 0x0a) return undefined;
      r += raw.charCodeAt(r + 1) === 0x0a ? 2 : 1;
      d++;
    } else {
      if (c !== decoded.charCodeAt(d)) return undefined;
      if (runStart < 0) runStart = d;
      r++;
      d++;
    }
  }
  close();
  return r === raw.length && d === decoded.length ? pieces : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of an entity or character reference's name (`amp`, `#49`, `#x31`). */
function referenceValue(name: string): string | undefined {
  if (name[0] !== '#') return NAMED[name];
  const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
