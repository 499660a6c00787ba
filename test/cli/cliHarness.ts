// Runs the bundled CLI (dist/cli.js) as a user would, on copies of the real reports in a fresh temporary directory.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPORTS_DIR } from '../support/reports';

export { readReport, REPORT_FILES } from '../support/reports';

/** The compiled test lives in out/test/cli/. */
export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'dist/cli.js');

export const R001 = '001_5f52f77d1e58bc3f.txt';
export const R002 = '002_0b0fce05247e3def.txt';
export const R004 = '004_46deb1f51ba2e893.txt';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js ...args` in `cwd`, so that relative paths in the output are predictable. `timeout` (ms)
 * kills a run that hangs (its status is then null), so that a test of a hang fails instead of hanging.
 */
export function runCli(args: string[], cwd: string, timeout?: number): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout, killSignal: 'SIGKILL' });
  if (r.error && (r.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const created: string[] = [];

/** A fresh directory per test; removeTempDirs (each suite's `after`) deletes them all. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-cli-'));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Copies a real report into `dir` (as `as`, or its own name) and returns the copy's path. */
export function copyReport(name: string, dir: string, as = name): string {
  const to = path.join(dir, as);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.writeFileSync(to, fs.readFileSync(path.join(REPORTS_DIR, name)));
  return to;
}

/**
 * The text-format lines of 001's twelve findings: two broken totals of table 3, label and title variants, and in its
 * text 区 wording and another place's name in a 县's report, parts above their whole and a word written twice (an
 * info, not counted in the summary's warnings). The summary: 2 errors, 9 warnings.
 */
export function lines001(p: string): string[] {
  return [
    `${p}:10:21  warning  copied-text  “区政府”是区一级的说法，而本报告机关（宁波市象山县人民政府办公室）属于县：可能是从其他单位的报告中照搬的文字`,
    `${p}:11:27  warning  parts-exceed-whole  “其中”各项之和 99467（57716 + 41751）大于总数 70385条；若各项有重叠，请在文中说明`,
    `${p}:12:20  info  text-typo  “申请”重复：申请申请`,
    `${p}:13:130  warning  copied-text  “区政府”是区一级的说法，而本报告机关（宁波市象山县人民政府办公室）属于县：可能是从其他单位的报告中照搬的文字`,
    `${p}:119:2  warning  row-label  行标签“一、本年新收到政府信息公开申请数量”与模板不一致，应为“一、本年新收政府信息公开申请数量”`,
    `${p}:128:2  warning  row-label  行标签“二、上年转结政府信息公开申请数量”与模板不一致，应为“二、上年结转政府信息公开申请数量”`,
    `${p}:345:2  error  column-total  “自然人”列的（七）总计应为各办理结果之和 171，实为 170。（七）总计与“一 + 二 − 四”相符，可疑的是办理结果各行（如重复计数或录入错误），而非（七）总计；未提供自动修复。`,
    `${p}:351:2  error  column-total  “总计”列的（七）总计应为各办理结果之和 176，实为 175。（七）总计与“一 + 二 − 四”相符，可疑的是办理结果各行（如重复计数或录入错误），而非（七）总计；未提供自动修复。`,
    `${p}:353:2  warning  row-label  行标签“四、转结下年度继续办理”与模板不一致，应为“四、结转下年度继续办理”`,
    `${p}:404:3  warning  section-title  标题“存在的主要问题和改进情况”与模板不一致，应为“存在的主要问题及改进情况”`,
    `${p}:406:38  warning  copied-text  “奉化”不是本报告机关（宁波市象山县人民政府办公室）所在的地方，也不是其上级：可能是从其他单位的报告中照搬的文字`,
    `${p}:407:51  warning  copied-text  “全区”是区一级的说法，而本报告机关（宁波市象山县人民政府办公室）属于县：可能是从其他单位的报告中照搬的文字`,
  ];
}

/** The text-format line of 002's one finding: a 2021 report that cites the superseded 2019 template notice. */
export function line002(p: string): string {
  return `${p}:5:89  warning  superseded-template  2021 年度报告应按国办公开办函〔2021〕30号的模板编制，此处引用的国办公开办函〔2019〕60号已被其取代`;
}
