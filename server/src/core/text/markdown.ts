// Report text inside Markdown (hover): shown as the characters it is, never as a link, an image, HTML or emphasis.
// A report is written by someone else and may carry `[修复](command:…)` or `<img onerror=…>`: a client that renders
// Markdown with commands or HTML enabled would otherwise run them.

/** Characters that start or end a Markdown construct: escaped with a backslash. */
const MARKUP = /[\\`*_{}[\]()#+\-.!|~]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** A piece of report text as Markdown that shows it literally, on one line. */
export function markdownText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(MARKUP, '\\$&').replace(/[<>&]/g, (c) => ENTITIES[c]);
}
