// A page saved as one file (.mhtml by browsers, .mht by Word's "single file web page"): a MIME multipart/related
// message whose text/html part is the page, encoded quoted-printable or base64, with its charset in the part's
// header. The part is found and decoded; the rest (images, styles) is not read.
import { ReaderError } from '../reader';
import { decodePage, type DecodedPage } from './encoding';

interface Part {
  headers: Map<string, string>;
  /** Byte offsets of the part's body in the message. */
  start: number;
  end: number;
}

/** The header block starting at `at`: names in lower case, folded lines unfolded; and where the body starts. */
function readHeaders(text: string, at: number): { headers: Map<string, string>; body: number } {
  const blank = /\r?\n\r?\n/g;
  blank.lastIndex = at;
  const m = blank.exec(text);
  const end = m ? m.index : text.length;
  const headers = new Map<string, string>();
  for (const line of text.slice(at, end).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: m ? m.index + m[0].length : text.length };
}

/** A parameter of a Content-Type value (boundary, charset), unquoted. */
export function parameter(contentType: string, name: string): string | undefined {
  const re = /;\s*([\w.-]+)\s*=\s*(?:"([^"]*)"|([^;\s]*))/g;
  for (let m = re.exec(contentType); m; m = re.exec(contentType)) if (m[1].toLowerCase() === name) return m[2] ?? m[3];
  return undefined;
}

/** The parts of a multipart body delimited by `--boundary` lines. */
function readParts(text: string, from: number, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  let at = text.indexOf(delimiter, from);
  while (at >= 0) {
    if (text.startsWith('--', at + delimiter.length)) break;
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) break;
    const next = text.indexOf(`\n${delimiter}`, lineEnd);
    const { headers, body } = readHeaders(text, lineEnd + 1);
    const end = next < 0 ? text.length : text[next - 1] === '\r' ? next - 1 : next;
    parts.push({ headers, start: Math.min(body, end), end });
    at = next < 0 ? -1 : next + 1;
  }
  return parts;
}

const hexValue = (b: number) => (b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x41 && b <= 0x46 ? b - 0x37 : b >= 0x61 && b <= 0x66 ? b - 0x57 : -1);

/** Undoes quoted-printable: =XX is a byte, `=` at a line's end joins it to the next line. */
export function decodeQuotedPrintable(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let o = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b !== 0x3d) {
      out[o++] = b;
      continue;
    }
    const high = hexValue(bytes[i + 1]);
    const low = hexValue(bytes[i + 2]);
    if (i + 2 < n && high >= 0 && low >= 0) {
      out[o++] = high * 16 + low;
      i += 2;
      continue;
    }
    let j = i + 1;
    while (j < n && (bytes[j] === 0x20 || bytes[j] === 0x09)) j++;
    if (j >= n || bytes[j] === 0x0a) i = j;
    else if (bytes[j] === 0x0d && bytes[j + 1] === 0x0a) i = j + 1;
    else out[o++] = b;
  }
  return out.subarray(0, o);
}

function decodeBody(bytes: Uint8Array, part: Part): Uint8Array {
  const body = bytes.subarray(part.start, part.end);
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return Buffer.from(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1'), 'base64');
  return body;
}

/** The page in an MHTML message: its text/html part decoded, in the part's charset (else as the page declares). */
export function decodeMhtml(bytes: Uint8Array): DecodedPage {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const { headers, body } = readHeaders(text, 0);
  const boundary = parameter(headers.get('content-type') ?? '', 'boundary');
  if (!boundary) throw new ReaderError('corrupt', 'an MHTML file without a multipart boundary');
  const part = readParts(text, body, boundary).find((p) => /^text\/html\b/i.test(p.headers.get('content-type') ?? ''));
  if (!part) throw new ReaderError('no-document', 'an MHTML file without a text/html part');
  return decodePage(decodeBody(bytes, part), parameter(part.headers.get('content-type') ?? '', 'charset'));
}
