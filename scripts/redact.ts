/**
 * `npm run redact -- <file.txt|file.md|file.docx> [--out draft.md] [--force]`: turns a raw notice
 * into an anonymised draft clarification (`status: draft`) and prints every replacement masked.
 * Every replacement in the draft's body is marked 〖…〗 for review; the letter's 文号, 主送 and 落款
 * are dropped, and its date, alias, 实名举报 and allegations fill the front matter.
 * `npm run redact -- --accept draft.md` removes the marks once the editor has reviewed them and
 * scans the draft again (exit 0 clean, 1 findings, 2 bad input).
 * Exit 0 when the draft passes the privacy gate, 1 when the gate still finds something (the draft
 * is written and the findings are listed, masked), 2 on bad input (nothing is written).
 * Nothing raw is ever printed: the table and the findings are masked, errors name only the file.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import mammoth from 'mammoth';
import { loadSiteConfig } from '../src/lib/node/config.ts';
import { acceptMarks, formatGateReport, readLetter, redactText, scanText } from '../src/privacy/index.ts';
import { draftFromRedactedNotice } from '../src/scaffold/templates.ts';
import { CLI } from '../src/strings/cli.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

class InputError extends Error {}

function parse(): { input: string; out: string | undefined; force: boolean; accept: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, accept: { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n${CLI.redact.usage}`);
  }
  const [input, ...extra] = parsed.positionals;
  if (!input || extra.length > 0) throw new InputError(CLI.redact.usage);
  return { input, out: parsed.values.out, force: parsed.values.force, accept: parsed.values.accept };
}

/** Writes `text` beside `file` and renames it over: a reader never sees half a file. */
function writeWhole(file: string, text: string): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

/** `--accept`: the reviewed draft without its marks, scanned again. */
function accept(file: string): number {
  if (!existsSync(file)) {
    process.stderr.write(`${CLI.errorPrefix}${CLI.redact.missing(file)}\n`);
    return 2;
  }
  const draft = readFileSync(file, 'utf8');
  const count = [...draft.matchAll(/〖[^〖〗\n]*〗/gu)].length;
  if (count === 0) {
    process.stderr.write(`${CLI.errorPrefix}${CLI.redact.noMarks(file)}\n`);
    return 2;
  }
  const reviewed = acceptMarks(draft);
  if (!writeWhole(file, reviewed)) {
    process.stderr.write(`${CLI.errorPrefix}${CLI.redact.unwritable(file)}\n`);
    return 2;
  }
  const shown = relative(process.cwd(), file);
  process.stdout.write(`${CLI.redact.accepted(shown, count)}\n`);
  const remaining = scanText(reviewed, shown);
  if (remaining.length > 0) {
    process.stdout.write(`\n${CLI.redact.remaining}\n${formatGateReport(remaining)}\n`);
    return 1;
  }
  process.stdout.write(`${CLI.redact.clean}\n`);
  return 0;
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
    if (args.accept) return accept(args.input);
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
  const letter = readLetter(result.marked);
  const draft = draftFromRedactedNotice(letter, config.today, config.hostOrgan);
  if (!writeWhole(out, draft)) {
    process.stderr.write(`${CLI.errorPrefix}${CLI.redact.unwritable(out)}\n`);
    return 2;
  }

  const shown = relative(process.cwd(), out);
  process.stdout.write(`${CLI.redact.written(shown)}\n${CLI.redact.tableHeader}\n`);
  for (const row of result.replacements) process.stdout.write(`  ${CLI.redact.row(row.kind, row.masked, row.replacement, row.count)}\n`);
  if (result.replacements.length === 0) process.stdout.write(`  ${CLI.redact.none}\n`);
  if (letter.dropped.length > 0)
    process.stdout.write(`${CLI.redact.dropped(letter.dropped.map((part) => CLI.redact.droppedPart[part]).join('、'))}\n`);
  const filled = [
    letter.date && 'date',
    letter.alias && 'alias',
    letter.realNameReport && 'realNameReport',
    letter.allegations.length > 0 && 'allegations',
  ].filter((field): field is string => typeof field === 'string');
  if (filled.length > 0) process.stdout.write(`${CLI.redact.filled(filled.map((field) => CLI.redact.filledField[field]).join('、'))}\n`);
  const marks = [...draft.matchAll(/〖[^〖〗\n]*〗/gu)].length;
  if (marks > 0) process.stdout.write(`${CLI.redact.marks(marks)}\n`);
  // The draft must pass the scan that produced it, with its marks and once they are removed.
  const withMarks = scanText(draft, shown);
  const remaining = withMarks.length > 0 ? withMarks : scanText(acceptMarks(draft), shown);
  if (remaining.length > 0) {
    process.stdout.write(`\n${CLI.redact.remaining}\n${formatGateReport(remaining)}\n`);
    return 1;
  }
  process.stdout.write(`${CLI.redact.clean}\n`);
  return 0;
}

process.exitCode = await main();
