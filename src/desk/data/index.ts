/**
 * New organs and new batches of a case series, added from the desk into `content/organs.yaml` and
 * `content/series.yaml`. The file is changed as text (its comments and layout stay), then the
 * whole content folder is validated with the new text in place; the file is written only when
 * that adds no problem, so a slip can never break the next build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parseYaml } from '../../content/front-matter.ts';
import type { ContentProblem } from '../../content/problems.ts';
import { readContentFolder, type DataFileName } from '../../content/read.ts';
import { validateContent } from '../../content/validate.ts';

export interface OrganInput {
  id: string;
  name: string;
  shortName: string;
  level: string;
  parent?: string | undefined;
  region: string;
}

export type DataChange = { file: string; problems: ContentProblem[] };

/** Validates the folder with `name`'s file replaced by `text`; writes it if no new problem is in that file. */
function writeIfValid(contentDir: string, projectRoot: string, name: DataFileName, text: string): DataChange {
  const raw = readContentFolder(contentDir, projectRoot);
  const before = new Set(validateContent(raw).problems.map((problem) => JSON.stringify(problem)));
  const parsed = parseYaml(text);
  raw.data[name] = {
    ...raw.data[name],
    source: text,
    items: parsed.value ?? [],
    ...(parsed.error !== undefined ? { parseError: parsed.error } : {}),
  };
  const file = raw.data[name].file;
  const problems = validateContent(raw).problems.filter((problem) => problem.file === file && !before.has(JSON.stringify(problem)));
  if (problems.length === 0) writeFileSync(join(contentDir, `${name}.yaml`), text);
  return { file, problems };
}

const read = (contentDir: string, name: DataFileName) => {
  try {
    return readFileSync(join(contentDir, `${name}.yaml`), 'utf8');
  } catch {
    return '';
  }
};

/** Appends an organ to organs.yaml. */
export function addOrgan(contentDir: string, projectRoot: string, organ: OrganInput): DataChange {
  const item = Object.fromEntries(Object.entries(organ).filter(([, value]) => value !== undefined && value !== ''));
  const block = yaml.dump([item], { schema: yaml.CORE_SCHEMA, lineWidth: -1 });
  const text = read(contentDir, 'organs');
  return writeIfValid(contentDir, projectRoot, 'organs', `${text.replace(/\s*$/, '')}\n\n${block}`);
}

/** The number the next batch of a series gets: one past the highest. */
export function nextBatchNumber(contentDir: string, seriesId: string): number {
  const items = parseYaml(read(contentDir, 'series')).value;
  const series = Array.isArray(items)
    ? (items as { id?: unknown; batches?: { number?: unknown }[] }[]).find((item) => item.id === seriesId)
    : undefined;
  return Math.max(0, ...(series?.batches ?? []).map((batch) => (typeof batch.number === 'number' ? batch.number : 0))) + 1;
}

/** Adds a batch (the next number, on `date`) after the last batch of the series in series.yaml. */
export function addBatch(contentDir: string, projectRoot: string, seriesId: string, date: string): DataChange & { number: number } {
  const text = read(contentDir, 'series');
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.replace(/\s+#.*$/, '').trim() === `- id: ${seriesId}`);
  const number = nextBatchNumber(contentDir, seriesId);
  if (start < 0) return { file: '', problems: [{ file: 'series.yaml', field: 'id', expected: seriesId, found: '' }], number };
  let end = lines.findIndex((line, index) => index > start && /^- /.test(line));
  if (end < 0) end = lines.length;
  // The last `- number:` item of the block, and its indentation: the new item goes right after it.
  let last = -1;
  for (let index = start; index < end; index++) if (/^\s+- number:/.test(lines[index]!)) last = index;
  const indent = /^(\s+)- /.exec(lines[last] ?? '    - ')![1]!;
  let at = last + 1;
  while (at < end && lines[at]!.startsWith(`${indent}  `)) at++;
  const inserted = [`${indent}- number: ${number}`, `${indent}  date: ${date}`];
  const next = [...lines.slice(0, at), ...inserted, ...lines.slice(at)].join('\n');
  return { ...writeIfValid(contentDir, projectRoot, 'series', next), number };
}
