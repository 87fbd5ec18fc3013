/**
 * The pre-build check: read the content folder, validate it, and run the privacy gate over
 * every text that would be published. The build calls this before writing anything.
 */
import { effectiveStatus } from '../lib/publication.ts';
import type { SiteConfig } from '../lib/config.ts';
import { formatGateReport, loadDenylist, runPrivacyGate, type Finding, type GateInput } from '../privacy/index.ts';
import { formatProblems, type ContentProblem } from '../schemas/errors.ts';
import { readContentFolder } from './read-content.ts';
import { validateContent, type ValidatedContent, type ValidEntry } from './validate.ts';

export interface ContentCheck {
  content: ValidatedContent;
  problems: ContentProblem[];
  findings: Finding[];
}

/** Names that may appear in an entry: its `publicNames`, and a culture item's historical author. */
export function publicNamesOf(entry: ValidEntry): string[] {
  const names = [...entry.data.publicNames];
  if (entry.kind === 'culture' && 'author' in entry.data && entry.data.author) names.push(entry.data.author.name);
  return names;
}

export function checkContent(config: SiteConfig, env: NodeJS.ProcessEnv = process.env): ContentCheck {
  const raw = readContentFolder(config.contentDir, config.projectRoot);
  const { content, problems } = validateContent(raw);
  const gateInputs: GateInput[] = content.entries
    .filter((entry) => effectiveStatus(entry.data, config.today) === 'published')
    .map((entry) => ({ file: entry.file, source: entry.source, publicNames: publicNamesOf(entry), notNames: entry.data.notNames }));
  for (const data of Object.values(raw.data)) {
    if (data.source) gateInputs.push({ file: data.file, source: data.source, publicNames: [] });
  }
  const findings = runPrivacyGate(gateInputs, { denylist: loadDenylist(env) });
  return { content, problems, findings };
}

/** Thrown when content is invalid or would leak personal data; its message is the full report. */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
  readonly problems: readonly ContentProblem[];
  readonly findings: readonly Finding[];

  constructor(problems: readonly ContentProblem[], findings: readonly Finding[]) {
    const parts: string[] = [];
    if (problems.length > 0) parts.push(formatProblems(problems));
    if (findings.length > 0) parts.push(formatGateReport(findings));
    super(parts.join('\n\n'));
    this.problems = problems;
    this.findings = findings;
  }
}

/** Runs the check and throws `ContentCheckError` when anything would block publication. */
export function assertContentPublishable(config: SiteConfig, env: NodeJS.ProcessEnv = process.env): ValidatedContent {
  const { content, problems, findings } = checkContent(config, env);
  if (problems.length > 0 || findings.length > 0) throw new ContentCheckError(problems, findings);
  return content;
}
