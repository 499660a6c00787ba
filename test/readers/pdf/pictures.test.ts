// A report whose three tables were published as pictures (cut from a real report's page), with a banner over the
// title and a seal under the text, made into a PDF by LibreOffice. Each table picture is one unreadable table and
// nothing else is claimed: no table missing, no sum; the banner and the seal are not tables. Its text is a complete
// report's (六 says what was charged in 信息处理费, as the 2021 template asks), so that the pictures' warnings are
// its only findings.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkSource } from '../../../server/src/core';
import { pdfReader } from '../../../server/src/readers/pdf';
import { runSoffice } from '../../support/libreoffice';

const PUBLISHED = path.resolve(__dirname, '../../../../../shared/published');
const BODY = '本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，持续提升政府信息公开质量和实效，切实保障人民群众的知情权、参与权、表达权和监督权。';

/** A part of a real report's page as a PNG: x, y, width and height in pixels at 60 dpi. */
function crop(out: string, page: number, box: [number, number, number, number]): void {
  const [x, y, W, H] = box.map(String);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-x', x, '-y', y, '-W', W, '-H', H, '-singlefile', path.join(PUBLISHED, 'huaianshi_2024.pdf'), out]);
}

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p><img src="banner.png" width="600" height="60"></p>
<p>某县人民政府2024年政府信息公开工作年度报告</p>
<p>一、总体情况</p><p>${BODY}</p>
<p>二、主动公开政府信息情况</p><p><img src="table.png" width="560" height="300"></p>
<p>三、收到和处理政府信息公开申请情况</p><p><img src="table.png" width="560" height="420"></p>
<p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src="table.png" width="560" height="160"></p>
<p>五、存在的主要问题及改进情况</p><p>${BODY}</p>
<p>六、其他需要报告的事项</p><p>本机关本年度未收取信息处理费。</p><p>${BODY}</p>
<p><img src="seal.png" width="120" height="120"></p>
</body></html>`;

describe('pdf reader: tables published as pictures', function () {
  this.timeout(120_000);
  let pdf: Uint8Array;
  before(() => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'govreport-pictures-'));
    try {
      crop(path.join(work, 'table'), 4, [50, 300, 400, 300]);
      crop(path.join(work, 'banner'), 1, [40, 40, 400, 40]);
      crop(path.join(work, 'seal'), 6, [300, 300, 80, 80]);
      writeFileSync(path.join(work, 'report.html'), page);
      runSoffice([path.join(work, 'report.html')], 'pdf:writer_web_pdf_Export', work, work);
      pdf = new Uint8Array(readFileSync(path.join(work, 'report.pdf')));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('one warning per table picture, that it is a picture; no other finding; the banner and the seal are not read as tables', async () => {
    const doc = await pdfReader.read(pdf);
    const pictures = doc.blocks.filter((b) => b.kind === 'table');
    assert.deepStrictEqual(pictures.map((b) => b.kind === 'table' && [b.rows.length, b.unreadable]), [[0, 'image'], [0, 'image'], [0, 'image']]);
    const findings = checkSource(doc).diagnostics.map((d) => [d.rule, d.table, d.severity]);
    assert.deepStrictEqual(findings, [['table-unreadable', 2, 'warning'], ['table-unreadable', 3, 'warning'], ['table-unreadable', 4, 'warning']]);
    assert.match(checkSource(doc).diagnostics[1].message, /图片/);
  });
});
