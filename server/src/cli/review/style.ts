// The review page's style (the page's Content-Security-Policy allows this text by its hash).
export const REVIEW_STYLE = `
body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1.5rem; color: #1f2328; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; }
#chart text { font-size: 12px; fill: #1f2328; }
#chart .sev-0 rect { fill: #cf222e; } #chart .sev-1 rect { fill: #bf8700; } #chart .sev-2 rect { fill: #0969da; }
.controls input { width: 22rem; padding: .3rem; } .controls select { padding: .3rem; } #shown { margin-left: 1rem; color: #59636e; }
table { border-collapse: collapse; margin-top: .5rem; }
th, td { border-bottom: 1px solid #d1d9e0; padding: .3rem .6rem; text-align: left; vertical-align: top; }
#reports th { cursor: pointer; background: #f6f8fa; position: sticky; top: 0; white-space: nowrap; }
#reports th[aria-sort="ascending"]::after { content: " ▲"; } #reports th[aria-sort="descending"]::after { content: " ▼"; }
#reports tbody tr { cursor: pointer; } #reports tbody tr:hover, #reports tr.chosen { background: #ddf4ff; }
#reports tr.has-errors td:nth-child(6) { color: #cf222e; font-weight: 600; }
.findings .sev-0 td:nth-child(2) { color: #cf222e; } .findings .sev-1 td:nth-child(2) { color: #9a6700; }
.findings td:nth-child(-n+3), .findings td:nth-child(5), .findings td:nth-child(6), .findings th { white-space: nowrap; }
.unreadable { color: #cf222e; }
`;
