/**
 * `npm run new -- <clarifications|cases|culture> <id>`: writes a draft entry from a template.
 * Refuses to overwrite an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadSiteConfig } from '../src/lib/node/config.ts';
import { readContentFolder } from '../src/content/read.ts';
import { validateContent } from '../src/content/validate.ts';
import { entryTemplate, nextInSeries } from '../src/scaffold/templates.ts';
import { ENTRY_KINDS, type EntryKind } from '../src/schemas/vocabulary.ts';

const USAGE = `用法：npm run new -- <类别> <编号>
  类别：clarifications（澄清正名）| cases（容错案例）| culture（廉洁文化）
  编号：小写字母、数字和连字符，将成为网址的一部分，如 village-secretary-2026`;

const [kind, id] = process.argv.slice(2);
if (!kind || !id || !(ENTRY_KINDS as readonly string[]).includes(kind) || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
  console.error(USAGE);
  process.exit(2);
}
const config = loadSiteConfig();
const file = join(config.contentDir, kind, `${id}.md`);
if (existsSync(file)) {
  console.error(`文件已存在，未覆盖：${relative(process.cwd(), file)}`);
  process.exit(1);
}
mkdirSync(join(config.contentDir, kind), { recursive: true });
// A new case takes the next number of the host organ's series, so the draft validates as written.
const placement =
  kind === 'cases'
    ? (() => {
        const { content } = validateContent(readContentFolder(config.contentDir, config.projectRoot));
        const cases = content.entries.flatMap((entry) => (entry.kind === 'cases' ? [entry.data] : []));
        return nextInSeries(content.series, cases, config.hostOrgan);
      })()
    : undefined;
writeFileSync(file, entryTemplate(kind as EntryKind, config.today, config.hostOrgan, placement));
console.log(`已创建草稿：${relative(process.cwd(), file)}（status: draft，填写完成后改为 published）`);
