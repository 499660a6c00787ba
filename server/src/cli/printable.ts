// Text from files (a report's words quoted in a finding, a file's name) shown in a terminal: control characters
// escaped, so that an escape sequence in a report cannot drive the terminal (OSC 52 writes the clipboard) and a
// line break in a file name cannot start a forged finding line. JSON output needs none of this: it escapes them.

/**
 * C0 and C1 controls and DEL, the line and paragraph separators, and the bidirectional overrides and isolates
 * (which can make a line read otherwise than it is).
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with each control character as an escape: \n, \r, \t, \x1b, \u202e. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
