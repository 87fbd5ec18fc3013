/**
 * The issuer-aware re-identification check as a gate finding: the content pipeline gives it what a
 * source text alone does not hold (the issuing organ's name and level, the site's own organ), and
 * it points the editor at the subject's `role:` line, where the fix usually goes.
 */
import { ISSUER_REIDENTIFY } from '../strings/privacy.ts';
import { detectIssuerReidentification, type IssuerContext } from './detectors/reidentify.ts';
import { lineColumnAt } from './scan.ts';
import type { Finding } from './types.ts';

export type { IssuerContext } from './detectors/reidentify.ts';

/** At most one finding per notice: where its issuer and the subject's post single the subject out. */
export function issuerFindings(file: string, source: string, context: IssuerContext): Finding[] {
  const hit = detectIssuerReidentification(context);
  if (!hit) return [];
  const role = /^[ \t]*role:/mu.exec(source);
  const organ = /^organ:/mu.exec(source);
  const at = hit.reason === 'issuerNamesUnit' ? (role ?? organ) : role;
  const excerpt =
    hit.reason === 'issuerNamesUnit'
      ? ISSUER_REIDENTIFY.issuerNamesUnit(hit.unit, hit.post)
      : ISSUER_REIDENTIFY.hostIsTheUnit(hit.place, hit.post);
  return [{ file, ...lineColumnAt(source, at?.index ?? 0), kind: 'reidentify', excerpt }];
}
