/**
 * Related guiding cases: staff studying one case want the others reasoned on the same ground.
 * Ranked by shared scenario (strongest), then shared keywords, then the same decision, then
 * recency; a case is related only through its scenario or a keyword (a shared decision alone is
 * no reason), and each comes with why, so the reader can judge the likeness.
 */
interface CaseLike {
  id: string;
  data: { scenario: string; keywords: string[]; date: string; decision: string };
}

export interface Related<T> {
  entry: T;
  /** What the two cases share, strongest first. */
  shares: { scenario?: string; keywords: string[]; decision?: string };
}

export function relatedCases<T extends CaseLike>(entry: T, all: readonly T[], limit: number): Related<T>[] {
  const keywords = new Set(entry.data.keywords);
  return all
    .filter((other) => other.id !== entry.id)
    .map((other) => {
      const scenario = other.data.scenario === entry.data.scenario ? other.data.scenario : undefined;
      const shared = other.data.keywords.filter((keyword) => keywords.has(keyword));
      const decision = other.data.decision === entry.data.decision ? other.data.decision : undefined;
      const score = (scenario ? 3 : 0) + shared.length * 1.5 + (decision ? 1 : 0);
      const related: Related<T> = {
        entry: other,
        shares: { keywords: shared, ...(scenario ? { scenario } : {}), ...(decision ? { decision } : {}) },
      };
      return { related, score, qualifies: Boolean(scenario) || shared.length > 0 };
    })
    .filter(({ qualifies }) => qualifies)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.related.entry.data.date.localeCompare(a.related.entry.data.date) ||
        a.related.entry.id.localeCompare(b.related.entry.id),
    )
    .slice(0, limit)
    .map(({ related }) => related);
}

/** The cases before and after this one in its series, by number (published ones only are passed in). */
export function seriesNeighbours<T extends { id: string; data: { series: string; number: number } }>(
  entry: T,
  all: readonly T[],
): { previous?: T; next?: T } {
  const series = all.filter((other) => other.data.series === entry.data.series).sort((a, b) => a.data.number - b.data.number);
  const index = series.findIndex((other) => other.id === entry.id);
  return {
    ...(index > 0 ? { previous: series[index - 1]! } : {}),
    ...(index >= 0 && index < series.length - 1 ? { next: series[index + 1]! } : {}),
  };
}

/** Every keyword with the cases that carry it, in Chinese collation (pinyin) order. */
export function keywordIndex<T extends { id: string; data: { keywords: string[] } }>(all: readonly T[]): { keyword: string; cases: T[] }[] {
  const index = new Map<string, T[]>();
  for (const entry of all) for (const keyword of entry.data.keywords) index.set(keyword, [...(index.get(keyword) ?? []), entry]);
  const collator = new Intl.Collator('zh-CN');
  return [...index.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([keyword, cases]) => ({ keyword, cases }));
}
