/**
 * `npm run validate`: checks all content — schemas, cross-references, case sections, the privacy
 * gate — without building, through the same pipeline the build uses. Prints the entries per kind
 * and status, then every problem with file and field. Exit 0 when clean, 1 with problems.
 */
import { buildContent, ContentCheckError } from '../src/content/pipeline.ts';
import { loadSiteConfig } from '../src/lib/node/config.ts';
import { CLI } from '../src/strings/cli.ts';
import { ENTRY_KIND_LABELS } from '../src/strings/pages.ts';
import { ENTRY_KINDS } from '../src/schemas/vocabulary.ts';

const started = performance.now();
let result: ReturnType<typeof buildContent>;
try {
  result = buildContent(loadSiteConfig());
} catch (error) {
  process.stderr.write(`${CLI.errorPrefix}${(error as Error).message}\n`);
  process.exit(2);
}
for (const kind of ENTRY_KINDS) {
  const byStatus = result.counts[kind] ?? {};
  process.stdout.write(
    `${CLI.validate.countLine(ENTRY_KIND_LABELS[kind], kind, byStatus['published'] ?? 0, byStatus['draft'] ?? 0, byStatus['withdrawn'] ?? 0)}\n`,
  );
}
process.stdout.write(`${CLI.validate.dataLine(result.model.organs.length, result.model.glossary.length, result.model.stats.length)}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (result.problems.length === 0 && result.findings.length === 0) {
  process.stdout.write(`${CLI.validate.clean(seconds)}\n`);
} else {
  process.stdout.write(
    `\n${new ContentCheckError(result.problems, result.findings).message}\n\n${CLI.validate.failed(result.problems.length, result.findings.length, seconds)}\n`,
  );
  process.exitCode = 1;
}
