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
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** The parameters a message names, in order of first use. */
export function messageParameters(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}
