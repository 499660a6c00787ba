// The CLI's own words, keyed by id, Chinese by default and English on request. Findings come from the core,
// already in the requested language; these are only the messages around them.
import type { Lang, SourceFormat } from '../core';
import type { ReaderErrorReason } from '../readers';
import { DEFAULT_MAX_SIZE } from './args';

const FORMAT_NAMES: Record<SourceFormat, string> = { text: 'text', docx: 'Word (.docx)', html: 'HTML', pdf: 'PDF' };

const zh = {
  usage: `用法：govreport check [选项] <文件|目录>...

检查政府信息公开工作年度报告：Word 文档（.docx）、网页（.html、.htm、.mhtml）、PDF 和文本（.txt、.md）。
文件格式按内容识别。目录会被递归搜索这些文件，其中不是年度报告的跳过（直接指定的文件总会检查）。
文本文件可以是 UTF-8（带或不带 BOM）或 GB18030/GBK 编码；.doc 和 .wps 请先另存为 .docx。
目录中指向目录之外的符号链接不读取，只报告；直接指定的链接会跟随，--fix 改写它指向的文件，链接保留。
只读取普通文件（不读管道和设备）。

选项：
  --format <格式>       输出格式：text（默认）、json、sarif（代码扫描用 SARIF 2.1.0）、csv（Excel 可直接打开）、html（一页审阅报告，配合 --output）
  -o, --output <文件>   输出写入文件，而不是标准输出
  -q, --quiet           只报告错误（不列警告和提示）
  --no-progress         检查多个文件时不在终端显示进度
  --diff                以统一差异格式（unified diff）显示 --fix 会做的修改，不写入文件（同 --fix-dry-run）
  --max-warnings <n>    警告多于 n 个时也以退出码 1 结束
  --lang <zh|en>        消息语言（默认 zh）
  --fix                 就地修复能修复的问题：文本保留编码、BOM 和换行符；.docx 只改动数字本身
                        （PDF 和网页是已发布的文件，不改写）；只读文件不改写；文件的硬链接、权限
                        和扩展属性不变
  --rule <规则>=<级别>   调整某条规则的严重程度，级别为 error、warning、info 或 off，可重复
                        （例：--rule section-title=off）
  --previous <文件>     上年的报告：与它对照结转数、现行有效件数和重复的文字，可重复；不指定时，
                        在所检查的文件中按机关名称和年度自动查找
  --repeated-text <n>   某部分与上年报告相同的句子超过 n%（默认 50）时提示
  --jobs <n>            同时检查的线程数，默认为处理器核数（也是上限）；1 表示不开线程
  --max-size <MB>       大于此大小的文件不读取（默认 ${DEFAULT_MAX_SIZE}）
  --config <文件>       所有文件都用这个配置文件，不再查找
  --no-config           不用任何配置文件
  -h, --help            显示本帮助
  -v, --version         显示版本

配置文件：每个文件用其所在文件夹或上级文件夹中最近的 govreport.json（或 .govreportrc.json），
可设 rules、messageLanguage、repeatedText、maxSize，以及检查目录时取舍文件的 include、exclude 通配符
（相对于配置文件所在文件夹）。格式见 schemas/govreport.schema.json；命令行选项优先于配置文件。
消息语言取第一个路径所用的配置。

退出码：0 没有错误；1 至少有一个错误；2 用法错误，或有文件无法读取，或修复无法写回`,
  shortUsage: '用法：govreport check [选项] <文件|目录>...\n运行 govreport --help 查看全部选项。',
  unknownCommand: (c: string) => `未知命令“${c}”，目前只有 check`,
  noCommand: '缺少命令',
  unknownOption: (o: string) => `未知选项“${o}”`,
  missingValue: (o: string) => `选项 ${o} 缺少取值`,
  badValue: (o: string, v: string, allowed: string) => `选项 ${o} 的取值“${v}”无效，可选：${allowed}`,
  noValueAllowed: (o: string) => `选项 ${o} 不接受取值`,
  noPaths: '没有给出要检查的文件或目录',
  notFound: (p: string) => `找不到文件或目录：${p}`,
  binary: '二进制文件，不是文本，已跳过',
  undecodable: (guess?: string) =>
    `无法识别编码：既不是 UTF-8 也不是 GB18030${guess ? `（看起来像 ${guess}）` : ''}，已跳过`,
  readFailed: (reason: string) => `无法读取：${reason}`,
  listFailed: (reason: string) => `无法列出目录内容：${reason}`,
  checkFailed: (reason: string) => `检查时出错：${reason}`,
  writeFailed: (reason: string) => `无法写回修复，文件未改动：${reason}`,
  readOnly: '文件是只读的，修复未写回：要修复，请先允许写入这个文件',
  changedOnDisk: '文件在检查期间被改动了，修复未写回：请重新检查',
  writeTorn: (journal: string, reason: string) =>
    `写回修复时出错，文件可能只写了一部分：修复前后的内容都保存在 ${journal}，再次运行 --fix 会把文件恢复为修复前的内容（${reason}）`,
  leftoverRestored: '上次被中断的 --fix 只写了这个文件的一部分：已按它留下的记录恢复为修复前的内容',
  leftoverKept: (journal: string) =>
    `上次被中断的 --fix 留下了记录 ${journal}，但文件此后已被改动：本次不修复这个文件；确认文件无误后请删除该记录`,
  notRegular: '不是普通文件（如管道或设备），未读取',
  tooLarge: (size: string, limit: number) => `文件有 ${size} MB，超过上限 ${limit} MB，未读取（可用 --max-size 调整）`,
  linkOutside: (target: string) => `指向目录之外（${target}）的符号链接，未读取：要检查它，请直接指定`,
  legacyWord: '这是旧版 Word 或 WPS 的二进制文件（.doc、.wps），无法读取：请用 Word 或 WPS 另存为 .docx 后再检查',
  readerFailed: (why: ReaderErrorReason, format: SourceFormat, detail?: string) =>
    ({
      corrupt: `文件已损坏，或不是有效的 ${FORMAT_NAMES[format]} 文件`,
      encrypted: '文件有密码保护，无法读取：请去掉密码后再检查',
      'legacy-word': '这是旧版 Word 或 WPS 的二进制文件（.doc、.wps），无法读取：请另存为 .docx 后再检查',
      'no-document': '这个 zip 文件里没有 word/document.xml，不是 Word 文档',
      'too-deep': `${format === 'docx' ? '文件中的表格或元素' : '网页的元素'}嵌套层数远超任何报告，无法可靠读取，未检查`,
    })[why] + (detail ? `（${detail}）` : ''),
  fixNotWritten: (format: SourceFormat) => `--fix 不改写 ${FORMAT_NAMES[format]} 文件（已发布的文件）：请在原 Word 文档中修复`,
  fixNotPlaced: '有可修复的问题，但修复无法准确写入 Word 文档（数字不是原样存放的文字），文件未改动',
  outputFailed: (file: string, reason: string) => `无法写入输出文件 ${file}：${reason}`,
  tooManyWarnings: (n: number, most: number) => `${n} 个警告，多于 --max-warnings 允许的 ${most} 个`,
  textView: '文本视图',
  diffAndFix: '--diff 只显示修复、不写入，不能与 --fix 同用',
  configAndNoConfig: '--config 与 --no-config 不能同用',
  configProblems: (file: string) => `配置文件 ${file} 有误，未开始检查：`,
  summary: (files: number, errors: number, warnings: number, unreadable: number) =>
    `检查了 ${files} 个文件：${errors} 个错误，${warnings} 个警告，${unreadable} 个文件无法读取`,
  fixedSummary: (n: number) => `；修复了 ${n} 个文件`,
  skippedSummary: (n: number) => `；跳过 ${n} 个不是年度报告的文件`,
  noteSeparator: '；',
  outsideSummary: (n: number) => `；跳过 ${n} 个指向目录之外的链接`,
  unwrittenSummary: (n: number) => `；${n} 个文件的修复无法写回`,
};

export type Messages = typeof zh;

const en: Messages = {
  usage: `Usage: govreport check [options] <file|dir>...

Checks government information-disclosure annual reports: Word documents (.docx), web pages (.html, .htm, .mhtml),
PDF and text (.txt, .md), each recognised by its content. Directories are searched recursively for these files;
those that are not reports are skipped (a file named on the command line is always checked). Text files may be
UTF-8 (with or without BOM) or GB18030/GBK; save .doc and .wps files as .docx first. A symbolic link in a
directory that leads out of it is reported, not read; a link named on the command line is followed, and --fix
writes the file it leads to, keeping the link. Only regular files are read (no pipes, no devices).

Options:
  --format <format>     output format: text (default), json, sarif (SARIF 2.1.0 for code scanning), csv (opens in Excel), html (a review page, with --output)
  -o, --output <file>   write the output to a file instead of standard output
  -q, --quiet           report errors only (no warnings or infos)
  --no-progress         no progress line in a terminal while many files are checked
  --diff                show what --fix would change as a unified diff, writing nothing (also --fix-dry-run)
  --max-warnings <n>    exit 1 when there are more than n warnings
  --lang <zh|en>        language of the messages (default zh)
  --fix                 fix what can be fixed, in place: text keeps its encoding, BOM and line endings; a .docx
                        changes only the numbers themselves (PDF and web pages are published files: not written);
                        read-only files are not written; a file keeps its hard links, permissions and extended
                        attributes
  --rule <rule>=<level> set a rule's severity: error, warning, info or off; repeatable
                        (e.g. --rule section-title=off)
  --previous <file>     last year's report, to check the carried counts, the documents in force and repeated
                        text against; repeatable. Without it, last year's report of each body is sought among
                        the files checked, by the body's name and the year
  --repeated-text <n>   report a section when more than n% of its sentences are last year's (default 50)
  --jobs <n>            files checked in parallel threads; default and most: one per core, 1 for none
  --max-size <MB>       files larger than this are not read (default ${DEFAULT_MAX_SIZE})
  --config <file>       use this config file for every file, and look for none
  --no-config           use no config file
  -h, --help            show this help
  -v, --version         show the version

Config files: each file is checked with the nearest govreport.json (or .govreportrc.json) in its folder or
above: rules, messageLanguage, repeatedText, maxSize, and include / exclude globs (relative to the config file's
folder) for the files a directory's search takes. Its format: schemas/govreport.schema.json; options on the
command line override it. The messages' language is that of the config of the first path.

Exit status: 0 no errors; 1 at least one error; 2 usage error, a file could not be read or its fixes not written`,
  shortUsage: 'Usage: govreport check [options] <file|dir>...\nRun govreport --help for all options.',
  unknownCommand: (c) => `unknown command "${c}"; the only command is check`,
  noCommand: 'missing command',
  unknownOption: (o) => `unknown option "${o}"`,
  missingValue: (o) => `option ${o} needs a value`,
  configAndNoConfig: '--config and --no-config cannot be used together',
  configProblems: (file) => `the config file ${file} is wrong; nothing was checked:`,
  badValue: (o, v, allowed) => `invalid value "${v}" for ${o}; expected one of: ${allowed}`,
  noValueAllowed: (o) => `option ${o} takes no value`,
  noPaths: 'no files or directories to check',
  notFound: (p) => `no such file or directory: ${p}`,
  binary: 'binary file, not text; skipped',
  undecodable: (guess) => `cannot decode: neither UTF-8 nor GB18030${guess ? ` (looks like ${guess})` : ''}; skipped`,
  readFailed: (reason) => `cannot read: ${reason}`,
  listFailed: (reason) => `cannot list the directory: ${reason}`,
  checkFailed: (reason) => `internal error while checking: ${reason}`,
  writeFailed: (reason) => `cannot write the fixes back, file left unchanged: ${reason}`,
  readOnly: 'the file is read-only: fixes not written; make it writable to fix it',
  changedOnDisk: 'the file changed while it was checked: fixes not written; check it again',
  writeTorn: (journal, reason) =>
    `writing the fixes failed and the file may be partly written: its content before and after is kept in ${journal}, and --fix run again restores the file as it was before (${reason})`,
  leftoverRestored: 'an interrupted --fix had written this file only in part: restored from the record it left, as it was before',
  leftoverKept: (journal) =>
    `an interrupted --fix left the record ${journal}, but the file has changed since: not fixed this time; once the file is as it should be, remove the record`,
  notRegular: 'not a regular file (a pipe or a device, say): not read',
  tooLarge: (size, limit) => `the file is ${size} MB, over the limit of ${limit} MB: not read (see --max-size)`,
  linkOutside: (target) => `a symbolic link leading out of the directory (to ${target}): not read; name it on the command line to check it`,
  legacyWord: 'an old binary Word or WPS file (.doc, .wps) cannot be read: save it as .docx in Word or WPS, then check it',
  readerFailed: (why, format, detail) =>
    ({
      corrupt: `the file is damaged or not a valid ${FORMAT_NAMES[format]} file`,
      encrypted: 'the file is password-protected and cannot be read: remove the password, then check it',
      'legacy-word': 'an old binary Word or WPS file (.doc, .wps) cannot be read: save it as .docx, then check it',
      'no-document': 'this zip file holds no word/document.xml: it is not a Word document',
      'too-deep': `${format === 'docx' ? "the file's tables or elements are" : "the page's elements are"} nested far deeper than in any report: it cannot be read reliably, and is not checked`,
    })[why] + (detail ? ` (${detail})` : ''),
  fixNotWritten: (format) => `--fix does not write ${FORMAT_NAMES[format]} files (published files): fix the Word document they were made from`,
  fixNotPlaced: 'there are fixes, but they cannot be written into the Word document exactly (the number is not stored as plain text there); file left unchanged',
  outputFailed: (file, reason) => `cannot write the output to ${file}: ${reason}`,
  tooManyWarnings: (n, most) => `${n} warnings, more than the ${most} --max-warnings allows`,
  textView: 'text view',
  diffAndFix: '--diff shows the fixes without writing them: it cannot go with --fix',
  summary: (files, errors, warnings, unreadable) =>
    `${files} ${files === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ` +
    `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${unreadable} unreadable`,
  fixedSummary: (n) => `; ${n} ${n === 1 ? 'file' : 'files'} fixed`,
  skippedSummary: (n) => `; ${n} ${n === 1 ? 'file' : 'files'} skipped (not a report)`,
  noteSeparator: '; ',
  outsideSummary: (n) => `; ${n} ${n === 1 ? 'link' : 'links'} leading out of the directory skipped`,
  unwrittenSummary: (n) => `; fixes of ${n} ${n === 1 ? 'file' : 'files'} not written`,
};

export function messagesFor(lang: Lang): Messages {
  return lang === 'en' ? en : zh;
}
