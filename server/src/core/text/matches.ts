// How the text rules try their patterns: many patterns on every sentence, most of them absent from most sentences.

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * The matches of a global pattern in a text, as matchAll finds them. matchAll copies the pattern before it looks
 * (a quarter of a microsecond, most of the cost of trying a pattern on a sentence); a search copies nothing, so it
 * tells first whether there is anything to look for. Always an array, so that the loops over it stay on arrays.
 */
export function matchesIn(text: string, re: RegExp): readonly RegExpExecArray[] {
  return text.search(re) < 0 ? NO_MATCHES : [...text.matchAll(re)];
}

/**
 * A pattern's matches in text after text, as matchAll finds them, from one copy of the pattern made for all of them
 * (for one check: the copy is the caller's). For a pattern most texts hold, the copy matchAll makes for each text
 * is the cost.
 */
export function matcherOf(re: RegExp): (text: string) => RegExpExecArray[] {
  const copy = new RegExp(re);
  return (text) => {
    const out: RegExpExecArray[] = [];
    copy.lastIndex = 0;
    for (let m = copy.exec(text); m; m = copy.exec(text)) {
      out.push(m);
      // As matchAll steps past an empty match.
      if (!m[0]) copy.lastIndex++;
    }
    return out;
  };
}
