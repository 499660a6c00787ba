// The requests between the VS Code client and the server about text views of .docx, HTML and PDF files (see
// views.ts): one definition for both sides. Type-only imports, so the client bundles none of the server.
import type { SourceFormat, SourceLocation } from '../core/source/document';

/** The scheme of a view's URI: the file's path with `.govreport` after it. */
export const VIEW_SCHEME = 'govreport-view';

/** `{ uri, viewUri? }` → ViewAnswer: the file read and its view kept under `viewUri`. */
export const TEXT_VIEW_REQUEST = 'govreport/textView';
/** `{ uri, position }` (a view's) → SourceAnswer. */
export const SOURCE_LOCATION_REQUEST = 'govreport/sourceLocation';
/** `{ uri }` (a .docx view's) → FixAnswer: every fix written into the Word file. */
export const FIX_FILE_REQUEST = 'govreport/fixFile';

/** What the client gets for a file: the view's text, or why there is none. */
export type ViewAnswer =
  | { ok: true; viewUri: string; text: string; format: SourceFormat; isReport: boolean }
  | { ok: false; reason: string };

/** Where a place of a view is in its file. */
export type SourceAnswer = { file: string; format: SourceFormat; location?: SourceLocation } | null;

export interface FixAnswer {
  applied: boolean;
  changes: number;
  titles: string[];
  reason?: string;
}
