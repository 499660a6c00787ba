// A reader turns a file's bytes into the format-neutral document (core/source/document.ts). Readers are pure like
// the core (no fs, no process: bytes in, document out) but may be asynchronous (the PDF library is).
import type { SourceDocument, SourceFormat } from '../core/source/document';

export interface Reader {
  format: SourceFormat;
  /** File extensions (lower case, with the dot) searched for in directories. */
  extensions: string[];
  /** Whether the bytes are in this reader's format, judged by content (a zip holding word/document.xml, %PDF-, markup). */
  sniff(bytes: Uint8Array): boolean;
  read(bytes: Uint8Array): Promise<SourceDocument>;
}

/**
 * Why a file cannot be read at all. Front ends turn the reason into a message in the user's language; `detail` is
 * the underlying library's words, for the curious.
 * - `corrupt`: the file is not a valid file of its format (a broken zip, a PDF without its structure);
 * - `encrypted`: a password-protected PDF or .docx;
 * - `legacy-word`: a .doc or .wps (binary Word or WPS format): save it as .docx;
 * - `no-document`: a zip without word/document.xml (an .xlsx, a .pptx, another archive);
 * - `too-deep`: tables or elements nested far deeper than in any report: what lies below the limit could not be
 *   read, so nothing of the file is read rather than a part of it taken for the whole.
 */
export type ReaderErrorReason = 'corrupt' | 'encrypted' | 'legacy-word' | 'no-document' | 'too-deep';

export class ReaderError extends Error {
  constructor(readonly reason: ReaderErrorReason, readonly detail?: string) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'ReaderError';
  }
}
