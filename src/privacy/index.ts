/**
 * The privacy gate's public entry (ARCHITECTURE.md, "Layers"): what the content pipeline, the
 * build, the CLIs and error reporting use. Tests may reach into the detectors themselves.
 */
export type { Finding, FindingKind, RawMatch } from './types.ts';
export { normalizeWord } from './normalize.ts';
export { maskSensitiveText } from './mask.ts';
export { loadDenylist } from './denylist.ts';
export type { GateInput } from './gate.ts';
export { runPrivacyGate, formatGateReport } from './gate.ts';
export { issuerFindings, type IssuerContext } from './issuer.ts';
export { scanNameCandidates, scanText } from './scan.ts';
export { checkBuiltSite, checkBuiltSiteInParallel } from './output-check.ts';
export { outputFileView } from './output-views.ts';
export { acceptMarks, hasMarks, MARK_CLOSE, MARK_OPEN, readLetter, redactText, type NoticeLetter } from './redact.ts';
