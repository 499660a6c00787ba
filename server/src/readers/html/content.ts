// The report inside a page. A portal page wraps the report in site navigation, breadcrumbs, an article header,
// related links, share buttons and a footer; none of that is the report. The report is the smallest element that
// holds all of its section headings and statistical tables (the marks), with its title if the title stands just
// outside (a page's <h1> over the content <div>). A page with fewer than two marks keeps its whole body minus the
// chrome.
import type { SourceBlock } from '../../core/source/document';
import { keepTablePictures } from '../../core/source/tablePictures';
import { isReportTitle, isSectionHeading, isTemplateTable } from './marks';
import type { ElementSpan, WalkedBlock } from './walker';

export function selectReport(walked: WalkedBlock[], spans: ElementSpan[]): SourceBlock[] {
  const blocks = withoutLinks(walked.filter((b) => !b.chrome));
  const marks = blocks.filter(isMark);
  // One mark alone says nothing of where the report is (its element would be all of it).
  if (marks.length < 2) return keepTablePictures(blocks.map((b) => b.block));
  const holder = commonAncestor(marks.map((b) => b.element), spans);
  const inside = (b: WalkedBlock) => holder < 0 || (b.element >= holder && b.element < spans[holder].end);
  const first = blocks.indexOf(marks[0]);
  let title: WalkedBlock | undefined;
  for (let i = first - 1; i >= 0 && !title; i--) if (isTitle(blocks[i])) title = blocks[i];
  const report = blocks.filter(inside);
  if (title && !inside(title)) report.unshift(title);
  return keepTablePictures(report.map((b) => b.block));
}

/**
 * Paragraphs that are nothing but link text are menus, breadcrumbs, "previous / next" and related articles, and a
 * report title among them would start a report of its own. They are dropped, unless they are most of the page's
 * paragraphs: then a link was left open over the text (parse5 carries it into every paragraph), and they are text.
 */
function withoutLinks(blocks: WalkedBlock[]): WalkedBlock[] {
  let links = 0;
  let paragraphs = 0;
  for (const b of blocks) {
    if (b.block.kind !== 'paragraph') continue;
    paragraphs++;
    if (b.linkOnly) links++;
  }
  return links && links * 2 <= paragraphs ? blocks.filter((b) => !b.linkOnly) : blocks;
}

function isMark(b: WalkedBlock): boolean {
  return b.block.kind === 'table' ? isTemplateTable(b.block) : isSectionHeading(b.block.text);
}

const isTitle = (b: WalkedBlock) => b.block.kind === 'paragraph' && isReportTitle(b.block.text);

/** The innermost element holding all the given ones (-1 for the body itself). */
function commonAncestor(elements: number[], spans: ElementSpan[]): number {
  let holder = elements[0];
  for (const e of elements) {
    while (holder >= 0 && !(e >= holder && e < spans[holder].end)) holder = spans[holder].parent;
  }
  return holder;
}
