/**
 * `npm run scan -- [--json] <files or folders>`: the build's privacy gate on any Markdown, MDX or
 * text file, for editors checking a draft before it enters the content folder.
 * Exit 0 clean, 1 findings, 2 usage error. Nothing it prints repeats personal data: findings are
 * masked, and YAML errors (whose messages quote the source) are reported without their text.
 * Files are opened as the build opens them (src/content/files.ts): a symlink, a file that is not
 * UTF-8 or one over the size limit is refused with the build's own message, and counts as a finding.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readTextFile, refusalProblem } from '../src/content/files.ts';
import { parseEntryFile, vouchedNames } from '../src/content/front-matter.ts';
import { formatProblem, type ContentProblem } from '../src/content/problems.ts';
import { formatGateReport, loadDenylist, runPrivacyGate } from '../src/privacy/index.ts';
import type { GateInput } from '../src/privacy/index.ts';
import { CLI } from '../src/strings/cli.ts';

const EXTENSIONS = new Set(['.md', '.mdx', '.markdown', '.txt']);
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', '.astro']);

const USAGE = CLI.scan.usage;

class UsageError extends Error {}

/** Files to scan go to `out`; symlinks, which the build refuses wherever they are, to `links`. */
function collectFiles(path: string, out: string[], links: string[]): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) links.push(path);
  else if (stat.isDirectory()) {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && (SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.'))) continue;
      const child = join(path, entry.name);
      if (entry.isSymbolicLink()) links.push(child);
      else if (entry.isDirectory()) collectFiles(child, out, links);
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
    else if (!onlyPaths && arg.startsWith('-') && arg !== '-') throw new UsageError(CLI.scan.unknownOption(arg));
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError(CLI.scan.noPaths);
  return { json, paths };
}

function main(args: readonly string[]): number {
  let options: { json: boolean; paths: string[] };
  const files: string[] = [];
  const links: string[] = [];
  try {
    options = parseArgs(args);
    for (const path of options.paths) {
      if (!lstatSync(path, { throwIfNoEntry: false })) throw new UsageError(CLI.scan.missing(path));
      collectFiles(path, files, links);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${CLI.errorPrefix}${error.message}\n\n${USAGE}\n`);
    return 2;
  }

  let denylist: string[];
  try {
    denylist = loadDenylist();
  } catch (error) {
    process.stderr.write(`${CLI.errorPrefix}${(error as Error).message}\n`);
    return 2;
  }

  const refused: ContentProblem[] = links.map((file) => refusalProblem(file, { reason: 'symlink' }));
  const inputs: GateInput[] = files.flatMap((file) => {
    const read = readTextFile(file);
    if (read.refusal) {
      refused.push(refusalProblem(file, read.refusal));
      return [];
    }
    const source = read.text;
    const isMarkdown = extname(file).toLowerCase() !== '.txt';
    const parsed = isMarkdown ? parseEntryFile(source) : undefined;
    const names = parsed ? vouchedNames(parsed) : { publicNames: [], notNames: [] };
    if (parsed?.error !== undefined) {
      process.stderr.write(`${CLI.scan.brokenHeader(file)}\n`);
    }
    return [{ file, source, publicNames: names.publicNames, notNames: names.notNames }];
  });
  for (const problem of refused) process.stderr.write(`${formatProblem(problem)}\n`);

  const findings = runPrivacyGate(inputs, { denylist });
  if (options.json) {
    const rows = findings.map(({ file, line, column, kind, excerpt }) => ({ file, line, column, kind, excerpt }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    // "No findings" would read as a pass when files were refused unread.
    if (findings.length > 0 || refused.length === 0) process.stdout.write(`${formatGateReport(findings)}\n`);
    if (findings.length === 0 && refused.length === 0) process.stdout.write(`${CLI.scan.checked(files.length)}\n`);
  }
  return findings.length > 0 || refused.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
