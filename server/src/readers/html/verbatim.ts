// Which characters of a text node stand verbatim in the page. parse5 gives a text node its decoded value and the
// range of the page it came from; the two differ where the page has a character reference (&nbsp; &#20013;) or a
// CR (CRLF and a lone CR both become LF). The value is cut into runs at those places; every run is then compared
// with the page, and a node whose runs do not line up has no verbatim runs at all (a fix cannot be placed there).

/**
 * Runs as flat triples: value start, value end, page offset of the value start; or, for a node whose whole value
 * stands verbatim (most nodes), just the page offset where it starts.
 */
export type Runs = number[] | number;

/** Named references that parse5 reads without their `;` (the HTML standard's legacy set, Latin-1 only). */
const LEGACY = new Set(('AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute ' +
  'Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave Uuml Yacute ' +
  'aacute acirc acute aelig agrave amp aring atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc ' +
  'egrave eth euml frac12 frac14 frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ' +
  'ntilde oacute ocirc ograve ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 ' +
  'szlig thorn times uacute ucirc ugrave uml uuml yacute yen yuml').split(' '));

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isAlnum = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * A character reference at `at` (on its `&`): how many page characters it takes and how many value characters it
 * became; undefined when the `&` is a literal ampersand. A named reference is taken to become one character: the
 * few that become two fail the comparison afterwards, which is safe.
 */
function referenceAt(page: string, at: number, end: number): { raw: number; value: number } | undefined {
  let i = at + 1;
  if (page.charCodeAt(i) === 0x23 /* # */) {
    const hex = (page.charCodeAt(i + 1) | 0x20) === 0x78;
    i += hex ? 2 : 1;
    const digitsStart = i;
    let cp = 0;
    for (; i < end && (hex ? isHex(page.charCodeAt(i)) : isDigit(page.charCodeAt(i))); i++) {
      if (cp <= 0x10ffff) cp = cp * (hex ? 16 : 10) + parseInt(page[i], 16);
    }
    if (i === digitsStart) return undefined;
    if (i < end && page.charCodeAt(i) === 0x3b) i++;
    return { raw: i - at, value: cp > 0xffff && cp <= 0x10ffff ? 2 : 1 };
  }
  while (i < end && isAlnum(page.charCodeAt(i))) i++;
  if (i === at + 1) return undefined;
  if (i < end && page.charCodeAt(i) === 0x3b) return { raw: i + 1 - at, value: 1 };
  for (let len = i - at - 1; len > 1; len--) if (LEGACY.has(page.slice(at + 1, at + 1 + len))) return { raw: len + 1, value: 1 };
  return undefined;
}

/** The verbatim runs of a text node whose value came from `page[start, end)`, or undefined if none can be trusted. */
export function verbatimRuns(page: string, start: number, end: number, value: string): Runs | undefined {
  let plain = end - start === value.length;
  for (let i = start; plain && i < end; i++) {
    const c = page.charCodeAt(i);
    if (c === 0x26 || c === 0x0d || c === 0) plain = false;
  }
  if (plain) return start;
  const runs: number[] = [];
  let v = 0;
  let runRaw = start;
  let runValue = 0;
  const close = () => {
    if (v > runValue) runs.push(runValue, v, runRaw);
  };
  for (let i = start; i < end;) {
    const c = page.charCodeAt(i);
    if (c === 0) return undefined;
    let raw = 0;
    let decoded = 0;
    if (c === 0x0d) [raw, decoded] = [page.charCodeAt(i + 1) === 0x0a && i + 1 < end ? 2 : 1, 1];
    else if (c === 0x26) {
      const ref = referenceAt(page, i, end);
      if (ref) [raw, decoded] = [ref.raw, ref.value];
    }
    if (!raw) {
      i++;
      v++;
      continue;
    }
    close();
    i += raw;
    v += decoded;
    runRaw = i;
    runValue = v;
  }
  close();
  return v === value.length && runsMatch(page, value, runs) ? runs : undefined;
}

function runsMatch(page: string, value: string, runs: number[]): boolean {
  for (let r = 0; r < runs.length; r += 3) {
    for (let j = runs[r], p = runs[r + 2]; j < runs[r + 1]; j++, p++) if (value.charCodeAt(j) !== page.charCodeAt(p)) return false;
  }
  return true;
}
