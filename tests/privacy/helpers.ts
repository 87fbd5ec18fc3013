/** Small helpers shared by the privacy tests: what a detector saw, as plain values. */
import type { RawMatch } from '../../src/privacy/types.ts';

export const valuesOf = (matches: readonly RawMatch[]) => matches.map((m) => m.value);

/** A valid 18-digit ID number built from its parts, for tests that need a real-looking one. */
export { idCheckDigit } from '../../src/privacy/detectors/id-card.ts';
