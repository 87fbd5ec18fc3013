/**
 * Phase timings and peak memory of one build, written as JSON into the build cache so
 * `npm run bench` (and a curious editor) can see where the time went without parsing logs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const BUILD_REPORT_FILE = 'mingjing-build-report.json';

export interface BuildReportData {
  phasesMs: Record<string, number>;
  counts: Record<string, number>;
  /** Peak resident set of the build process, worker threads included. */
  peakRssMB: number;
  /**
   * The same peak as it stood when each phase ended: it only grows, so the phase after which it
   * jumps is the one that reached it.
   */
  peakRssMBAfter: Record<string, number>;
  /** Lists of paths (site-relative): `outputsRenderedAgain`, the keyed outputs rendered in this build. */
  lists?: Record<string, string[]>;
}

const peakRssMB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export class BuildReport {
  readonly phasesMs: Record<string, number> = {};
  readonly counts: Record<string, number> = {};
  readonly lists: Record<string, string[]> = {};
  readonly peakRssMBAfter: Record<string, number> = {};
  #openedAt = new Map<string, number>();

  start(phase: string): void {
    this.#openedAt.set(phase, performance.now());
  }

  end(phase: string): void {
    const startedAt = this.#openedAt.get(phase);
    if (startedAt !== undefined) this.phasesMs[phase] = Math.round(performance.now() - startedAt);
    this.peakRssMBAfter[phase] = peakRssMB();
  }

  async time<T>(phase: string, work: () => T | Promise<T>): Promise<T> {
    this.start(phase);
    try {
      return await work();
    } finally {
      this.end(phase);
    }
  }

  /** A phase measured elsewhere (the content pipeline times its own steps). */
  record(phase: string, ms: number): void {
    this.phasesMs[phase] = Math.round(ms);
  }

  count(name: string, value: number): void {
    this.counts[name] = value;
  }

  list(name: string, values: string[]): void {
    this.lists[name] = values;
  }

  toJSON(): BuildReportData {
    return {
      phasesMs: this.phasesMs,
      counts: this.counts,
      lists: this.lists,
      peakRssMB: peakRssMB(),
      peakRssMBAfter: this.peakRssMBAfter,
    };
  }

  writeTo(cacheDir: string): void {
    const file = join(cacheDir, BUILD_REPORT_FILE);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(this.toJSON(), null, 2)}\n`);
  }
}
