/**
 * `npm run init`: turns this checkout into an organ's own site. It asks for the organ (id, name,
 * level, region), the site's name and address — in a terminal, through a pipe, or all as flags —
 * then writes a minimal valid content folder (content/, the organ as its only organ, no entries)
 * and mingjing.config.json for it: the sample site's content (demo/content/) is no longer built,
 * its marks are off, and the address is the organ's. demo/ stays: the tests build it as a fixture.
 * Never overwrites a content folder that holds anything.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { CONFIG_FILE, isReservedExampleHost } from '../src/lib/node/config.ts';
import { ORGAN_LEVELS } from '../src/schemas/vocabulary.ts';
import { CLI } from '../src/strings/cli.ts';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const fail = (message: string, code = 1): never => {
  process.stderr.write(`${CLI.errorPrefix}${message}\n`);
  process.exit(code);
};

const OPTIONS = {
  id: { type: 'string' },
  name: { type: 'string' },
  'short-name': { type: 'string' },
  level: { type: 'string' },
  region: { type: 'string' },
  'site-name': { type: 'string' },
  url: { type: 'string' },
  help: { type: 'boolean' },
} as const;
let values: Partial<Record<Exclude<keyof typeof OPTIONS, 'help'>, string>> & { help?: boolean };
try {
  values = parseArgs({ options: OPTIONS }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${CLI.init.usage}`, 2);
}
if (values!.help) {
  process.stdout.write(`${CLI.init.usage}\n`);
  process.exit(0);
}

const root = process.cwd();
const contentDir = resolve(root, 'content');
if (existsSync(contentDir) && readdirSync(contentDir).length > 0) fail(CLI.init.contentExists(relative(root, contentDir) || 'content'));

/** Each answer with its check: undefined means accepted, a string says what is wrong. */
const checks = {
  id: (v: string) => (ID.test(v) ? undefined : CLI.init.badId),
  name: (v: string) => (v.trim() ? undefined : CLI.init.empty),
  level: (v: string) => ((ORGAN_LEVELS as readonly string[]).includes(v) ? undefined : CLI.init.badLevel(ORGAN_LEVELS)),
  region: (v: string) => (v.trim() ? undefined : CLI.init.empty),
  siteName: (v: string) => (v.trim() ? undefined : CLI.init.empty),
  url: (v: string) => (/^https?:\/\/[^/\s]+(?:\/\S*)?$/.test(v) ? undefined : CLI.init.badUrl),
};

const given = {
  id: values!.id,
  name: values!.name,
  level: values!.level,
  region: values!.region,
  siteName: values!['site-name'],
  url: values!.url,
};
const answers: Record<keyof typeof checks, string> = { id: '', name: '', level: '', region: '', siteName: '', url: '' };
const missing = (Object.keys(checks) as (keyof typeof checks)[]).filter((key) => given[key] === undefined);
for (const key of Object.keys(checks) as (keyof typeof checks)[]) {
  const value = given[key];
  if (value === undefined) continue;
  const problem = checks[key](value);
  if (problem) fail(`--${key === 'siteName' ? 'site-name' : key}：${problem}`, 2);
  answers[key] = value.trim();
}

if (missing.length > 0) {
  // Asked one line at a time through one iterator, so answers piped in ahead of the questions
  // (a script, a test) are not lost; a closed stdin before the last answer is an error.
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  process.stdout.write(`${CLI.init.intro}\n`);
  for (const key of missing) {
    for (;;) {
      process.stdout.write(CLI.init.ask[key]);
      const next = await lines.next();
      if (next.done) fail(CLI.init.stdinClosed, 2);
      const answer = String(next.value).trim();
      const problem = checks[key](answer);
      if (!problem) {
        answers[key] = answer;
        break;
      }
      process.stdout.write(`${problem}\n`);
    }
  }
  rl.close();
}

const site = answers.url.replace(/\/+$/, '');
const url = new URL(site);
const organ = {
  id: answers.id,
  name: answers.name,
  shortName: values!['short-name']?.trim() || answers.name,
  level: answers.level,
  region: answers.region,
};

// The content folder: the organ, empty data files, and one folder per kind.
mkdirSync(contentDir, { recursive: true });
writeFileSync(join(contentDir, 'organs.yaml'), `${CLI.init.organsHeader}\n${yaml.dump([organ], { lineWidth: -1 })}`);
for (const name of ['glossary', 'series', 'stats']) writeFileSync(join(contentDir, `${name}.yaml`), `${CLI.init.dataHeader(name)}\n[]\n`);
for (const kind of ['clarifications', 'cases', 'culture']) {
  mkdirSync(join(contentDir, kind), { recursive: true });
  writeFileSync(join(contentDir, kind, '.gitkeep'), '');
}

// The configuration: the organ's site, the sample's marks and content folder gone; the rest kept.
const configFile = resolve(root, CONFIG_FILE);
const previous = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>) : {};
const { demo: _demo, contentDir: _contentDir, ...kept } = previous;
const config = {
  ...kept,
  siteName: answers.siteName,
  tagline: typeof kept['tagline'] === 'string' ? kept['tagline'] : '',
  hostOrgan: organ.id,
  site: `${url.origin}`,
  base: url.pathname === '/' ? '/' : `${url.pathname.replace(/\/+$/, '')}/`,
};
writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);

process.stdout.write(`${CLI.init.done(relative(root, contentDir), CONFIG_FILE)}\n`);
if (isReservedExampleHost(url.hostname)) process.stdout.write(`${CLI.init.exampleHost(url.hostname)}\n`);
process.stdout.write(`${CLI.init.next}\n`);
