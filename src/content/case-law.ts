/**
 * The law a guiding case and its series must keep (the schema checks each field; this checks
 * fields against each other and against the body):
 *
 * - the 处理结果 section states a concrete result: the decision itself, and for each measure taken
 *   the measure in words that say what was done (a 纪律处分 by its kind, a 组织调整 by the step);
 *   "依规依纪追究责任" alone says nothing a reader can check, and 批评教育 is no 问责方式;
 * - a basis in 《中国共产党问责条例》 is never its general provisions (art. 1–3), and a decision
 *   under it rests on its own article: art. 17 for 不予问责 and 免予问责, art. 18 for 从轻 and 减轻;
 * - a series' effect asks only bodies its issuers have authority over: a 纪委监委 alone can direct
 *   纪检监察机关, not 组织人事部门, 党委 or 政府 (SERIES_ADDRESSEES).
 */
import type { CaseSeries } from '../schemas/data.ts';
import type { GuidingCase } from '../schemas/case.ts';
import {
  ACCOUNTABILITY_REGULATION,
  ACCOUNTABLE_DECISIONS,
  DECISION_ARTICLE,
  GENERAL_ARTICLES,
  MEASURE_WORDS,
  SERIES_ADDRESSEES,
  type AccountabilityMeasure,
} from '../schemas/vocabulary.ts';
import { EXPECTED, FOUND } from '../strings/content.ts';
import type { ContentProblem } from './problems.ts';

/** The text of a body's `## heading` section, up to the next heading of any level; undefined if absent. */
export function sectionOf(body: string, heading: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => /^#{1,6}\s/.test(line) && line.replace(/^#{1,6}\s+/, '').trim() === heading);
  if (start === -1) return undefined;
  const end = lines.findIndex((line, index) => index > start && /^#{1,6}\s/.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

const RESULT = '处理结果';

/** What the 处理结果 section lacks for the case's decision and measures. */
export function resultProblems(file: string, data: GuidingCase, body: string, field: string): ContentProblem[] {
  const result = sectionOf(body, RESULT);
  // A missing section is reported by the section check; nothing to read here.
  if (result === undefined) return [];
  const problems: ContentProblem[] = [];
  if (!result.includes(data.decision))
    problems.push({ file, field, expected: EXPECTED.resultStatesDecision(data.decision), found: FOUND.resultLacks(data.decision) });
  const measures = [...new Set(data.accountability.map((item) => item.measure))];
  for (const measure of measures) {
    const words = MEASURE_WORDS[measure as AccountabilityMeasure] ?? [measure];
    if (!words.some((word) => result.includes(word)))
      problems.push({ file, field, expected: EXPECTED.resultStatesMeasure(measure, words), found: FOUND.resultVague(measure) });
  }
  if (ACCOUNTABLE_DECISIONS.includes(data.decision) && result.includes('批评教育'))
    problems.push({ file, field, expected: EXPECTED.resultNoCriticism, found: FOUND.criticismAsMeasure });
  return problems;
}

/** A basis citing 《问责条例》 cites a provision a decision can rest on, and the decision's own article. */
export function basisProblems(file: string, data: GuidingCase): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const own = DECISION_ARTICLE[data.decision];
  let citesOwn = false;
  data.basis.forEach((basis, index) => {
    if (basis.title !== ACCOUNTABILITY_REGULATION || basis.article === undefined) return;
    const article = basis.article;
    const field = `basis[${index}].article`;
    if (GENERAL_ARTICLES.some((general) => article.startsWith(general)))
      problems.push({ file, field, expected: EXPECTED.generalArticle(GENERAL_ARTICLES), found: FOUND.citedArticle(basis.title, article) });
    else if (own && (data.decision === '不予问责' || data.decision === '免予问责') && !article.startsWith(own))
      problems.push({ file, field, expected: EXPECTED.decisionArticle(data.decision, own), found: FOUND.citedArticle(basis.title, article) });
    if (own && article.startsWith(own)) citesOwn = true;
  });
  // 从轻 and 减轻 exist only under art. 18: the case must say so.
  if ((data.decision === '从轻问责' || data.decision === '减轻问责') && own && !citesOwn)
    problems.push({ file, field: 'basis', expected: EXPECTED.decisionArticleRequired(data.decision, own), found: FOUND.noCitedArticle(ACCOUNTABILITY_REGULATION) });
  return problems;
}

/** A 参照 series' effect names only bodies its issuer, or a co-issuer, has authority over. */
export function seriesAuthorityProblems(series: readonly CaseSeries[], file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  series.forEach((item, index) => {
    // A 参考 series offers its cases for reference and binds no one.
    if (item.effect !== '参照') return;
    for (const addressee of SERIES_ADDRESSEES) {
      const found = addressee.words.filter((word) => item.effectNote.includes(word));
      // 组织人事部门 also contains 人事部门: name the longest words only.
      const named = found.filter((word) => !found.some((other) => other !== word && other.includes(word)));
      if (named.length === 0 || item.coIssuers.some((name) => addressee.coIssuer.test(name))) continue;
      problems.push({
        file,
        field: `[${index}].effectNote`,
        expected: EXPECTED.seriesAuthority(named.join('、'), addressee.example),
        found: FOUND.effectAddresses(named.join('、')),
      });
    }
  });
  return problems;
}
