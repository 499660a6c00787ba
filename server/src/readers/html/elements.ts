// What an element is to the reader, decided from its tag and one pass over its attributes: left out with its
// content, a line break, a table, the page's chrome (site navigation, header, footer, share buttons), a block that
// starts and ends a line, a link, or inline text.
import type { Element } from './dom';

export type ElementKind = 'skip' | 'break' | 'table' | 'chrome' | 'block' | 'link' | 'inline';

/** Elements whose content is never the document's text: code, styles, metadata, form controls, embedded media, Word's <o:p>. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'embed', 'select',
  'textarea', 'button', 'svg', 'math', 'canvas', 'video', 'audio', 'noembed', 'noframes', 'xml', 'map', 'datalist', 'o:p']);

/** Elements that start and end a line (the CSS display of browsers' default style sheets, and the old ones). */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'xmp', 'plaintext',
  'caption', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'html', 'frameset', 'search']);

/** Class or id words that Chinese government portals (and most sites) give their menus, breadcrumbs, share buttons and footers. */
const CHROME_WORD = /(?:^|\s)(?:nav|navbar|menu|breadcrumbs?|crumbs?|share|bdsharebuttonbox|sidebar|footer|foot)(?:\s|$)/i;
const CHROME_ROLE = /^(?:navigation|banner|contentinfo|complementary|search)$/i;

/** Hidden by its style: display:none, or Word's mso-hide:all. */
const HIDING_STYLE = /(?:^|[;\s])display\s*:\s*none\b|mso-hide\s*:\s*all\b/i;
const styleHides = (style: string) => HIDING_STYLE.test(style);

/** The attributes the reader asks about, read in one pass. */
interface Attributes {
  hidden: boolean;
  style?: string;
  className?: string;
  id?: string;
  role?: string;
  href?: string;
}

function attributesOf(el: Element): Attributes {
  const a: Attributes = { hidden: false };
  const attrs = el.attrs;
  for (let i = 0; i < attrs.length; i++) {
    const { name, value } = attrs[i];
    if (name === 'style') a.style = value;
    else if (name === 'class') a.className = value;
    else if (name === 'id') a.id = value;
    else if (name === 'href') a.href = value;
    else if (name === 'role') a.role = value;
    else if (name === 'hidden') a.hidden = true;
  }
  return a;
}

/** Hidden from the page's reader: the `hidden` attribute, display:none, mso-hide:all. */
export function isHidden(el: Element): boolean {
  if (el.attrs.length === 0) return false;
  const a = attributesOf(el);
  return a.hidden || (a.style !== undefined && styleHides(a.style));
}

/**
 * What the element is. Left out: the SKIPPED elements, hidden ones, and what Word's "save as HTML" writes for its
 * comments (批注): the [A1] anchor in the text (class msocomanchor) and the comment list (mso-element:comment-list).
 * Chrome: <nav> and <aside>; a <header> or <footer> of the page (not of an article or section, whose header holds
 * the report's own title); ARIA landmark roles for the same; the class and id words sites give such parts.
 */
export function kindOf(el: Element, inSectioning: boolean): ElementKind {
  const tag = el.tagName;
  if (SKIPPED.has(tag)) return 'skip';
  if (tag === 'br') return 'break';
  if (el.attrs.length === 0) {
    if (tag === 'nav' || tag === 'aside' || ((tag === 'header' || tag === 'footer') && !inSectioning)) return 'chrome';
    return tag === 'table' ? 'table' : BLOCKS.has(tag) ? 'block' : 'inline';
  }
  const a = attributesOf(el);
  if (a.hidden || (a.style !== undefined && styleHides(a.style))) return 'skip';
  if (tag === 'a') return a.className === 'msocomanchor' ? 'skip' : a.href !== undefined ? 'link' : 'inline';
  if (a.style !== undefined && a.style.includes('mso-element') && /mso-element\s*:\s*comment-list/i.test(a.style)) return 'skip';
  if (tag === 'nav' || tag === 'aside' || ((tag === 'header' || tag === 'footer') && !inSectioning)) return 'chrome';
  if ((a.role && CHROME_ROLE.test(a.role)) || (a.className && CHROME_WORD.test(a.className)) || (a.id && CHROME_WORD.test(a.id))) return 'chrome';
  return tag === 'table' ? 'table' : BLOCKS.has(tag) ? 'block' : 'inline';
}

export const isSectioning = (el: Element) => el.tagName === 'article' || el.tagName === 'main' || el.tagName === 'section';
