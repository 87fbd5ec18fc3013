/**
 * `npm run new`: writes a draft entry from a commented template. In a terminal it asks for the
 * kind, id, title, organ and (for a notice) the subject's alias, stating the anonymization rules
 * and refusing an alias that is not anonymized; with `-- <kind> <id> [--title --organ --alias]`
 * it asks nothing, so scripts can use it. Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { maskName } from '../src/content/problems.ts';
import { SLUG } from '../src/content/files.ts';
import { readContentFolder } from '../src/content/read.ts';
import { validateContent } from '../src/content/validate.ts';
import { loadSiteConfig } from '../src/lib/node/config.ts';
import { isAnonymizedOrganizationAlias, isAnonymizedPersonAlias } from '../src/names/index.ts';
import { entryTemplate, nextInSeries } from '../src/scaffold/templates.ts';
import { ENTRY_KINDS, type EntryKind } from '../src/schemas/vocabulary.ts';
import { CLI } from '../src/strings/cli.ts';

/** The id rule the reader enforces (src/content/files.ts): a draft with any other name would be refused. */
const ID = SLUG;
const anonymized = (alias: string) => isAnonymizedPersonAlias(alias) || isAnonymizedOrganizationAlias(alias);
const fail = (message: string, code = 1): never => {
  process.stderr.write(`${CLI.errorPrefix}${message}\n`);
  process.exit(code);
};

let parsed: {
  values: { title?: string | undefined; organ?: string | undefined; alias?: string | undefined; help?: boolean | undefined };
  positionals: string[];
};
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, organ: { type: 'string' }, alias: { type: 'string' }, help: { type: 'boolean' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${CLI.new.usage}`, 2);
}
const { values, positionals } = parsed!;
if (values.help) {
  process.stdout.write(`${CLI.new.usage}\n`);
  process.exit(0);
}

const config = loadSiteConfig();
const { content } = validateContent(readContentFolder(config.contentDir, config.projectRoot));
const organs = content.organs;

// Interactive when nothing was given and a person is at the terminal (MINGJING_INTERACTIVE=1
// lets tests drive it through a pipe).
const interactive = positionals.length === 0 && (process.stdin.isTTY || process.env['MINGJING_INTERACTIVE'] === '1');
let kind: EntryKind;
let id: string;
let title = values.title;
let organ = values.organ ?? config.hostOrgan;
let alias = values.alias;

if (interactive) {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  // Lines are read through one iterator, so answers piped in ahead of the questions are not lost.
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string): Promise<string> => {
    process.stdout.write(question);
    const next = await lines.next();
    if (next.done) fail(CLI.new.usage, 2);
    return String(next.value).trim();
  };
  const until = async (
    question: string,
    accept: (answer: string) => string | undefined,
    complaint: (answer: string) => string,
  ): Promise<string> => {
    for (;;) {
      const answer = await ask(question);
      const accepted = accept(answer);
      if (accepted !== undefined) return accepted;
      process.stdout.write(`${complaint(answer)}\n`);
    }
  };
  process.stdout.write(`${CLI.new.intro}\n${CLI.new.rules}\n\n`);
  kind = (await until(
    CLI.new.askKind,
    (answer) => ({ '': 'clarifications', '1': 'clarifications', '2': 'cases', '3': 'culture' })[answer],
    () => CLI.new.badKind,
  )) as EntryKind;
  id = await until(
    CLI.new.askId,
    (answer) => (ID.test(answer) && !existsSync(join(config.contentDir, kind, `${answer}.md`)) ? answer : undefined),
    (answer) => (ID.test(answer) ? CLI.new.exists(relative(process.cwd(), join(config.contentDir, kind, `${answer}.md`))) : CLI.new.badId),
  );
  title = (await ask(CLI.new.askTitle)) || undefined;
  process.stdout.write(
    `${CLI.new.organList}\n${organs.map((item, index) => CLI.new.organItem(index + 1, item.name, item.id)).join('\n')}\n`,
  );
  organ = await until(
    CLI.new.askOrgan(config.hostOrgan),
    (answer) => (answer === '' ? config.hostOrgan : (organs[Number(answer) - 1]?.id ?? organs.find((item) => item.id === answer)?.id)),
    (answer) => CLI.new.badOrgan(answer),
  );
  if (kind === 'clarifications')
    alias = await until(
      CLI.new.askAlias,
      (answer) => (anonymized(answer) ? answer : undefined),
      (answer) => CLI.new.badAlias(maskName(answer)),
    );
  rl.close();
} else {
  const [givenKind, givenId] = positionals;
  if (!givenKind || !givenId || !(ENTRY_KINDS as readonly string[]).includes(givenKind) || !ID.test(givenId)) fail(CLI.new.usage, 2);
  kind = givenKind as EntryKind;
  id = givenId!;
  if (!organs.some((item) => item.id === organ)) fail(CLI.new.badOrgan(organ), 2);
  if (alias !== undefined && !anonymized(alias)) fail(CLI.new.badAlias(maskName(alias)));
}

const file = join(config.contentDir, kind, `${id}.md`);
if (existsSync(file)) fail(CLI.new.exists(relative(process.cwd(), file)));
mkdirSync(join(config.contentDir, kind), { recursive: true });
// A new case takes the next number of its organ's series, so the draft validates as written.
const placement =
  kind === 'cases'
    ? nextInSeries(
        content.series,
        content.entries.flatMap((entry) => (entry.kind === 'cases' ? [entry.data] : [])),
        organ,
      )
    : undefined;
writeFileSync(file, entryTemplate(kind, config.today, organ, placement, { title, alias }));
process.stdout.write(`${CLI.new.created(relative(process.cwd(), file))}\n${CLI.new.next}\n`);
