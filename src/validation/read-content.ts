/**
 * Reads the content folder as plain files, without Astro, so validation and the privacy gate
 * can run before the build writes anything and can be tested on small fixture folders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { ENTRY_KINDS, type EntryKind } from '../schemas/vocabulary.ts';

export interface RawEntry {
  kind: EntryKind;
  /** File name without extension: the entry's URL segment. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  absolutePath: string;
  /** The whole file, so findings can point at real line numbers. */
  source: string;
  /** Parsed front matter, or undefined when it is missing or not valid YAML. */
  frontMatter: unknown;
  frontMatterError?: string;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

export interface RawDataFile {
  name: DataFileName;
  file: string;
  source: string;
  items: unknown;
  parseError?: string;
}

export const DATA_FILES = ['organs', 'glossary', 'stats'] as const;
export type DataFileName = (typeof DATA_FILES)[number];

export interface RawContent {
  entries: RawEntry[];
  data: Record<DataFileName, RawDataFile>;
}

/**
 * YAML's default schema turns `2026-13-05` into a Date that overflows to 2027-01-05. The core
 * schema keeps dates as written, so the date field's own check sees exactly what was typed.
 */
const parseYaml = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(source: string): { yamlText: string | undefined; body: string; bodyLine: number } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { yamlText: undefined, body: source, bodyLine: 1 };
  const consumed = match[0];
  return {
    yamlText: match[1] ?? '',
    body: source.slice(consumed.length),
    bodyLine: consumed.split('\n').length + (consumed.endsWith('\n') ? 0 : 1),
  };
}

function yamlErrorMessage(error: unknown): string {
  // js-yaml's message quotes the offending line; keep only its reason and position.
  if (error instanceof yaml.YAMLException) {
    return `YAML 语法错误（${error.reason}，第 ${error.mark.line + 1} 行第 ${error.mark.column + 1} 列）`;
  }
  return 'YAML 语法错误';
}

function readEntry(kind: EntryKind, absolutePath: string, projectRoot: string, fileName: string): RawEntry {
  const source = readFileSync(absolutePath, 'utf8');
  const { yamlText, body, bodyLine } = splitFrontMatter(source);
  const entry: RawEntry = {
    kind,
    id: fileName.replace(/\.mdx?$/, ''),
    file: relative(projectRoot, absolutePath),
    absolutePath,
    source,
    frontMatter: undefined,
    body,
    bodyLine,
  };
  if (yamlText === undefined) {
    entry.frontMatterError = '文件开头缺少以 --- 包围的 YAML 头信息（front matter）';
    return entry;
  }
  try {
    entry.frontMatter = parseYaml(yamlText) ?? {};
  } catch (error) {
    entry.frontMatterError = yamlErrorMessage(error);
  }
  return entry;
}

function readDataFile(name: DataFileName, contentDir: string, projectRoot: string): RawDataFile {
  const absolutePath = join(contentDir, `${name}.yaml`);
  const file = relative(projectRoot, absolutePath);
  if (!existsSync(absolutePath)) return { name, file, source: '', items: [] };
  const source = readFileSync(absolutePath, 'utf8');
  try {
    return { name, file, source, items: parseYaml(source) ?? [] };
  } catch (error) {
    return { name, file, source, items: [], parseError: yamlErrorMessage(error) };
  }
}

/** Reads every entry (`<kind>/*.md|mdx`) and data file (`organs|glossary|stats.yaml`). */
export function readContentFolder(contentDir: string, projectRoot: string): RawContent {
  const entries: RawEntry[] = [];
  for (const kind of ENTRY_KINDS) {
    const dir = join(contentDir, kind);
    if (!existsSync(dir)) continue;
    for (const fileName of readdirSync(dir).sort()) {
      if (!/\.mdx?$/.test(fileName)) continue;
      entries.push(readEntry(kind, join(dir, fileName), projectRoot, fileName));
    }
  }
  const data = Object.fromEntries(
    DATA_FILES.map((name) => [name, readDataFile(name, contentDir, projectRoot)]),
  ) as Record<DataFileName, RawDataFile>;
  return { entries, data };
}
