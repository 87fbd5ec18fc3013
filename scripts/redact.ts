/**
 * `npm run redact -- <file.txt|file.md|file.docx> [--out draft.md] [--force]`: turns a raw notice
 * into an anonymised draft clarification (`status: draft`) and prints every replacement masked.
 * Exit 0 when the draft passes the privacy gate, 1 when the gate still finds something (the draft
 * is written and the findings are listed, masked), 2 on bad input (nothing is written).
 * Nothing raw is ever printed: the table and the findings are masked, errors name only the file.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import mammoth from 'mammoth';
import { loadSiteConfig } from '../src/lib/node/config.ts';
import { formatGateReport, redactText, scanText } from '../src/privacy/index.ts';
import { draftFromRedactedNotice } from '../src/scaffold/templates.ts';
import { CLI } from '../src/strings/cli.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

class InputError extends Error {}

function parse(): { input: string; out: string | undefined; force: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, force: { type: 'boolean', default: false } } });
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n${CLI.redact.usage}`);
  }
  const [input, ...extra] = parsed.positionals;
  if (!input || extra.length > 0) throw new InputError(CLI.redact.usage);
  return { input, out: parsed.values.out, force: parsed.values.force };
}

/** The text of the raw notice; a Markdown file's own front matter is dropped (it may hold real names). */
async function readNotice(file: string): Promise<string> {
  const extension = extname(file).toLowerCase();
  if (!TEXT_EXTENSIONS.has(extension) && extension !== '.docx') throw new InputError(CLI.redact.unknownExtension(file));
  if (!existsSync(file)) throw new InputError(CLI.redact.missing(file));
  try {
    if (extension === '.docx') return (await mammoth.extractRawText({ path: file })).value;
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    return text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '');
  } catch {
    // The library's message may quote the document; say only which file failed.
    throw new InputError(CLI.redact.unreadable(file));
  }
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  let raw: string;
  try {
    args = parse();
    raw = await readNotice(args.input);
    if (raw.trim().length === 0) throw new InputError(CLI.redact.empty(args.input));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${CLI.errorPrefix}${error.message}\n`);
    return 2;
  }
  const out = args.out ?? join(dirname(args.input), `${basename(args.input, extname(args.input))}.draft.md`);
  if (existsSync(out) && !args.force) {
    process.stderr.write(`${CLI.errorPrefix}${CLI.redact.exists(out)}\n`);
    return 2;
  }

  const config = loadSiteConfig();
  const result = redactText(raw);
  const draft = draftFromRedactedNotice(result.text, config.today, config.hostOrgan);
  // Written beside its final name and renamed: a reader never sees half a draft.
  const temporary = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, draft);
    renameSync(temporary, out);
  } catch {
    rmSync(temporary, { force: true });
    process.stderr.write(`${CLI.errorPrefix}${CLI.redact.unwritable(out)}\n`);
    return 2;
  }

  const shown = relative(process.cwd(), out);
  process.stdout.write(`${CLI.redact.written(shown)}\n${CLI.redact.tableHeader}\n`);
  for (const row of result.replacements) process.stdout.write(`  ${CLI.redact.row(row.kind, row.masked, row.replacement, row.count)}\n`);
  if (result.replacements.length === 0) process.stdout.write(`  ${CLI.redact.none}\n`);
  const remaining = scanText(draft, shown);
  if (remaining.length > 0) {
    process.stdout.write(`\n${CLI.redact.remaining}\n${formatGateReport(remaining)}\n`);
    return 1;
  }
  process.stdout.write(`${CLI.redact.clean}\n`);
  return 0;
}

process.exitCode = await main();
