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

/** Cases by scenario and by keyword, once per list: each case's candidates are only those sharing one. */
const indexes = new WeakMap<readonly CaseLike[], { byScenario: Map<string, CaseLike[]>; byKeyword: Map<string, CaseLike[]> }>();

function indexOf(all: readonly CaseLike[]) {
  let index = indexes.get(all);
  if (!index) {
    index = { byScenario: new Map(), byKeyword: new Map() };
    const add = (map: Map<string, CaseLike[]>, key: string, other: CaseLike) => {
      const list = map.get(key);
      if (list) list.push(other);
      else map.set(key, [other]);
    };
    for (const other of all) {
      add(index.byScenario, other.data.scenario, other);
      for (const keyword of new Set(other.data.keywords)) add(index.byKeyword, keyword, other);
    }
    indexes.set(all, index);
  }
  return index;
}

/**
 * The `limit` cases most like `entry`. Every case page asks this in getStaticPaths, on every build
 * (its answer is part of the page's key): comparing each case with every other and sorting them
 * all took 7 s at 10,000 entries, so only the cases sharing the scenario or a keyword are scored.
 */
export function relatedCases<T extends CaseLike>(entry: T, all: readonly T[], limit: number): Related<T>[] {
  const keywords = new Set(entry.data.keywords);
  const { byScenario, byKeyword } = indexOf(all);
  const candidates = new Set<CaseLike>(byScenario.get(entry.data.scenario) ?? []);
  for (const keyword of keywords) for (const other of byKeyword.get(keyword) ?? []) candidates.add(other);
  const scored: { related: Related<T>; score: number }[] = [];
  for (const candidate of candidates) {
    const other = candidate as T;
    if (other.id === entry.id) continue;
    const scenario = other.data.scenario === entry.data.scenario ? other.data.scenario : undefined;
    const shared = other.data.keywords.filter((keyword) => keywords.has(keyword));
    const decision = other.data.decision === entry.data.decision ? other.data.decision : undefined;
    const score = (scenario ? 3 : 0) + shared.length * 1.5 + (decision ? 1 : 0);
    scored.push({
      related: { entry: other, shares: { keywords: shared, ...(scenario ? { scenario } : {}), ...(decision ? { decision } : {}) } },
      score,
    });
  }
  return scored
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
