/**
 * Resource limits for the build's worker threads (card drawing, the output check).
 *
 * Each worker thread is a V8 isolate of its own, and V8 lets an isolate's young generation grow to
 * 128 MB on this kind of machine (64 MB semi-spaces) and keeps it committed once grown. Satori and
 * the scanners make many short-lived strings, so every worker grew it in full: ~110 MB of a card
 * worker's ~360 MB was an empty nursery. At 24 MB the CPU time per card is the same within the
 * noise (`node scripts/bench-cards.ts`), and two card workers take ~220 MB less (941 → 724 MB
 * for the process with 150 entries; a cold 10,000-entry build process peaked at 2,140 MB instead
 * of 2,424).
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 24 } as const;
