/**
 * The privacy gate's public entry. Everything personal-data related that the build, the CLI or
 * error reporting needs is imported from here, never from a detector directly.
 */
export type { Finding, FindingKind, RawMatch } from './types.ts';
export { FINDING_KINDS } from './types.ts';
export type { ScanOptions } from './scan.ts';
export { scanText, lineColumnAt } from './scan.ts';
export { maskValue, maskSensitiveText } from './mask.ts';
export { loadDenylist, parseDenylist } from './denylist.ts';
export type { GateInput } from './gate.ts';
export { runPrivacyGate, formatFinding, formatGateReport } from './gate.ts';
export { checkBuiltSite, htmlTextView, type OutputCheckResult } from './output-check.ts';
export { redactText, REMOVED, type RedactionResult, type Replacement } from './redact.ts';
export { detectIdCards, isValidIdNumber18, isValidIdNumber15, idCheckDigit } from './detectors/id-card.ts';
export { detectBankCards, passesLuhn } from './detectors/bank-card.ts';
export { detectMobiles } from './detectors/mobile.ts';
export { detectLandlines } from './detectors/landline.ts';
export { detectEmails } from './detectors/email.ts';
export { detectPlates } from './detectors/plate.ts';
export { detectAddresses } from './detectors/address.ts';
export { detectQqNumbers } from './detectors/qq.ts';
export { detectWechatIds } from './detectors/wechat.ts';
export { detectNames } from './detectors/name.ts';
export { detectDenylisted } from './detectors/denylist.ts';
