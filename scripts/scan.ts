/**
 * `npm run scan -- [--json] <files or folders>`: the build's privacy gate on any Markdown, MDX or
 * text file, for editors checking a draft before it enters the content folder.
 * Exit 0 clean, 1 findings, 2 usage error. Nothing it prints repeats personal data: findings are
 * masked, and YAML errors (whose messages quote the source) are reported without their text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { formatGateReport, loadDenylist, publicNamesFromFrontMatter, runPrivacyGate } from '../src/privacy/index.ts';
import type { GateInput } from '../src/privacy/index.ts';

const EXTENSIONS = new Set(['.md', '.mdx', '.markdown', '.txt']);
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', '.astro']);

const USAGE = [
  '用法：npm run scan -- [--json] <文件或文件夹> …',
  '  检查 Markdown（.md .mdx .markdown）和文本（.txt）文件中的个人信息。',
  '  --json  在标准输出打印一个 JSON 数组：{ file, line, column, kind, excerpt }',
  '  环境变量 MINGJING_DENYLIST：禁用名单文件（每行一个姓名，# 开头为注释）',
  '退出码：0 未发现，1 发现个人信息，2 用法错误',
].join('\n');

class UsageError extends Error {}

function collectFiles(path: string, out: string[]): void {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && (SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.'))) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) collectFiles(child, out);
      else if (entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(child);
    }
  } else {
    // A file named explicitly is scanned whatever its extension: the editor asked for it.
    out.push(path);
  }
}

function parseArgs(args: readonly string[]): { json: boolean; paths: string[] } {
  let json = false;
  const paths: string[] = [];
  let onlyPaths = false;
  for (const arg of args) {
    if (!onlyPaths && arg === '--') onlyPaths = true;
    else if (!onlyPaths && arg === '--json') json = true;
    else if (!onlyPaths && arg.startsWith('-') && arg !== '-') throw new UsageError(`未知选项：${arg}`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError('缺少要检查的文件或文件夹。');
  return { json, paths };
}

function main(args: readonly string[]): number {
  let options: { json: boolean; paths: string[] };
  const files: string[] = [];
  try {
    options = parseArgs(args);
    for (const path of options.paths) {
      try {
        statSync(path);
      } catch {
        throw new UsageError(`找不到文件或文件夹：${path}`);
      }
      collectFiles(path, files);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`错误：${error.message}\n\n${USAGE}\n`);
    return 2;
  }

  let denylist: string[];
  try {
    denylist = loadDenylist();
  } catch (error) {
    process.stderr.write(`错误：${(error as Error).message}\n`);
    return 2;
  }

  const inputs: GateInput[] = files.map((file) => {
    const source = readFileSync(file, 'utf8');
    const isMarkdown = extname(file).toLowerCase() !== '.txt';
    const names = isMarkdown ? publicNamesFromFrontMatter(source) : { publicNames: [], notNames: [], parsed: true };
    if (!names.parsed) {
      process.stderr.write(`警告：${file} 的 front matter 不是有效的 YAML，已按纯文本检查（publicNames 未生效）。\n`);
    }
    return { file, source, publicNames: names.publicNames, notNames: names.notNames };
  });

  const findings = runPrivacyGate(inputs, { denylist });
  if (options.json) {
    const rows = findings.map(({ file, line, column, kind, excerpt }) => ({ file, line, column, kind, excerpt }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatGateReport(findings)}\n`);
    if (findings.length === 0) process.stdout.write(`已检查 ${files.length} 个文件。\n`);
  }
  return findings.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
