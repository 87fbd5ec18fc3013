/**
 * Related guiding cases: staff studying one case want the others that share its scenario or
 * keywords. Scored by shared scenario (strongest), shared keywords, then recency.
 */
interface CaseLike {
  id: string;
  data: { scenario: string; keywords: string[]; date: string; decision: string };
}

export function relatedCases<T extends CaseLike>(entry: T, all: readonly T[], limit: number): T[] {
  const keywords = new Set(entry.data.keywords);
  return all
    .filter((other) => other.id !== entry.id)
    .map((other) => ({
      other,
      score: (other.data.scenario === entry.data.scenario ? 3 : 0) + other.data.keywords.filter((k) => keywords.has(k)).length,
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.data.date.localeCompare(a.other.data.date) || a.other.id.localeCompare(b.other.id))
    .slice(0, limit)
    .map(({ other }) => other);
}
