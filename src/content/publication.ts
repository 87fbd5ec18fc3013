/**
 * Publication rules (ARCHITECTURE.md, "Invariants"): only `published` entries reach any output; an entry past its
 * `publicUntil` day is treated as withdrawn, judged by the build clock so builds are reproducible.
 */
import type { Status } from '../schemas/vocabulary.ts';

export interface PublishableFields {
  status: Status;
  publicUntil?: string | undefined;
}

/** The status an entry has on `today` (YYYY-MM-DD): expiry turns `published` into `withdrawn`. */
export function effectiveStatus(entry: PublishableFields, today: string): Status {
  if (entry.status === 'published' && entry.publicUntil !== undefined && entry.publicUntil < today) {
    return 'withdrawn';
  }
  return entry.status;
}

