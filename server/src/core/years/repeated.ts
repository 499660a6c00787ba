// Sentences repeated from last year's report: the same words, or nearly (this year's figures and dates put in).
import type { FactSentence } from './facts';

/** Shorter sentences (无。, 详见下表) are said every year by every body: they are not counted. */
export const MIN_SENTENCE = 10;
/** Of their character pairs, this share in common (Dice's coefficient) makes two sentences nearly the same. */
export const NEARLY_SAME = 0.8;

const HAN = 0x4e00;
const HAN_END = 0xa000;

/**
 * What of a sentence is compared: its Chinese characters, letters and numbers, each run of digits as one mark
 * (so that 2023年 and 2024年, 5件 and 7件 do not make two sentences differ).
 */
export function sentenceKey(text: string): string {
  let out = '';
  let digits = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
    if (digit) {
      if (!digits) out += '#';
    } else if ((c >= HAN && c < HAN_END) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      out += text[i];
    }
    digits = digit;
  }
  return out;
}

/** A key's character pairs, each once. */
function pairsOf(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) out.add(key.slice(i, i + 2));
  return out;
}

/** Last year's sentences, indexed by their character pairs, to find the one nearest to each of this year's. */
export class SentenceIndex {
  private readonly sizes: number[] = [];
  private readonly byPair = new Map<string, number[]>();
  private readonly exact = new Map<string, number>();

  constructor(readonly sentences: readonly FactSentence[]) {
    sentences.forEach((s, i) => {
      const key = countedKey(s.text) ?? '';
      const pairs = pairsOf(key);
      this.sizes.push(pairs.size);
      if (!key) return;
      if (!this.exact.has(key)) this.exact.set(key, i);
      for (const p of pairs) {
        const list = this.byPair.get(p);
        if (list) list.push(i);
        else this.byPair.set(p, [i]);
      }
    });
  }

  /** The sentence of last year that a sentence repeats, the same or nearly; none for a short one. */
  repeated(text: string): FactSentence | undefined {
    const key = countedKey(text);
    if (!key) return undefined;
    const same = this.exact.get(key);
    if (same !== undefined) return this.sentences[same];
    const pairs = pairsOf(key);
    const shared = new Map<number, number>();
    for (const p of pairs) for (const i of this.byPair.get(p) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best: number | undefined;
    let bestScore = NEARLY_SAME;
    for (const [i, n] of shared) {
      const score = (2 * n) / (pairs.size + this.sizes[i]);
      if (score >= bestScore) [best, bestScore] = [i, score];
    }
    return best === undefined ? undefined : this.sentences[best];
  }
}

/** A numbered title of the template's own (（四）政府信息公开平台建设情况。) is in every report, every year. */
const SUB_HEADING = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])/;
const SUB_HEADING_LENGTH = 20;

/** What of a sentence is compared, when it is counted at all: neither short nor a sub-heading. */
export function countedKey(text: string): string | undefined {
  const key = sentenceKey(text);
  if (key.length < MIN_SENTENCE || (key.length <= SUB_HEADING_LENGTH && SUB_HEADING.test(text))) return undefined;
  return key;
}

/** Whether a sentence is counted in a section's share. */
export const counts = (text: string): boolean => countedKey(text) !== undefined;
