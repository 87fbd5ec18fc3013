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
 * all took 7 s at 10,000 entries. Only the cases sharing the scenario or a keyword are scored, the
 * best `limit` kept as they come, and only those described.
 */
export function relatedCases<T extends CaseLike>(entry: T, all: readonly T[], limit: number): Related<T>[] {
  const keywords = new Set(entry.data.keywords);
  const { byScenario, byKeyword } = indexOf(all);
  const candidates = new Set<CaseLike>(byScenario.get(entry.data.scenario) ?? []);
  for (const keyword of keywords) for (const other of byKeyword.get(keyword) ?? []) candidates.add(other);
  // Best first: higher score, then newer, then by id.
  const before = (a: { score: number; other: CaseLike }, b: { score: number; other: CaseLike }) =>
    b.score - a.score || b.other.data.date.localeCompare(a.other.data.date) || a.other.id.localeCompare(b.other.id);
  const best: { score: number; other: CaseLike }[] = [];
  for (const other of candidates) {
    if (other.id === entry.id) continue;
    let shared = 0;
    for (const keyword of other.data.keywords) if (keywords.has(keyword)) shared += 1;
    const score =
      (other.data.scenario === entry.data.scenario ? 3 : 0) + shared * 1.5 + (other.data.decision === entry.data.decision ? 1 : 0);
    const item = { score, other };
    if (best.length === limit && before(item, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(item, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, item);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => {
    const scenario = other.data.scenario === entry.data.scenario ? other.data.scenario : undefined;
    const decision = other.data.decision === entry.data.decision ? other.data.decision : undefined;
    const shared = other.data.keywords.filter((keyword) => keywords.has(keyword));
    return { entry: other as T, shares: { keywords: shared, ...(scenario ? { scenario } : {}), ...(decision ? { decision } : {}) } };
  });
}

/** Each series' cases by number, once per list (every case page asks, in getStaticPaths). */
const seriesIndexes = new WeakMap<readonly { id: string; data: { series: string; number: number } }[], Map<string, unknown[]>>();

/** The cases before and after this one in its series, by number (published ones only are passed in). */
export function seriesNeighbours<T extends { id: string; data: { series: string; number: number } }>(
  entry: T,
  all: readonly T[],
): { previous?: T; next?: T } {
  let index = seriesIndexes.get(all) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const other of all) {
      const list = index.get(other.data.series);
      if (list) list.push(other);
      else index.set(other.data.series, [other]);
    }
    // A stable sort, as before: cases of one number keep the list's order.
    for (const list of index.values()) list.sort((a, b) => a.data.number - b.data.number);
    seriesIndexes.set(all, index as Map<string, unknown[]>);
  }
  const series = index.get(entry.data.series) ?? [];
  const at = series.findIndex((other) => other.id === entry.id);
  return {
    ...(at > 0 ? { previous: series[at - 1]! } : {}),
    ...(at >= 0 && at < series.length - 1 ? { next: series[at + 1]! } : {}),
  };
}

/** Every keyword with the cases that carry it, in Chinese collation (pinyin) order. */
export function keywordIndex<T extends { id: string; data: { keywords: string[] } }>(all: readonly T[]): { keyword: string; cases: T[] }[] {
  const index = new Map<string, T[]>();
  for (const entry of all) for (const keyword of entry.data.keywords) index.set(keyword, [...(index.get(keyword) ?? []), entry]);
  const collator = new Intl.Collator('zh-CN');
  return [...index.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([keyword, cases]) => ({ keyword, cases }));
}
