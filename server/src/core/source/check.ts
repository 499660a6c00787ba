// Checking and fixing a document that a reader made: its text view is built once, the model from the view's
// blocks (so the reader's verdicts, such as an unreadable table, reach the model), and fixes are edits of the view.
import type { CheckOptions, CheckResult, FixOptions, FixResult } from '../check';
import { checkModel, fixPasses } from '../check';
import { buildFromBlocks } from '../model/build';
import type { TextEdit } from '../types';
import type { SourceDocument } from './document';
import { editDocument, renderTextView, sourceEdits, TextView } from './textView';
import { appendAll } from '../arrays';

export interface SourceCheck extends CheckResult {
  view: TextView;
}

/** The view of a document, its model and its findings. */
export function checkSource(doc: SourceDocument, options: CheckOptions = {}): SourceCheck {
  return checkView(renderTextView(doc), options);
}

export function checkView(view: TextView, options: CheckOptions = {}): SourceCheck {
  const report = buildFromBlocks(view.text, view.blocks);
  if (view.problem) report.problem = view.problem;
  if (view.breaks.length) report.hiddenBreaks = view.breaks;
  return { view, ...checkModel(report, options) };
}

export interface SourceFix extends FixResult {
  /** The view the fixes were computed on (the document as read). */
  view: TextView;
  /** The whole change as edits of the source (for .docx, of word/document.xml), or undefined when some edit has no exact place there. */
  sourceEdits?: TextEdit[];
}

/**
 * Every available fix, pass after pass as for a text; each pass edits the document's paragraphs and cells and
 * renders its view again, so the reader's verdicts hold in every pass. The composed edits of the first view are
 * then placed in the source through its verbatim pieces.
 */
export function fixSource(doc: SourceDocument, options: FixOptions = {}): SourceFix {
  const view = renderTextView(doc);
  const result = fixPasses(
    { doc, view },
    (s) => s.view.text,
    (s) => checkView(s.view, options),
    (s, _next, applied) => {
      const edited = editDocument(s.doc, s.view, applied);
      return { doc: edited, view: renderTextView(edited) };
    },
    options,
  );
  const placed: TextEdit[] = [];
  for (const e of result.edits) {
    const inSource = sourceEdits(view, e);
    if (!inSource) return { ...result, view, sourceEdits: undefined };
    appendAll(placed, inSource);
  }
  return { ...result, view, sourceEdits: placed };
}
