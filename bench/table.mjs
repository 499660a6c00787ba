// The bench's rows printed as Markdown tables: a row of one cell is a section title, and the row after it a header.
export function printRows(rows) {
  let header = true;
  for (const r of rows) {
    if (r.length === 1) {
      console.log(`\n${r[0]}\n`);
      header = true;
      continue;
    }
    console.log(`| ${r.join(' | ')} |`);
    if (header) console.log(`|${r.map(() => '---').join('|')}|`);
    header = false;
  }
}
