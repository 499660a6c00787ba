// Writing fixes back into a text file: the core's edits are spliced into the file's original bytes, so that every
// byte outside the edited cells (encoding, BOM, line endings, odd whitespace) stays exactly as it was; the file is
// then written in place with a journal beside it (io/writeInPlace.ts), so that a run interrupted mid-write leaves
// the means to put the report back, never half a report alone.
import { applyEdits, type TextEdit } from '../core';
import { bomBytes, decodeExact, encodeText, type DecodedText } from '../io/encoding';

/**
 * The file's bytes with the edits applied. `edits` are disjoint, sorted edits of `decoded.text` (the text after the
 * BOM). Each edit's byte offset is found by encoding the unchanged text before it: exact, because the decoding was
 * verified to be lossless. The core's fixes replace numbers, labels and titles inside one line, so line breaks are
 * never touched.
 */
export function spliceEdits(original: Buffer, decoded: DecodedText, edits: TextEdit[]): Buffer {
  const { text, encoding } = decoded;
  const parts: Buffer[] = [];
  let textPos = 0;
  let bytePos = decoded.bom ? bomBytes(encoding).length : 0;
  parts.push(original.subarray(0, bytePos));
  for (const e of edits) {
    const keep = encodeText(text.slice(textPos, e.start), encoding).length;
    parts.push(original.subarray(bytePos, bytePos + keep));
    bytePos += keep + encodeText(text.slice(e.start, e.end), encoding).length;
    parts.push(encodeText(e.text, encoding));
    textPos = e.end;
  }
  parts.push(original.subarray(bytePos));
  const result = Buffer.concat(parts);

  // Belt and braces: the new bytes must read back as exactly the fixed text, or nothing is written.
  const expected = (decoded.bom ? '\uFEFF' : '') + applyEdits(text, edits).text;
  if (decodeExact(result, encoding) !== expected) throw new Error(`the fixed text does not encode back exactly in ${encoding}`);
  return result;
}
