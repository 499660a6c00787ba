// The reader on small document.xml files written here, one OOXML feature at a time, with the exact document it
// must give.
import * as assert from 'assert';
import type { SourceDocument, SourceTable } from '../../../server/src/core/source/document';
import { readDocx } from '../../../server/src/readers/docx';
import { assertPiecesVerbatim, blocksShort, docxOf, documentXml, gridOf, p, tbl, tc, tr } from './helpers';

const read = (body: string) => readDocx(docxOf({ document: documentXml(body) }));
const r = (t: string) => `<w:r><w:t>${t}</w:t></w:r>`;
const tableAt = (doc: SourceDocument, i: number) => doc.blocks.filter((b): b is SourceTable => b.kind === 'table')[i];

describe('docx reader: OOXML features', () => {
  it('w:gridSpan, w:vMerge restart/continue (covered cells, their text dropped), w:gridBefore/w:gridAfter', () => {
    const doc = read(tbl(
      tr(tc(p('A'), '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'), tc(p('B'))),
      tr(tc(p('hidden under A'), '<w:gridSpan w:val="2"/><w:vMerge/>'), tc(p('C'), '<w:vMerge w:val="restart"/>')),
      // Two grid columns before: no cells for them, and the continuation stands at grid column 2, under C.
      `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc(p(''), '<w:vMerge w:val="continue"/>')}</w:tr>`,
      // One before, one after: the continuation at grid column 1 has nothing merged above it, and reads as a cell.
      `<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>${tc(p('D'), '<w:vMerge/>')}</w:tr>`,
    ));
    assert.deepStrictEqual(gridOf(tableAt(doc, 0)), [['A|c2|r2', 'B'], ['^|c2', 'C|r2'], ['^'], ['D']]);
    assert.deepStrictEqual(tableAt(doc, 0).rows[2].cells[0].source, { format: 'docx', table: 1, row: 3, cell: 1 });
  });

  it('w:hMerge (the older horizontal merge) folds the continued cells into the first', () => {
    const doc = read(tbl(tr(tc(p('合并'), '<w:hMerge w:val="restart"/>'), tc(p(''), '<w:hMerge/>'), tc(p('1')))));
    assert.deepStrictEqual(gridOf(tableAt(doc, 0)), [['合并|c2', '1']]);
  });

  it('a 1×1 layout frame reads as its content, paragraphs and tables in order', () => {
    const inner = tbl(tr(tc(p('a')), tc(p('b'))), tr(tc(p('c')), tc(p('d'))));
    // A line break in a frame's paragraph splits it, as in the body; its empty paragraph is dropped, as in the body.
    const doc = read(p('前') + tbl(tr(tc(p('标题') + p('') + inner + `<w:p>${r('后记')}<w:r><w:br/></w:r>${r('落款')}</w:p>`))) + p('后'));
    assert.deepStrictEqual(blocksShort(doc), ['前', '标题', [['a', 'b'], ['c', 'd']], '后记', '落款', '后']);
    const frame = { format: 'docx', table: 1, row: 1, cell: 1 };
    assert.deepStrictEqual(doc.blocks.map((b) => b.source), [{ format: 'docx', paragraph: 1 }, frame, { format: 'docx', table: 2 }, frame, frame, { format: 'docx', paragraph: 2 }]);
  });

  it('a table nested in a real table follows the outer table; the outer rows keep their shape', () => {
    const nested = tbl(tr(tc(p('n1'))), tr(tc(p('n2'))));
    const frame = tbl(tr(tc(p('框'))));
    const doc = read(tbl(tr(tc(p('a')), tc(p('x') + nested + p('y'))), tr(tc(p('c') + frame), tc(p('d')))));
    // The frame in a cell joins the cell's text; the 2×1 table is a table of its own, numbered after the outer one.
    assert.deepStrictEqual(blocksShort(doc), [[['a', 'xy'], ['c框', 'd']], [['n1'], ['n2']]]);
    assert.deepStrictEqual([tableAt(doc, 0).source, tableAt(doc, 1).source], [{ format: 'docx', table: 1 }, { format: 'docx', table: 2 }]);
  });

  it('content controls (w:sdt) at block, run, row and cell level are read; their properties are not', () => {
    const sdtPr = '<w:sdtPr><w:alias w:val="名称"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr>';
    const doc = read(
      `<w:sdt>${sdtPr}<w:sdtContent>${p('块')}</w:sdtContent></w:sdt>` +
        `<w:p>${r('行')}<w:sdt>${sdtPr}<w:sdtContent>${r('内')}</w:sdtContent></w:sdt></w:p>` +
        tbl(`<w:sdt><w:sdtContent>${tr(`<w:sdt>${sdtPr}<w:sdtContent>${tc(p('格'))}</w:sdtContent></w:sdt>`, tc(p('2')))}</w:sdtContent></w:sdt>`),
    );
    assert.deepStrictEqual(blocksShort(doc), ['块', '行内', [['格', '2']]]);
    assert.deepStrictEqual(doc.blocks[1].source, { format: 'docx', paragraph: 2 });
  });

  it('tracked changes read as the document prints: w:del, w:moveFrom out; w:ins, w:moveTo in; deleted rows and paragraph marks', () => {
    const doc = read(
      `<w:p>${r('1')}<w:del><w:r><w:delText>2</w:delText></w:r></w:del><w:ins>${r('3')}</w:ins><w:moveFrom>${r('4')}</w:moveFrom><w:moveTo>${r('5')}</w:moveTo></w:p>` +
        // A deleted paragraph mark joins the paragraph to the next one.
        `<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr>${r('甲')}</w:p>${p('乙')}` +
        tbl(tr(tc(p('留'))), `<w:tr><w:trPr><w:del w:id="2"/></w:trPr>${tc(p('删'))}</w:tr>`, tr(tc(p('也留')))),
    );
    assert.deepStrictEqual(blocksShort(doc), ['135', '甲乙', [['留'], ['也留']]]);
    assert.deepStrictEqual(tableAt(doc, 0).rows.map((row) => row.source), [{ format: 'docx', table: 1, row: 1 }, { format: 'docx', table: 1, row: 3 }]);
  });

  it('fields: instructions out, results in (complex fields, nested, and w:fldSimple)', () => {
    const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const doc = read(
      `<w:p>${r('第')}${fld('begin')}<w:r><w:instrText> PAGE </w:instrText></w:r>${fld('separate')}${r('7')}${fld('end')}${r('页')}</w:p>` +
        // A field in the instructions of another: neither its instructions nor its result print.
        `<w:p>${fld('begin')}<w:r><w:instrText>IF </w:instrText></w:r>${fld('begin')}${r('inner')}${fld('separate')}${r('x')}${fld('end')}${fld('separate')}${r('结果')}${fld('end')}</w:p>` +
        `<w:p><w:fldSimple w:instr=" NUMPAGES ">${r('12')}</w:fldSimple></w:p>`,
    );
    assert.deepStrictEqual(blocksShort(doc), ['第7页', '结果', '12']);
  });

  it('a number split over runs is joined, bookmarks and proofing marks inside it ignored; each run is its own piece', () => {
    const body = tbl(tr(tc(`<w:p>${r('1')}<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:proofErr w:type="spellStart"/>${r('2')}<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/>${r('3')}</w:p>`), tc(p('x'))));
    const xml = documentXml(body);
    const doc = readDocx(docxOf({ document: xml }));
    const cell = tableAt(doc, 0).rows[0].cells[0];
    assert.strictEqual(cell.text, '123');
    assert.deepStrictEqual(cell.pieces!.map((q) => [q.start, q.end, xml.slice(q.source, q.source + 1)]), [[0, 1, '1'], [1, 2, '2'], [2, 3, '3']]);
    assert.strictEqual(assertPiecesVerbatim(doc, xml), 4);
  });

  it('w:tab is a space; w:br and w:cr split a body paragraph (same paragraph number) and join a cell without separator, where the cell keeps its breaks', () => {
    const doc = read(`<w:p>${r('a')}<w:r><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t></w:r></w:p>` + tbl(tr(tc(`<w:p>${r('商业')}<w:r><w:br/></w:r>${r('企业')}</w:p>`), tc(p('1')), tc(p('（一）予以公开') + p('0')), tc(`<w:p>${r('甲')}</w:p><w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr>${r('乙')}</w:p>${p('丙')}`))));
    assert.deepStrictEqual(blocksShort(doc), ['a b', 'c', 'd', [['商业企业', '1', '（一）予以公开0', '甲乙丙']]]);
    assert.deepStrictEqual(doc.blocks.slice(0, 3).map((b) => b.source), [1, 1, 1].map((n) => ({ format: 'docx', paragraph: n })));
    // A w:br and a paragraph are breaks; a paragraph whose mark is deleted joins the next one without a break.
    assert.deepStrictEqual(tableAt(doc, 0).rows[0].cells.map((c) => c.breaks), [[2], undefined, [7], [1]]);
  });

  it('full-width digits and spaces, NBSP, are kept as text', () => {
    const doc = read(tbl(tr(tc(p('１２\u3000')), tc(p('\u00a03')))));
    assert.deepStrictEqual(gridOf(tableAt(doc, 0)), [['１２\u3000', '\u00a03']]);
  });

  it('entity and character references are read, and split the pieces around them', () => {
    const xml = documentXml('<w:p><w:r><w:t>A&amp;B&#x31;2</w:t></w:r></w:p>');
    const doc = readDocx(docxOf({ document: xml }));
    const para = doc.blocks[0] as { text: string; pieces: { start: number; end: number; source: number }[] };
    assert.strictEqual(para.text, 'A&B12');
    assert.deepStrictEqual(para.pieces.map((q) => [q.start, q.end]), [[0, 1], [2, 3], [4, 5]]);
    assertPiecesVerbatim(doc, xml);
  });

  it('hidden runs (w:vanish), text boxes and the fallback of alternate content are left out', () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent>';
    const doc = read(
      `<w:p>${r('见')}<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显</w:t></w:r></w:p>` +
        `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>${r('正文')}</w:p>`,
    );
    assert.deepStrictEqual(blocksShort(doc), ['见显', '正文']);
    assert.deepStrictEqual(doc.blocks[1].source, { format: 'docx', paragraph: 2 });
  });

  it('the main namespace under another prefix is read the same', () => {
    const xml = '<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p><ns0:r><ns0:t>一、总体情况</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>';
    assert.deepStrictEqual(blocksShort(readDocx(docxOf({ document: xml }))), ['一、总体情况']);
  });

  it('an empty body is an empty document', () => {
    assert.deepStrictEqual(read(''), { format: 'docx', blocks: [] });
  });
});
