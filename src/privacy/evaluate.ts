/**
 * Measures the gate on a labelled corpus (`npm run privacy:eval`): recall per kind over the rows
 * that hold personal data, and the share of clean rows with any finding. What it reports about a
 * row is masked like every other gate output, so an evaluation log repeats no value either.
 */
import { collectMatches } from './matches.ts';
import { maskValue } from './mask.ts';
import { FINDING_KINDS, type FindingKind } from './types.ts';

/** One labelled row: a text and every piece of personal data in it (`[]` for a clean row). */
export interface CorpusRow {
  id: string;
  text: string;
  leaks: ReadonlyArray<{ kind: FindingKind; value: string }>;
  publicNames?: readonly string[];
  /** How the row states its names (byline, post, verb, list …; clean-… for a look-alike), for recall per pattern. */
  pattern?: string;
}

/** Names found and expected, and clean rows flagged, among the rows of one pattern or one name length. */
export interface GroupScore {
  expected: number;
  found: number;
  cleanRows: number;
  falsePositiveRows: number;
}

export interface KindScore {
  expected: number;
  found: number;
  recall: number | null;
}

export interface Evaluation {
  rows: number;
  leakRows: number;
  cleanRows: number;
  recall: Partial<Record<FindingKind, KindScore>>;
  /** Name recall and clean rows flagged per pattern tag (rows without a tag count as "untagged"). */
  byPattern: Record<string, GroupScore>;
  /** Name recall per length of the name in characters, a space or dot inside not counted (2, 3, 4). */
  nameByLength: Record<string, GroupScore>;
  /** Clean rows with at least one finding, over all clean rows. */
  falsePositiveRate: number;
  falsePositiveRows: number;
  /** Masked descriptions of each miss and each false positive, for the person tuning the gate. */
  misses: string[];
  falsePositives: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Parses a JSON-lines corpus, naming the line of any row that is malformed. */
export function parseCorpus(source: string, file: string): CorpusRow[] {
  return source
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      let row: CorpusRow;
      try {
        row = JSON.parse(line) as CorpusRow;
      } catch {
        throw new Error(`${file}:${number}：不是合法的 JSON 行`);
      }
      if (typeof row.text !== 'string' || !Array.isArray(row.leaks)) throw new Error(`${file}:${number}：应有 text 和 leaks 字段`);
      for (const leak of row.leaks) {
        if (!FINDING_KINDS.includes(leak.kind)) throw new Error(`${file}:${number}：未知的类别 ${String(leak.kind)}`);
        if (!row.text.includes(leak.value)) throw new Error(`${file}:${number}：leaks 中的值不在 text 中`);
      }
      return row;
    });
}

/** Characters of a name, a space or middle dot inside it not counted: 祁 晖 has two. */
const nameLength = (value: string) => [...value.replace(/[\s·・•]/gu, '')].length;

export function evaluateCorpus(rows: readonly CorpusRow[]): Evaluation {
  const counts = new Map<FindingKind, { expected: number; found: number }>();
  const misses: string[] = [];
  const falsePositives: string[] = [];
  let falsePositiveRows = 0;
  let cleanRows = 0;
  const byPattern: Record<string, GroupScore> = {};
  const nameByLength: Record<string, GroupScore> = {};
  const group = (table: Record<string, GroupScore>, key: string) =>
    (table[key] ??= { expected: 0, found: 0, cleanRows: 0, falsePositiveRows: 0 });
  for (const row of rows) {
    const matches = collectMatches(row.text, { publicNames: row.publicNames ?? [] });
    const spans = row.leaks.map((leak) => {
      const start = row.text.indexOf(leak.value);
      return { ...leak, start, end: start + leak.value.length };
    });
    for (const leak of spans) {
      const count = counts.get(leak.kind) ?? { expected: 0, found: 0 };
      count.expected += 1;
      const found = matches.some((m) => m.kind === leak.kind && overlaps(m, leak));
      if (found) count.found += 1;
      else misses.push(`${row.id}  ${leak.kind}  ${maskValue(leak.kind, leak.value)}`);
      counts.set(leak.kind, count);
      if (leak.kind === 'name') {
        for (const score of [group(byPattern, row.pattern ?? 'untagged'), group(nameByLength, String(nameLength(leak.value)))]) {
          score.expected += 1;
          if (found) score.found += 1;
        }
      }
    }
    const unexpected = matches.filter((m) => !spans.some((leak) => overlaps(m, leak)));
    if (row.leaks.length === 0) {
      cleanRows += 1;
      const score = group(byPattern, row.pattern ?? 'untagged');
      score.cleanRows += 1;
      if (unexpected.length > 0) {
        falsePositiveRows += 1;
        score.falsePositiveRows += 1;
      }
    }
    for (const m of unexpected) falsePositives.push(`${row.id}  ${m.kind}  ${maskValue(m.kind, m.value)}`);
  }
  const recall: Evaluation['recall'] = {};
  for (const kind of FINDING_KINDS) {
    const count = counts.get(kind);
    if (count) recall[kind] = { ...count, recall: count.expected > 0 ? count.found / count.expected : null };
  }
  return {
    rows: rows.length,
    leakRows: rows.length - cleanRows,
    cleanRows,
    recall,
    byPattern,
    nameByLength,
    falsePositiveRate: cleanRows > 0 ? falsePositiveRows / cleanRows : 0,
    falsePositiveRows,
    misses,
    falsePositives,
  };
}

/**
 * The targets the gate is held to (issues 8 and 19, src/privacy/README.md): every number kind
 * found without exception, 95% of home addresses, 90% of names, at most 3% of clean rows flagged;
 * on prose corpora (rows tagged with a pattern) 95% of names, and 90% of two-character names anywhere.
 */
export const EVALUATION_TARGETS: {
  recall: Partial<Record<FindingKind, number>>;
  maxFalsePositiveRate: number;
  proseNames: number;
  twoCharacterNames: number;
} = {
  proseNames: 0.95,
  twoCharacterNames: 0.9,
  recall: {
    'id-card': 1,
    mobile: 1,
    landline: 1,
    email: 1,
    'bank-card': 1,
    plate: 1,
    qq: 1,
    wechat: 1,
    address: 0.95,
    name: 0.9,
  },
  maxFalsePositiveRate: 0.03,
};

/** True when every kind with a target reaches it and the false-positive rate stays under its cap. */
export function meetsTargets(result: Evaluation): boolean {
  const recallOk = Object.entries(EVALUATION_TARGETS.recall).every(([kind, target]) => {
    const score = result.recall[kind as FindingKind];
    return !score || score.recall === null || score.recall >= target;
  });
  const two = result.nameByLength['2'];
  const twoOk = !two || two.expected === 0 || two.found / two.expected >= EVALUATION_TARGETS.twoCharacterNames;
  const prose = Object.keys(result.byPattern).some((key) => key !== 'untagged');
  const name = result.recall.name;
  const proseOk = !prose || !name || name.recall === null || name.recall >= EVALUATION_TARGETS.proseNames;
  return recallOk && twoOk && proseOk && result.falsePositiveRate <= EVALUATION_TARGETS.maxFalsePositiveRate;
}
