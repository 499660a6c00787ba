import type { Lang } from '../types';

/** A message in both languages; `{name}` stands for a parameter. */
export interface Message {
  zh: string;
  en: string;
}

export type MessageData = Record<string, string | number>;

/**
 * A message in one language with its parameters put in. A parameter the data lacks stays as `{name}`, visible but
 * harmless: a test holds every rule's messages to the parameters their findings give.
 */
export function formatMessage(message: Message, lang: Lang, data: MessageData = {}): string {
  const text = lang === 'en' ? message.en : message.zh;
  // A scan for the braces, not a replace with a callback: every finding's message is made here, and the callback's
  // matches were a fifth of a check's time.
  let out = '';
  let from = 0;
  for (let open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
    const close = text.indexOf('}', open);
    if (close < 0) break;
    const name = text.slice(open + 1, close);
    out += text.slice(from, open) + (name in data ? String(data[name]) : text.slice(open, close + 1));
    from = close + 1;
  }
  return from ? out + text.slice(from) : text;
}

/** The parameters a message names, in order of first use. */
export function messageParameters(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}
