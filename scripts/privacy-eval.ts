/**
 * `npm run privacy:eval -- [--json] [--details] [--check] [corpus.jsonl …]`: measures the privacy
 * gate on labelled corpora (default: every tests/privacy/corpus/*.jsonl) and prints recall per
 * kind and the false-positive rate on clean rows. `--details` lists each miss and false positive,
 * masked like every gate output; `--check` exits 1 when a target of src/privacy/README.md is missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EVALUATION_TARGETS, evaluateCorpus, meetsTargets, parseCorpus, type Evaluation } from '../src/privacy/evaluate.ts';
import { FINDING_KINDS } from '../src/privacy/types.ts';
import { CLI } from '../src/strings/cli.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    details: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});

const corpusDir = join(ROOT, 'tests/privacy/corpus');
const files =
  positionals.length > 0
    ? positionals
    : readdirSync(corpusDir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(corpusDir, f));

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

function printTable(file: string, result: Evaluation): void {
  console.log(`\n${CLI.eval.corpus(relative(process.cwd(), file), result.rows, result.leakRows, result.cleanRows)}`);
  console.log(CLI.eval.header);
  for (const kind of FINDING_KINDS) {
    const score = result.recall[kind];
    if (score)
      console.log(
        `  ${kind.padEnd(11)} ${String(score.found).padStart(4)} / ${String(score.expected).padEnd(4)} ${percent(score.recall).padStart(7)}   ${CLI.eval.target} ${percent(EVALUATION_TARGETS.recall[kind] ?? null)}`,
      );
  }
  console.log(
    CLI.eval.falsePositives(
      result.falsePositiveRows,
      result.cleanRows,
      percent(result.falsePositiveRate),
      percent(EVALUATION_TARGETS.maxFalsePositiveRate),
    ),
  );
  const groups = (title: string, table: Evaluation['byPattern']) => {
    const keys = Object.keys(table).sort();
    if (keys.length <= 1 && title === CLI.eval.byPattern) return;
    console.log(title);
    for (const key of keys) {
      const g = table[key]!;
      const recall =
        g.expected > 0
          ? `${String(g.found).padStart(4)} / ${String(g.expected).padEnd(4)} ${percent(g.found / g.expected).padStart(7)}`
          : ''.padEnd(19);
      const clean =
        g.cleanRows > 0 ? `   ${CLI.eval.groupFlagged(g.falsePositiveRows, g.cleanRows, percent(g.falsePositiveRows / g.cleanRows))}` : '';
      console.log(`  ${key.padEnd(16)} ${recall}${clean}`);
    }
  };
  groups(CLI.eval.byPattern, result.byPattern);
  groups(CLI.eval.byLength, result.nameByLength);
  if (values.details) {
    for (const line of result.misses) console.log(`  ${CLI.eval.miss} ${line}`);
    for (const line of result.falsePositives) console.log(`  ${CLI.eval.falsePositive} ${line}`);
  }
}

let failed = false;
const results: Array<{ file: string } & Evaluation> = [];
for (const file of files) {
  let result: Evaluation;
  try {
    result = evaluateCorpus(parseCorpus(readFileSync(file, 'utf8'), relative(process.cwd(), file)));
  } catch (error) {
    console.error(`${CLI.errorPrefix}${(error as Error).message}`);
    process.exit(2);
  }
  if (!meetsTargets(result)) failed = true;
  results.push({ file: relative(ROOT, file), ...result });
  if (!values.json) printTable(file, result);
}
if (values.json)
  console.log(
    JSON.stringify(
      results.map(({ misses, falsePositives, ...rest }) => (values.details ? { ...rest, misses, falsePositives } : rest)),
      null,
      2,
    ),
  );
if (values.check && failed) {
  console.error(CLI.eval.belowTarget);
  process.exitCode = 1;
}
