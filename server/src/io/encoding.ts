// Bytes → text for the checker, and text → bytes for the fixer, in the file's own encoding.
//
// A decoding is accepted only when it is exact: strict UTF-8 (utf8.ts: validated, then decoded), or an iconv-lite decoding that
// encodes back to the very same bytes. Exactness is what lets --fix compute byte offsets by re-encoding the text.
import { utf8Text } from './utf8';
import type * as Iconv from 'iconv-lite';
import type * as Chardet from 'chardet';

// iconv-lite (its code tables are a third of the CLI's bundle) and chardet are loaded by the first file that is not
// UTF-8: a run over UTF-8 files, the usual case, never starts them. require() keeps each once loaded.
const iconv = (): typeof Iconv => require('iconv-lite');
const guessEncoding = (bytes: Buffer): string | null => (require('chardet') as typeof Chardet).detect(bytes);

/** UTF-16 is accepted only with a BOM (Windows Notepad's "Unicode"); without one its NULs read as binary. */
export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  /** The text without its BOM: what the core checks, and what its offsets refer to. */
  text: string;
  encoding: Encoding;
  /** Whether a BOM preceded the text; its bytes stay in the file untouched. */
  bom: boolean;
}

export type DecodeResult =
  | ({ ok: true } & DecodedText)
  | { ok: false; reason: 'binary' }
  | { ok: false; reason: 'undecodable'; guess?: string };

const BOM = '\uFEFF';

export function decodeFile(bytes: Uint8Array): DecodeResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf16 = buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : undefined;
  if (!utf16 && buf.includes(0)) return { ok: false, reason: 'binary' };
  const hasUtf8Bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  // A BOM names its encoding: a UTF-8 BOM in front of invalid UTF-8 is a damaged file, not a GB18030 one.
  const candidates: Encoding[] = utf16 ? [utf16] : hasUtf8Bom ? ['utf-8'] : ['utf-8', 'gb18030'];
  for (const encoding of candidates) {
    const decoded = decodeExact(buf, encoding);
    if (decoded === undefined) continue;
    const bom = decoded.startsWith(BOM);
    const text = bom ? decoded.slice(1) : decoded;
    if (mostlyControl(text)) return { ok: false, reason: 'binary' };
    return { ok: true, text, encoding, bom };
  }
  // chardet only names what the file might be, so the user knows what to convert from; its guesses on short or
  // mixed text are too unreliable to decode by (a 40-character GBK line can come out as Big5 or EUC-KR).
  const guess = guessEncoding(buf) ?? undefined;
  return { ok: false, reason: 'undecodable', guess: guess && !/^(UTF-8|GB18030)$/i.test(guess) ? guess : undefined };
}

/** The text in the bytes, with a BOM kept as U+FEFF so that offsets stay exact; undefined unless lossless. */
export function decodeExact(buf: Buffer, encoding: Encoding): string | undefined {
  if (encoding === 'utf-8') return utf8Text(buf);
  const text = iconv().decode(buf, encoding, { stripBOM: false });
  return iconv().encode(text, encoding).equals(buf) ? text : undefined;
}

export function encodeText(text: string, encoding: Encoding): Buffer {
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv().encode(text, encoding);
}

/** The bytes of the BOM in this encoding (its length is what the fixer skips). */
export function bomBytes(encoding: Encoding): Buffer {
  return encodeText(BOM, encoding);
}

/** Control characters other than tab, line breaks and form feed; DEL; U+FFFD. */
const CONTROL = '[\\x00-\\x08\\x0e-\\x1f\\x7f\\ufffd]';

/**
 * Text that is mostly not text: more than a tenth of its characters are CONTROL. That is already far beyond any real
 * document (a stray Ctrl-Z at the end of an old DOS file is one character). Found by the regular expression's native
 * search, not a loop over every character: most texts have none.
 */
function mostlyControl(text: string): boolean {
  const limit = text.length / 10;
  const control = new RegExp(CONTROL, 'g');
  let bad = 0;
  while (control.exec(text)) if (++bad > limit) return true;
  return false;
}
