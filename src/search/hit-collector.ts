/**
 * Turns Pagefind's ranked results into hits that really contain the query, loading result
 * fragments a batch at a time: the first screen of results costs a handful of small requests, and
 * more are checked only when the reader asks for more.
 */
import { containsQuery } from './match.ts';

export interface LazyResult<F> {
  data: () => Promise<F>;
}

export interface TextOfFragment {
  content: string;
  meta: Record<string, string | undefined>;
}

/** The text a hit must contain the query in: its title and its indexed body text. */
export function searchableText(fragment: TextOfFragment): string {
  return `${fragment.meta['title'] ?? ''}\n${fragment.content}`;
}

export class HitCollector<F extends TextOfFragment> {
  readonly hits: F[] = [];
  private cursor = 0;
  private readonly results: readonly LazyResult<F>[];
  private readonly query: string;
  private readonly batchSize: number;

  /** With an empty `query` (browsing by filters) every result is a hit. */
  constructor(results: readonly LazyResult<F>[], query: string, batchSize = 10) {
    this.results = results;
    this.query = query.trim();
    this.batchSize = batchSize;
  }

  /** How many results Pagefind returned, before the exact-text check. */
  get candidates(): number {
    return this.results.length;
  }

  /** True once every result has been checked, so `hits.length` is the exact count. */
  get exhausted(): boolean {
    return this.cursor >= this.results.length;
  }

  /** Checks further results until `wanted` hits are known or none are left; returns the new hits. */
  async collect(wanted: number): Promise<F[]> {
    const before = this.hits.length;
    while (this.hits.length < wanted && !this.exhausted) {
      const batch = this.results.slice(this.cursor, this.cursor + this.batchSize);
      this.cursor += batch.length;
      const fragments = await Promise.all(batch.map((result) => result.data()));
      for (const fragment of fragments) {
        if (!this.query || containsQuery(searchableText(fragment), this.query)) this.hits.push(fragment);
      }
    }
    return this.hits.slice(before);
  }
}
