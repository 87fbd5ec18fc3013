/**
 * The evaluation: the evaluator is correct on a tiny corpus written here, and the gate meets its
 * targets on the project's own labelled corpora (tests/privacy/corpus/), with no raw value in
 * anything the evaluation reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVALUATION_TARGETS, evaluateCorpus, meetsTargets, parseCorpus, type CorpusRow } from '../../src/privacy/evaluate.ts';

describe('evaluateCorpus', () => {
  const rows: CorpusRow[] = [
    {
      id: 'a',
      text: '被举报人褚文彧，手机13812345678。',
      leaks: [
        { kind: 'name', value: '褚文彧' },
        { kind: 'mobile', value: '13812345678' },
      ],
    },
    { id: 'b', text: '其妻亓秀梅在某局工作', leaks: [{ kind: 'name', value: '亓秀梅' }] },
    { id: 'c', text: '值班电话12388', leaks: [{ kind: 'mobile', value: '12388' }] },
    { id: 'd', text: '经核查，该问题失实。', leaks: [] },
    { id: 'e', text: '村民张伟到场', leaks: [] },
  ];
  const result = evaluateCorpus(rows);

  it('counts recall per kind and false positives on clean rows', () => {
    expect(result.recall.name).toEqual({ expected: 2, found: 2, recall: 1 });
    expect(result.recall.mobile).toEqual({ expected: 2, found: 1, recall: 0.5 });
    expect(result.cleanRows).toBe(2);
    expect(result.falsePositiveRows).toBe(1);
    expect(result.falsePositiveRate).toBe(0.5);
    expect(meetsTargets(result)).toBe(false);
  });

  it('describes misses and false positives masked', () => {
    expect(result.misses).toEqual(['c  mobile  123****2388']);
    expect(result.falsePositives).toEqual(['e  name  张*']);
  });

  it('names the line of a malformed corpus row', () => {
    expect(() => parseCorpus('{"id":"x","text":"a","leaks":[]}\nnot json', 'c.jsonl')).toThrow('c.jsonl:2');
    expect(() => parseCorpus('{"id":"x","text":"abc","leaks":[{"kind":"name","value":"张伟"}]}', 'c.jsonl')).toThrow('c.jsonl:1');
    expect(() => parseCorpus('{"id":"x","text":"abc","leaks":[{"kind":"nickname","value":"a"}]}', 'c.jsonl')).toThrow('未知的类别');
  });
});

const CORPUS_DIR = join(import.meta.dirname, 'corpus');
const all = readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.jsonl'));
/** The prose corpora (issue 19) hold names only; the others every kind. */
const prose = all.filter((file) => file.startsWith('prose-'));
const corpora = all.filter((file) => !prose.includes(file));

describe.each(corpora)('the gate on %s', (file) => {
  const source = readFileSync(join(CORPUS_DIR, file), 'utf8');
  const rows = parseCorpus(source, file);
  const result = evaluateCorpus(rows);

  it('holds at least 300 rows, about half of them leaks', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(result.leakRows / rows.length).toBeGreaterThan(0.4);
    expect(result.cleanRows / rows.length).toBeGreaterThan(0.4);
  });

  it.each(Object.entries(EVALUATION_TARGETS.recall))('reaches the %s recall target', (kind, target) => {
    const score = result.recall[kind as keyof typeof result.recall];
    expect(score, `${file} has no ${kind} rows`).toBeDefined();
    expect(score!.recall).toBeGreaterThanOrEqual(target);
  });

  it('flags at most 3% of clean rows', () => {
    expect(result.falsePositiveRate).toBeLessThanOrEqual(EVALUATION_TARGETS.maxFalsePositiveRate);
  });

  it('reports no raw value in its misses and false positives', () => {
    const report = [...result.misses, ...result.falsePositives].join('\n');
    for (const row of rows) for (const leak of row.leaks) if (leak.value.length > 1) expect(report).not.toContain(leak.value);
  });
});

describe('the prose corpora (names in the patterns of real prose)', () => {
  const results = prose.map((file) => {
    const rows = parseCorpus(readFileSync(join(CORPUS_DIR, file), 'utf8'), file);
    return { file, rows, result: evaluateCorpus(rows) };
  });

  it('hold at least 1,500 rows with names and 800 clean rows, every row tagged with its pattern', () => {
    expect(prose).toEqual(['prose-corpus.jsonl', 'prose-holdout.jsonl']);
    expect(results.reduce((n, r) => n + r.result.leakRows, 0)).toBeGreaterThanOrEqual(1500);
    expect(results.reduce((n, r) => n + r.result.cleanRows, 0)).toBeGreaterThanOrEqual(800);
    for (const { rows } of results) expect(rows.filter((row) => !row.pattern)).toEqual([]);
  });

  it.each(prose)('%s: names and two-character names reach their targets, clean rows stay under 3%', (file) => {
    const { result } = results.find((r) => r.file === file)!;
    expect(result.recall.name!.recall).toBeGreaterThanOrEqual(EVALUATION_TARGETS.proseNames);
    const two = result.nameByLength['2']!;
    expect(two.found / two.expected).toBeGreaterThanOrEqual(EVALUATION_TARGETS.twoCharacterNames);
    expect(result.falsePositiveRate).toBeLessThanOrEqual(EVALUATION_TARGETS.maxFalsePositiveRate);
    expect(meetsTargets(result)).toBe(true);
  });

  it.each(prose)('%s: every pattern is found at 90% or more', (file) => {
    const { result } = results.find((r) => r.file === file)!;
    for (const [pattern, score] of Object.entries(result.byPattern)) {
      if (score.expected === 0 || pattern === 'word-name') continue;
      expect(score.found / score.expected, `${file} ${pattern}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('reports recall per pattern and per name length, and clean rows flagged per look-alike', () => {
    const { result } = results[0]!;
    expect(Object.keys(result.byPattern)).toEqual(
      expect.arrayContaining(['byline', 'post', 'verb', 'list', 'spaced', 'unit', 'clean-alias']),
    );
    expect(Object.keys(result.nameByLength)).toEqual(expect.arrayContaining(['2', '3', '4']));
    const total = Object.values(result.byPattern).reduce((n, g) => n + g.expected, 0);
    expect(total).toBe(result.recall.name!.expected);
  });
});
