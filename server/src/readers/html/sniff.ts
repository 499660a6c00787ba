// Whether bytes are an HTML page or a saved MHTML page, judged by how they start.

/** The start of the bytes as text: UTF-16 after its BOM, else one character per byte (markup is ASCII). */
function head(bytes: Uint8Array, length: number): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return new TextDecoder(encoding).decode(bytes.subarray(2, 2 + length * 2));
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(length, bytes.byteLength - start)).toString('latin1');
}

/** What may stand before the first tag: white space, comments (Word's conditional ones too), an XML declaration. */
const PROLOGUE = /^(?:\s+|<!--[\s\S]*?-->|<\?xml[^>]*>)*/;
const FIRST_TAG = /^<(?:!doctype\s+html|html|head|body|meta|table|p|div)(?=[\s>/])/i;

/** HTML: after a BOM, white space and comments, `<!DOCTYPE html`, `<html`, `<head`, `<body`, `<meta`, `<table`, `<p` or `<div`. */
export function sniffHtml(bytes: Uint8Array): boolean {
  const text = head(bytes, 2048);
  const prologue = PROLOGUE.exec(text);
  return FIRST_TAG.test(text.slice(prologue ? prologue[0].length : 0));
}

/** MHTML: a MIME header with MIME-Version and a multipart/related Content-Type, and a text/html part. */
export function sniffMhtml(bytes: Uint8Array): boolean {
  const text = head(bytes, 65536);
  const headerEnd = text.search(/\r?\n\r?\n/);
  const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
  return /^MIME-Version:/im.test(header) && /^Content-Type:\s*multipart\/related\b/im.test(header) && /text\/html/i.test(text);
}
